/** Small helpers the dataset specs share to turn typed rows into normalised records. */
import { COMPARATOR_WORDS } from '../comparators';
import type { ColumnSpec, NormalizedRecord, TypedRow } from '../schema';

export const CODE_COLUMN: ColumnSpec = { key: 'code', header: '指标代码', header_en: 'Indicator code', type: 'code', required: true };
export const NAME_COLUMN: ColumnSpec = { key: 'name', header: '指标名称', header_en: 'Indicator', type: 'text', required: true };
export const COMPARATOR_COLUMN: ColumnSpec = {
  key: 'comparator', header: '比较符', header_en: 'Comparator', type: 'enum', values: COMPARATOR_WORDS, required: true, optionalCells: true,
};
export const UNIT_COLUMN: ColumnSpec = { key: 'unit', header: '单位', header_en: 'Unit', type: 'text', required: true };
export const PERIOD_COLUMN: ColumnSpec = { key: 'period', header: '年份', header_en: 'Year', type: 'period', required: true, aliases: ['年度', '期间'] };

export function numberAt(row: TypedRow, key: string): number | null {
  const value = row.values[key];
  return typeof value === 'number' ? value : null;
}

export function textAt(row: TypedRow, key: string): string | undefined {
  const value = row.values[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `2021—2025` and `2021-2025` are one period; the validator has already normalised it. */
export function periodAt(row: TypedRow, key: string): string {
  return textAt(row, key) ?? '';
}

export interface Measure {
  readonly column: string;
  readonly period: string;
  readonly name: string;
}

/** Records of a region-keyed table: one per measured column of the row. */
export function regionRecords(
  datasetId: string,
  measures: readonly Measure[],
  columns: readonly ColumnSpec[],
): (row: TypedRow) => NormalizedRecord[] {
  return (row) => {
    const region = row.region;
    if (!region) return [];
    return measures.map((m) => ({
      region: region.level === 'total' ? null : region.name,
      regionLevel: region.level,
      indicator: `${datasetId}.${m.column}`,
      indicatorName: m.name,
      period: m.period,
      kind: 'target' as const,
      value: numberAt(row, m.column),
      unit: columns.find((c) => c.key === m.column)?.unit ?? '',
      line: row.line,
    }));
  };
}

/** Drops undefined fields so JSON output and equality checks stay clean. */
export function compact<T extends object>(record: T): T {
  // A loop, not fromEntries(entries().filter()): this runs once per record of 100k-row imports.
  const out: Record<string, unknown> = {};
  const fields = record as Record<string, unknown>;
  for (const key in fields) if (fields[key] !== undefined) out[key] = fields[key];
  return out as T;
}
