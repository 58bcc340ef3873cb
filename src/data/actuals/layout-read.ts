/**
 * A wide or per-county actuals table → the rows of the app's long actuals table (one per
 * indicator × region × year), each keeping the physical line of its row and, for the checks
 * against the targets, the columns its name, unit and value came from. Cells are typed here with
 * the pipeline's own number parser and region table, so messages point at the cell as written.
 */
import { issue, type ValidationIssue } from '../issues';
import { parseNumberCell } from '../numbers';
import type { RawRow } from '../parse';
import { resolveRegion, suggestRegion, type Region } from '../regions';
import type { CellValue, TypedRow } from '../schema';
import { normalizeIndicatorName } from '../indicator-names';
import { cleanCell, compactText, excerpt } from '../text';
import type { LayoutHeader, YearColumn } from './layout-header';
import { extraCellIssue, labelledWidth } from '../validate';

/** 1-based file columns of a row's name, unit and value (0 = from the header, or none). */
export interface RowOrigin {
  readonly name: number;
  readonly unit: number;
  readonly value: number;
}

export interface ReadLayout {
  readonly rows: readonly TypedRow[];
  readonly origins: ReadonlyMap<TypedRow, RowOrigin>;
  readonly issues: readonly ValidationIssue[];
  readonly rowCount: number;
}

function at(row: RawRow, index: number, label: string) {
  return { line: row.line, column: index + 1, field: label, cell: row.cells[index] ?? '' };
}

function regionOf(row: RawRow, header: LayoutHeader, issues: ValidationIssue[]): Region | null | false {
  if (header.regionColumn === null) return null;
  const raw = cleanCell(row.cells[header.regionColumn] ?? '');
  if (raw === '' || raw === '全省') return null;
  const region = resolveRegion(raw);
  if (region) return region.level === 'total' ? null : region;
  const hint = suggestRegion(raw);
  issues.push(issue('unknown-region', 'error', at(row, header.regionColumn, header.labels[header.regionColumn] ?? ''),
    `未知的行政区域“${excerpt(raw)}”${hint ? `，是否为“${hint}”？` : '。'}`, `Unknown region "${excerpt(raw)}"${hint ? `; did you mean "${hint}"?` : '.'}`));
  return false;
}

interface Indicator {
  readonly name: string;
  readonly unit: string | null;
  readonly origin: Omit<RowOrigin, 'value'>;
}

/**
 * A name merged down over its regions' rows, as CSV exports it: blank below the first row. With a
 * region column a blank name (and unit) is the block's above; without one it stays an error.
 */
function mergedDown(row: RawRow, header: LayoutHeader, above: RawRow | null): RawRow {
  const at = header.nameColumn;
  if (at === null || header.regionColumn === null || !above || cleanCell(row.cells[at] ?? '') !== '') return row;
  const cells = [...row.cells];
  cells[at] = above.cells[at] ?? '';
  const unit = header.unitColumn;
  if (unit !== null && cleanCell(cells[unit] ?? '') === '') cells[unit] = above.cells[unit] ?? '';
  return { ...row, cells };
}

function indicatorOf(row: RawRow, header: LayoutHeader, column: YearColumn): Indicator {
  if (column.name !== undefined) return { name: column.name, unit: column.unit ?? header.tableUnit, origin: { name: 0, unit: 0 } };
  const written = cleanCell(row.cells[header.nameColumn ?? -1] ?? '');
  const unitCell = header.unitColumn === null ? '' : cleanCell(row.cells[header.unitColumn] ?? '');
  const fromName = normalizeIndicatorName(written).unit;
  const unitColumn = unitCell !== '' || fromName === null ? (header.unitColumn ?? -1) + 1 : (header.nameColumn ?? -1) + 1;
  const unit = unitCell !== '' ? unitCell : (fromName ?? header.tableUnit);
  return { name: written, unit, origin: { name: (header.nameColumn ?? -1) + 1, unit: unitColumn } };
}

function valueOf(row: RawRow, column: YearColumn, label: string, issues: ValidationIssue[]): { value: number; suffix: string } | null {
  const raw = row.cells[column.index] ?? '';
  const parsed = parseNumberCell(raw);
  if (parsed.kind === 'number') return { value: parsed.value, suffix: parsed.suffix };
  if (parsed.kind === 'invalid') {
    issues.push(issue('type-error', 'error', at(row, column.index, label), `“${excerpt(raw)}”不是数字（列“${label}”）。`, `"${excerpt(raw)}" is not a number (column "${label}").`));
  }
  return null;
}

function typedRow(line: number, region: Region | null, indicator: Indicator, period: string, value: number, unit: string, note: string | null): TypedRow {
  const values: Record<string, CellValue> = {
    indicator: null, name: indicator.name, region: region?.name ?? null, zone: null, period, actual: value, unit, note,
  };
  return region ? { line, values, region } : { line, values };
}

