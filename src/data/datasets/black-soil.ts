/**
 * The black-soil plan's tables (黑政办规〔2021〕40号): 附件1 task allocation, 附件2 high-standard
 * farmland 2021, the province targets of 三、目标任务 and the zone types of 五、分区保护技术路径.
 */
import type { ColumnSpec, DatasetSpec, NormalizedRecord, TypedRow } from '../schema';
import { CODE_COLUMN, COMPARATOR_COLUMN, NAME_COLUMN, compact, numberAt, periodAt, regionRecords, textAt } from './records';
import { BLACK_SOIL_PLAN, sourceOf } from './sources';

export const ZONE_TYPES = ['平原旱田', '坡耕地', '风沙干旱', '水田'] as const;

const REGION_COLUMN: ColumnSpec = {
  key: 'region', header: '行政区域', header_en: 'Region', type: 'region', required: true,
  aliases: ['县（市、区）', '地区', '区域', '单位'],
};
const CITY_COLUMN: ColumnSpec = {
  key: 'city', header: '所属市', header_en: 'City', type: 'city', required: false, optionalCells: true,
  aliases: ['市（地）', '所属市（地）'],
};

function area(key: string, header: string, header_en: string, unit: string, aliases: string[]): ColumnSpec {
  return { key, header, header_en, unit, type: 'number', required: true, min: 0, aliases };
}

const allocationColumns: readonly ColumnSpec[] = [
  REGION_COLUMN,
  CITY_COLUMN,
  area('demo_area', '示范区面积', 'Demonstration area', '万亩', []),
  area('tillage_annual', '保护性耕作每年实施面积', 'Conservation tillage per year', '万亩', ['每年实施面积']),
  area('tillage_5y', '保护性耕作5年累计实施面积', 'Conservation tillage, 5-year cumulative', '万亩次', ['5年累计实施面积']),
  area('organic_2021', '有机肥深翻还田2021年实施面积', 'Organic deep ploughing 2021', '万亩', ['2021年实施面积']),
  area('organic_2025', '有机肥深翻还田2025年实施面积', 'Organic deep ploughing 2025', '万亩', ['2025年实施面积']),
  area('organic_5y', '有机肥深翻还田5年覆盖面积', 'Organic deep ploughing, 5-year coverage', '万亩', ['5年覆盖面积']),
];

const ALLOCATION_MEASURES = [
  { column: 'demo_area', period: '2021-2025', name: '示范区面积' },
  { column: 'tillage_annual', period: '2021-2025', name: '保护性耕作每年实施面积' },
  { column: 'tillage_5y', period: '2021-2025', name: '保护性耕作5年累计实施面积' },
  { column: 'organic_2021', period: '2021', name: '有机肥深翻还田实施面积' },
  { column: 'organic_2025', period: '2025', name: '有机肥深翻还田实施面积' },
  { column: 'organic_5y', period: '2021-2025', name: '有机肥深翻还田5年覆盖面积' },
] as const;

const ALLOCATION_SUMMED = ALLOCATION_MEASURES.map((m) => m.column);

export const blackSoilAllocation: DatasetSpec = {
  id: 'black-soil-allocation',
  file: 'black-soil-allocation.csv',
  title_zh: '2021—2025年39个重点县和北大荒农垦集团黑土耕地保护任务分解表',
  title_en: 'Black-soil protection tasks 2021–2025: 39 key counties and the Beidahuang Group',
  source: sourceOf(BLACK_SOIL_PLAN, '附件1 任务分解表'),
  columns: allocationColumns,
  keys: ['region'],
  regionLevels: ['total', 'city', 'county', 'farm-group'],
  totals: [
    { kind: 'counties-sum-to-city', columns: ALLOCATION_SUMMED },
    { kind: 'parts-sum-to-total', parts: ['city', 'farm-group'], columns: ALLOCATION_SUMMED },
    {
      kind: 'row-identity', result: 'tillage_5y', terms: [{ column: 'tillage_annual', factor: 5 }],
      label_zh: '5年累计 = 5 × 每年实施面积', label_en: '5-year cumulative = 5 × annual',
    },
    {
      kind: 'row-identity', result: 'organic_5y',
      terms: [{ column: 'organic_2021', factor: 1 }, { column: 'organic_2025', factor: 4 }],
      label_zh: '5年覆盖 = 2021年 + 4 × 2025年', label_en: '5-year coverage = 2021 + 4 × 2025',
    },
  ],
  normalize: regionRecords('black-soil-allocation', ALLOCATION_MEASURES, allocationColumns),
};

const hsfColumns: readonly ColumnSpec[] = [
  REGION_COLUMN,
  CITY_COLUMN,
  area('hsf_2021', '2021年建设面积', 'High-standard farmland built in 2021', '万亩', ['高标准农田建设面积', '建设面积', '高标准农田建设任务2021年建设面积']),
  area('hsf_2021_standard', '其中标准化示范区', 'of which standardised demonstration area', '万亩', ['标准化示范区', '高标准农田建设任务其中标准化示范区']),
];

