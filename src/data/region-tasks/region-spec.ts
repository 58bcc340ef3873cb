/**
 * The generic region task table (`region-tasks@1`): the layout a catalog table of role
 * `region-tasks` without a bespoke spec is stored in — long, one row per region and task column
 * of the printed table, so any number of columns with any names and units needs no code. The
 * printed layout is read by region-table.ts and written into this one; its spec is made from the
 * catalog entry. Metric codes are derived from the column's name, so the same column always gets
 * the same code (and the same URL).
 */
import type { CatalogDocument, CatalogTable } from '../catalog/catalog-schema';
import { periodYears } from '../catalog/catalog-schema';
import { compact, numberAt, textAt } from '../datasets/records';
import { catalogSpecHead } from '../catalog/table-spec-head';
import { stableHash } from '../plan/plan-spec';
import type { ColumnSpec, DatasetSpec, NormalizedRecord, TypedRow } from '../schema';
import { compactText } from '../text';

export const REGION_TASKS_LAYOUT = 'region-tasks@1';

/** Code of a task column: `m` + hash of its compacted name. */
export function metricCode(name: string): string {
  return `m${stableHash(compactText(name))}`;
}

const optional = (key: string, header: string, header_en: string, type: ColumnSpec['type']): ColumnSpec => ({
  key, header, header_en, type, required: false, optionalCells: true,
});

export const REGION_TASK_COLUMNS: readonly ColumnSpec[] = [
  { key: 'region', header: '行政区域', header_en: 'Region', type: 'region', required: true },
  { key: 'code', header: '指标代码', header_en: 'Metric code', type: 'code', required: true },
  { key: 'name', header: '指标名称', header_en: 'Metric', type: 'text', required: true },
  optional('unit', '单位', 'Unit', 'text'),
  optional('period', '年份', 'Year', 'period'),
  { key: 'value', header: '任务数', header_en: 'Task figure', type: 'number', required: true, min: 0 },
  optional('part_of', '所属总数', 'Part of', 'text'),
  optional('source', '来源单元格', 'Source cell', 'text'),
];

function taskRecords(id: string, document: CatalogDocument) {
  const years = periodYears(document.period);
  const span = years ? (years[0] === years[1] ? String(years[0]) : `${years[0]}-${years[1]}`) : document.period;
  return (row: TypedRow): NormalizedRecord[] => {
    const region = row.region;
    if (!region) return [];
    return [compact<NormalizedRecord>({
      region: region.level === 'total' ? null : region.name,
      regionLevel: region.level,
      indicator: `${id}.${textAt(row, 'code') ?? ''}`,
      indicatorName: textAt(row, 'name') ?? '',
      period: textAt(row, 'period') ?? span,
      kind: 'target',
      value: numberAt(row, 'value'),
      unit: textAt(row, 'unit') ?? '',
      line: row.line,
    })];
  };
}

/** The spec of a catalog table in the generic region task layout. */
export function regionTaskSpec(document: CatalogDocument, table: CatalogTable): DatasetSpec {
  return {
    ...catalogSpecHead(document, table),
    columns: REGION_TASK_COLUMNS,
    keys: ['region', 'code'],
    regionLevels: ['total', 'city', 'county', 'farm-group'],
    // The printed table's checks (region-totals.ts), on the rows regrouped by column code.
    totals: [{ kind: 'region-task-totals', code: 'code', name: 'name', value: 'value', partOf: 'part_of' }],
    normalize: taskRecords(table.dataset, document),
    layout: REGION_TASKS_LAYOUT,
    recognizable: false,
  };
}
