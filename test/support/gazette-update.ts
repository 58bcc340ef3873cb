/**
 * A staff member's update of one county in the gazette's own layout: the 附件1 table as printed
 * (no 所属市 column — the app derives it), one county's demonstration and tillage figures raised,
 * with its city's and the province's rows raised alike so every total still holds. Returns the
 * file and the cells it really changes, counted from the two tables (never a literal count).
 */
import Papa from 'papaparse';

const CITY_COLUMN = '所属市';
/** Raised together: demonstration area, yearly tillage, five-year tillage (= 5 × yearly). */
const RAISES: Readonly<Record<string, number>> = {
  '示范区面积（万亩）': 10,
  '保护性耕作每年实施面积（万亩）': 10,
  '保护性耕作5年累计实施面积（万亩次）': 50,
};

export interface GazetteUpdate {
  readonly text: string;
  /** [region, header, before, after] of every cell that differs from the served table. */
  readonly changes: readonly (readonly [string, string, string, string])[];
}

export function gazetteCountyUpdate(allocationCsv: string, county: string): GazetteUpdate {
  const rows = Papa.parse<string[]>(allocationCsv.trim(), { skipEmptyLines: true }).data;
  const header = rows[0] ?? [];
  const cityAt = header.indexOf(CITY_COLUMN);
  const countyRow = rows.find((r) => r[0] === county);
  const city = countyRow?.[cityAt] ?? '';
  const raised = new Set([county, city, '合计']);
  const changes: [string, string, string, string][] = [];
  const updated = rows.map((row, index) => {
    if (index === 0 || !raised.has(row[0] ?? '')) return row;
    return row.map((cell, col) => {
      const by = RAISES[header[col] ?? ''];
      if (by === undefined) return cell;
      const after = String(Math.round((Number(cell) + by) * 10) / 10);
      if (after !== cell) changes.push([row[0] ?? '', header[col] ?? '', cell, after]);
      return after;
    });
  });
  const gazette = updated.map((row) => row.filter((_, col) => col !== cityAt));
  return { text: `${gazette.map((r) => r.join(',')).join('\r\n')}\r\n`, changes };
}