function readRow(row: RawRow, header: LayoutHeader, out: { rows: TypedRow[]; origins: Map<TypedRow, RowOrigin>; issues: ValidationIssue[] }): void {
  const region = regionOf(row, header, out.issues);
  if (region === false) return;
  const note = header.noteColumn === null ? null : cleanCell(row.cells[header.noteColumn] ?? '') || null;
  for (const column of header.values) {
    const label = header.labels[column.index] ?? '';
    const cell = valueOf(row, column, label, out.issues);
    if (!cell) continue;
    const indicator = indicatorOf(row, header, column);
    if (indicator.name === '') {
      out.issues.push(issue('missing-cell', 'error', at(row, header.nameColumn ?? 0, header.labels[header.nameColumn ?? 0] ?? ''), `第 ${row.line} 行有数值但没有指标名称。`, `Line ${row.line} has values but no indicator name.`));
      return;
    }
    const unit = indicator.unit ?? cell.suffix;
    if (cell.suffix !== '' && indicator.unit !== null && cell.suffix !== indicator.unit && !indicator.unit.endsWith(cell.suffix)) {
      out.issues.push(issue('type-error', 'error', at(row, column.index, label), `“${excerpt(row.cells[column.index] ?? '')}”带有“${cell.suffix}”，但单位是“${indicator.unit}”。`, `"${excerpt(row.cells[column.index] ?? '')}" carries "${cell.suffix}" but the unit is ${indicator.unit}.`));
      continue;
    }
    const typed = typedRow(row.line, region, indicator, column.period, cell.value, unit, note);
    out.rows.push(typed);
    out.origins.set(typed, { ...indicator.origin, value: column.index + 1 });
  }
}

function duplicates(rows: readonly TypedRow[], origins: ReadonlyMap<TypedRow, RowOrigin>): ValidationIssue[] {
  const seen = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  for (const row of rows) {
    const v = row.values;
    const key = `${normalizeIndicatorName(String(v.name ?? '')).key}\u0000${String(v.region ?? '')}\u0000${String(v.period ?? '')}`;
    const first = seen.get(key);
    if (first === undefined) { seen.set(key, row.line); continue; }
    const label = [v.name, v.region ?? '全省', v.period].join(' / ');
    issues.push(issue('duplicate-row', 'error', { line: row.line, column: origins.get(row)?.value ?? 0, cell: label },
      `“${label}”重复：第 ${first} 行已有同一项。`, `"${label}" appears twice: already on line ${first}.`));
  }
  return issues;
}

/** Columns a statistics office adds that hold no figure to read. */
const LABEL_ONLY = /^(序号|编号|序|所属市(\(地\))?|所属地市|备注|说明|来源)$/;

/**
 * A labelled column that is read as nothing — a year that is not an actual (`2023年（预计）`,
 * `2024年1-6月`), a figure column with no year in a per-county table (`其中：标准化示范区`), a
 * region or zone column under a name the layout does not know: left out, and said so at its
 * header cell, since what it holds is not read (a county's figure would pass for the province's).
 */
function unreadColumns(rows: readonly RawRow[], header: LayoutHeader): ValidationIssue[] {
  const top = rows[header.headerRow];
  if (!top) return [];
  const used = new Set([header.nameColumn, header.unitColumn, header.regionColumn, header.noteColumn, ...header.values.map((v) => v.index)]);
  return header.labels.flatMap((label, index) => {
    const key = compactText(label).replace(/（/g, '(').replace(/）/g, ')');
    if (used.has(index) || key === '' || LABEL_ONLY.test(key)) return [];
    const cell = cleanCell(label);
    return [issue('ignored-content', 'warning', { line: top.line, column: index + 1, cell },
      `列“${excerpt(cell)}”未读入（不是指标名称、单位、行政区域或某一年的实际值）。`, `Column "${excerpt(cell)}" was not read (not a name, unit, region or a year's actual value).`)];
  });
}

export function readLayoutRows(rows: readonly RawRow[], header: LayoutHeader): ReadLayout {
  const out = { rows: [] as TypedRow[], origins: new Map<TypedRow, RowOrigin>(), issues: unreadColumns(rows, header) };
  let rowCount = 0;
  const width = labelledWidth([rows[header.headerRow]]);
  let above: RawRow | null = null;
  for (const row of rows.slice(header.headerRow + 1)) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    rowCount += 1;
    const extra = extraCellIssue(row, width);
    if (extra) {
      out.issues.push(extra);
      continue;
    }
    const filled = mergedDown(row, header, above);
    above = filled;
    readRow(filled, header, out);
  }
  return { rows: out.rows, origins: out.origins, issues: [...out.issues, ...duplicates(out.rows, out.origins)], rowCount };
}
