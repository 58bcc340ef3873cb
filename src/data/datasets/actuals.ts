/**
 * Actual values staff report against the targets (2022 achieved per county or per indicator).
 * No gazette publishes them, so the embedded file holds only the header; every row arrives by
 * import. One row per (indicator, region, zone, year). The indicator is named as the statistics
 * office names it (指标名称, or a name in the 指标 column) and joined to its target by name; the
 * target's stable id (`grain-livestock-2022.grain_output`, listed by the fill-in template) may be
 * given in 指标 and then wins.
 */
import type { ColumnSpec, DatasetSpec, NormalizedRecord, TypedRow } from '../schema';
import { numberAt, periodAt, textAt } from './records';
import { ZONE_TYPES } from './black-soil';

const columns: readonly ColumnSpec[] = [
  // Id or name: statistics tables write names here; the template writes ids.
  { key: 'indicator', header: '指标', header_en: 'Indicator id', type: 'text', required: false, optionalCells: true, aliases: ['指标编号', '指标ID', '指标标识'] },
  { key: 'name', header: '指标名称', header_en: 'Indicator', type: 'text', required: false, optionalCells: true, aliases: ['主要指标', '指标名'] },
  {
    key: 'region', header: '行政区域', header_en: 'Region', type: 'region', required: false, optionalCells: true, provinceIsBlank: true,
    aliases: ['县（市、区）', '地区', '区域', '单位名称', '行政区划'],
  },
  { key: 'zone', header: '类型区', header_en: 'Zone type', type: 'enum', values: ZONE_TYPES, required: false, optionalCells: true },
  { key: 'period', header: '年份', header_en: 'Year', type: 'period', required: true, aliases: ['年度', '统计年份', '统计年度', '数据年份'] },
  // Blank means "not reported yet": the fill-in template leaves it empty.
  { key: 'actual', header: '实际值', header_en: 'Actual value', type: 'number', required: true, optionalCells: true, aliases: ['实际完成', '完成值', '实际完成值'] },
  // As the wide layouts accept: a 计量单位 column left aside would read every figure in the target's unit.
  { key: 'unit', header: '单位', header_en: 'Unit', type: 'text', required: false, optionalCells: true, aliases: ['计量单位', '计算单位'] },
  { key: 'note', header: '备注', header_en: 'Note', type: 'text', required: false, optionalCells: true, aliases: ['来源', '说明'] },
];

/** Built field by field rather than through `compact`: imports of actuals run to 100,000 rows. */
function actualRecord(row: TypedRow): NormalizedRecord[] {
  const region = row.region && row.region.level !== 'total' ? row.region : null;
  const written = textAt(row, 'indicator') ?? '';
  const isId = INDICATOR_ID.test(written);
  const record: Writable<NormalizedRecord> = {
    region: region ? region.name : null,
    regionLevel: region ? region.level : 'province',
    // '' = not given: the target is found by name (src/data/assess/join.ts).
    indicator: isId ? written : '',
    indicatorName: textAt(row, 'name') ?? written,
    period: periodAt(row, 'period'),
    kind: 'actual',
    value: numberAt(row, 'actual'),
    unit: textAt(row, 'unit') ?? '',
    line: row.line,
  };
  const note = textAt(row, 'note');
  if (note !== undefined) record.text = note;
  const zone = textAt(row, 'zone');
  if (zone !== undefined) record.zone = zone;
  return [record];
}

/** A target's stable id, `<dataset>.<code>`; anything else in 指标 is a name. */
const INDICATOR_ID = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9_]*$/;

type Writable<T> = { -readonly [K in keyof T]: T[K] };

export const progressActuals: DatasetSpec = {
  id: 'progress-actuals',
  file: 'progress-actuals.csv',
  title_zh: '目标实际完成情况',
  title_en: 'Actual values reported against the targets',
  source: {
    title: '各地、各部门报送的实际完成情况',
    docNo: '',
    date: '',
    issuer: '各地、各部门',
    section: '导入文件',
    seedFile: '',
  },
  columns,
  keys: ['indicator', 'name', 'region', 'zone', 'period'],
  regionLevels: ['total', 'city', 'county', 'farm-group'],
  allowEmpty: true,
  totals: [],
  normalize: actualRecord,
};
