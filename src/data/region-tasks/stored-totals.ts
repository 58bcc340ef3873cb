/**
 * The totals of a region task table as stored (`region-tasks@1`, one row per region and column):
 * the same checks as on the printed table (region-totals.ts), so a served file edited by hand is
 * held to them too. Rows are regrouped into the printed shape — one column per code, one row per
 * region — and every figure keeps its own stored line and the value column.
 */
import type { ValidationIssue } from '../issues';
import type { CellValue, TypedRow } from '../schema';
import type { RegionValueColumn } from './region-header';
import type { RegionTaskRow } from './region-table';
import { checkRegionTotals } from './region-totals';

export interface StoredColumns {
  readonly code: string;
  readonly name: string;
  readonly value: string;
  readonly partOf: string;
}

const text = (v: CellValue | undefined): string => (typeof v === 'string' ? v : '');

export function checkStoredRegionTotals(rows: readonly TypedRow[], keys: StoredColumns, valueColumn: number): ValidationIssue[] {
  const codes = [...new Set(rows.map((r) => text(r.values[keys.code])))];
  const indexOf = (code: string): number | null => (codes.includes(code) ? codes.indexOf(code) : null);
  const columns: RegionValueColumn[] = codes.map((code, index) => {
    const first = rows.find((r) => text(r.values[keys.code]) === code);
    return {
      index, name: text(first?.values[keys.name]), unit: null, period: null,
      partOf: indexOf(text(first?.values[keys.partOf])),
    };
  });
  const byRegion = new Map<string, { line: number; region: NonNullable<TypedRow['region']>; figures: RegionTaskRow['figures'][number][] }>();
  for (const row of rows) {
    const value = row.values[keys.value];
    const column = columns[indexOf(text(row.values[keys.code])) ?? -1];
    if (!row.region || typeof value !== 'number' || !column) continue;
    const entry = byRegion.get(row.region.name) ?? { line: row.line, region: row.region, figures: [] };
    entry.figures.push({ column, value, cell: { line: row.line, column: valueColumn, raw: String(value) } });
    byRegion.set(row.region.name, entry);
  }
  const grouped: RegionTaskRow[] = [...byRegion.values()].map((e) => ({
    ...e, regionCell: { line: e.line, column: 0, raw: e.region.name },
  }));
  return checkRegionTotals(columns, grouped);
}
