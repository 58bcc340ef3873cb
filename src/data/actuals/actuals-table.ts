/**
 * The actual-values table in whatever layout it arrives: the app's long layout (validated by its
 * spec like any table), or a statistics office's wide or per-county table (read into the same
 * rows). With the targets at hand, every row is then checked by name and unit (check.ts).
 */
import type { IndicatorRef } from '../indicator-names';
import { issue, type ValidationIssue } from '../issues';
import { normalizeIndicatorName } from '../indicator-names';
import { excerpt } from '../text';
import { normalizeUnit } from '../units';
import type { RawRow } from '../parse';
import { DATASETS } from '../registry';
import type { DatasetSpec, TypedRow } from '../schema';
import { findLayoutHeader, tableUnitOf } from './layout-header';
import { readLayoutRows, type RowOrigin } from './layout-read';

export type { IndicatorRef };

/** The dataset that holds actual values (the one whose rows are never targets). */
export function actualsSpec(): DatasetSpec | undefined {
  return DATASETS.find((spec) => spec.id === 'progress-actuals');
}

export function isActualsSpec(spec: DatasetSpec | null): boolean {
  return spec !== null && spec === actualsSpec();
}

export interface LayoutTable {
  readonly kind: 'wide' | 'county';
  readonly rows: readonly TypedRow[];
  readonly origin: (row: TypedRow) => RowOrigin;
  readonly issues: readonly ValidationIssue[];
  readonly rowCount: number;
}

const NO_ORIGIN: RowOrigin = { name: 0, unit: 0, value: 0 };

/** A wide or per-county actuals table, or null when the rows are in neither layout. */
export function readActualsLayout(rows: readonly RawRow[]): LayoutTable | null {
  const header = findLayoutHeader(rows);
  if (!header) return null;
  const read = readLayoutRows(rows, header);
  return { kind: header.kind, rows: read.rows, origin: (row) => read.origins.get(row) ?? NO_ORIGIN, issues: read.issues, rowCount: read.rowCount };
}

/** Origins of the long layout's rows: the same columns on every row. */
export function longOrigin(columnIndex: ReadonlyMap<string, number>): (row: TypedRow) => RowOrigin {
  const col = (key: string): number => (columnIndex.get(key) ?? -1) + 1;
  const origin: RowOrigin = { name: col('name') || col('indicator'), unit: col('unit'), value: col('actual') };
  return () => origin;
}

/**
 * Long-layout rows with a blank 单位 take the unit a `单位：万吨` line above the header states (as
 * the wide layouts do): left blank they would be read as the target's unit.
 */
export function withTableUnit(rows: readonly TypedRow[], above: readonly RawRow[]): readonly TypedRow[] {
  const unit = tableUnitOf(above);
  if (unit === null) return rows;
  return rows.map((row) => (row.values.unit === null || row.values.unit === '' ? { ...row, values: { ...row.values, unit } } : row));
}

/**
 * A name that states its unit (`粮食产量（万吨）`) beside a 单位 cell (or 单位： line) that states
 * another (亿斤): which one the figure is in cannot be told, so the row is refused with an error at
 * its unit cell (once per cell: a wide row's unit serves every year) — never read in either.
 */
export function withoutUnitConflicts(rows: readonly TypedRow[], origin: (row: TypedRow) => RowOrigin): { rows: readonly TypedRow[]; issues: readonly ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const reported = new Set<string>();
  const kept = rows.filter((row) => {
    const name = typeof row.values.name === 'string' ? row.values.name : '';
    const stated = normalizeIndicatorName(name).unit;
    const unit = typeof row.values.unit === 'string' ? row.values.unit : '';
    if (stated === null || unit === '' || normalizeUnit(stated) === normalizeUnit(unit)) return true;
    const where = origin(row);
    const column = where.unit || where.name;
    const key = `${row.line}:${column}`;
    if (!reported.has(key)) {
      reported.add(key);
      issues.push(issue('constraint-error', 'error', { line: row.line, column, cell: unit },
        `第 ${row.line} 行的指标名称写明单位“${stated}”（“${excerpt(name)}”），单位却是“${unit}”，无法确定数值的单位。请只保留一个单位。`,
        `Line ${row.line}: the name states ${stated} ("${excerpt(name)}") but the unit is ${unit}; which one the figure is in cannot be told. Keep one unit.`));
    }
    return false;
  });
  return { rows: kept, issues };
}