export const blackSoilHsf2021: DatasetSpec = {
  id: 'black-soil-hsf-2021',
  file: 'black-soil-hsf-2021.csv',
  title_zh: '2021年39个重点县和北大荒农垦集团高标准农田建设任务表',
  title_en: 'High-standard farmland tasks 2021: 39 key counties and the Beidahuang Group',
  source: sourceOf(BLACK_SOIL_PLAN, '附件2 高标准农田建设任务表'),
  columns: hsfColumns,
  keys: ['region'],
  regionLevels: ['total', 'city', 'county', 'farm-group'],
  totals: [
    { kind: 'counties-sum-to-city', columns: ['hsf_2021', 'hsf_2021_standard'] },
    { kind: 'parts-sum-to-total', parts: ['county', 'farm-group'], columns: ['hsf_2021', 'hsf_2021_standard'] },
    { kind: 'part-within-total', part: 'hsf_2021_standard', total: 'hsf_2021' },
  ],
  normalize: regionRecords('black-soil-hsf-2021', [
    { column: 'hsf_2021', period: '2021', name: '高标准农田建设面积' },
    { column: 'hsf_2021_standard', period: '2021', name: '其中标准化示范区' },
  ], hsfColumns),
};


function targetRecord(row: TypedRow): NormalizedRecord[] {
  return [compact<NormalizedRecord>({
    region: null,
    regionLevel: 'province',
    indicator: `black-soil-targets.${textAt(row, 'code') ?? ''}`,
    indicatorName: textAt(row, 'name') ?? '',
    period: periodAt(row, 'period'),
    kind: 'target',
    value: numberAt(row, 'target'),
    unit: textAt(row, 'unit') ?? '',
    text: textAt(row, 'source_text'),
    comparator: textAt(row, 'comparator'),
    upper: numberAt(row, 'upper') ?? undefined,
    stretch: numberAt(row, 'stretch') ?? undefined,
    zone: textAt(row, 'zone'),
    line: row.line,
  })];
}

export const blackSoilTargets: DatasetSpec = {
  id: 'black-soil-targets',
  file: 'black-soil-targets.csv',
  title_zh: '黑土地保护工程省级目标任务',
  title_en: 'Black-soil protection: province targets',
  source: sourceOf(BLACK_SOIL_PLAN, '三、目标任务'),
  columns: [
    CODE_COLUMN,
    NAME_COLUMN,
    { key: 'zone', header: '类型区', header_en: 'Zone type', type: 'enum', values: ZONE_TYPES, required: true, optionalCells: true },
    { key: 'period', header: '年份', header_en: 'Year', type: 'period', required: true },
    COMPARATOR_COLUMN,
    { key: 'target', header: '目标值', header_en: 'Target', type: 'number', required: true },
    { key: 'upper', header: '目标上限', header_en: 'Upper bound', type: 'number', required: false, optionalCells: true },
    { key: 'stretch', header: '力争值', header_en: 'Stretch target', type: 'number', required: false, optionalCells: true },
    { key: 'unit', header: '单位', header_en: 'Unit', type: 'text', required: true },
    { key: 'source_text', header: '原文', header_en: 'Source wording', type: 'text', required: false, optionalCells: true },
  ],
  keys: ['code', 'zone', 'period'],
  totals: [],
  normalize: targetRecord,
};

export const blackSoilZones: DatasetSpec = {
  id: 'black-soil-zones',
  file: 'black-soil-zones.csv',
  title_zh: '黑土耕地保护类型区及所含县（市、区）',
  title_en: 'Black-soil protection zone types and their counties',
  source: sourceOf(BLACK_SOIL_PLAN, '五、分区保护技术路径'),
  columns: [
    { key: 'zone', header: '类型区', header_en: 'Zone type', type: 'enum', values: ZONE_TYPES, required: true },
    { ...REGION_COLUMN },
    { key: 'source_name', header: '原文名称', header_en: 'Name in the source', type: 'text', required: false, optionalCells: true },
  ],
  keys: ['zone', 'region'],
  regionLevels: ['county', 'farm-group'],
  totals: [],
  // Membership is reference data, not a target: one record per (zone, region), the zone as text.
  normalize: (row) => (row.region ? [{
    region: row.region.name,
    regionLevel: row.region.level,
    indicator: 'black-soil-zones.zone',
    indicatorName: '保护类型区',
    period: '2021-2025',
    kind: 'target',
    value: null,
    unit: '',
    text: textAt(row, 'zone') ?? '',
    zone: textAt(row, 'zone') ?? '',
    line: row.line,
  }] : []),
};
