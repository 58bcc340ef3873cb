/**
 * Province-wide indicator lists: social credit (黑政规〔2021〕22号), intellectual property
 * (黑政发〔2021〕15号), Shuangyashan's IP goals (双政规〔2022〕10号) and the 2022 grain and
 * livestock goals (黑政规〔2022〕3号 items 38–39). One row per indicator, keyed by 指标代码.
 */
import type { ColumnSpec, DatasetId, DatasetSpec, NormalizedRecord, TypedRow } from '../schema';
import {
  CODE_COLUMN, COMPARATOR_COLUMN, NAME_COLUMN, PERIOD_COLUMN, UNIT_COLUMN,
  compact, numberAt, periodAt, textAt,
} from './records';
import { CREDIT_PLAN, ECONOMY_PLAN, IP_PLAN, SHUANGYASHAN_IP_PLAN, sourceOf } from './sources';

const ATTRIBUTES = ['预期性', '约束性'] as const;

function optionalNumber(key: string, header: string, header_en: string): ColumnSpec {
  return { key, header, header_en, type: 'number', required: true, optionalCells: true };
}

function optionalText(key: string, header: string, header_en: string, required = false): ColumnSpec {
  return { key, header, header_en, type: 'text', required, optionalCells: true };
}

interface Scope {
  readonly region: string | null;
  readonly regionLevel: NormalizedRecord['regionLevel'];
}
const PROVINCE: Scope = { region: null, regionLevel: 'province' };

function base(dataset: DatasetId, row: TypedRow, scope: Scope, name: string) {
  return {
    ...scope,
    indicator: `${dataset}.${textAt(row, 'code') ?? ''}`,
    indicatorName: name,
    unit: textAt(row, 'unit') ?? '',
    line: row.line,
  };
}

/** A target row: value, comparator and the plan's wording (the only content of qualitative ones). */
function targetOnly(dataset: DatasetId, scope: Scope, textKey: string, period?: string) {
  return (row: TypedRow): NormalizedRecord[] => [compact<NormalizedRecord>({
    ...base(dataset, row, scope, textAt(row, 'name') ?? ''),
    period: period ?? periodAt(row, 'period'),
    kind: 'target',
    value: numberAt(row, 'target'),
    text: textAt(row, textKey),
    comparator: textAt(row, 'comparator'),
  })];
}

function creditRecords(row: TypedRow): NormalizedRecord[] {
  const name = [textAt(row, 'name'), textAt(row, 'sub')].filter(Boolean).join(' · ');
  const common = base('credit-indicators', row, PROVINCE, name);
  const target = compact<NormalizedRecord>({
    ...common, period: '2025', kind: 'target', value: numberAt(row, 'target'),
    text: textAt(row, 'target_text'), comparator: textAt(row, 'comparator'),
    attribute: textAt(row, 'attribute'),
  });
  const baseline = numberAt(row, 'baseline');
  if (baseline === null) return [target];
  return [
    compact<NormalizedRecord>({ ...common, period: '2020', kind: 'baseline', value: baseline, text: textAt(row, 'baseline_text') }),
    target,
  ];
}

export const creditIndicators: DatasetSpec = {
  id: 'credit-indicators',
  file: 'credit-indicators.csv',
  title_zh: '“十四五”时期黑龙江社会信用体系建设主要指标',
  title_en: 'Social credit system: main indicators of the 14th Five-Year Plan',
  source: sourceOf(CREDIT_PLAN, '专栏：主要指标表；基期值见一、规划背景'),
  columns: [
    CODE_COLUMN,
    { key: 'seq', header: '序号', header_en: 'No.', type: 'number', required: true, min: 1 },
    NAME_COLUMN,
    optionalText('sub', '子项', 'Sub-indicator', true),
    { key: 'target_text', header: '到2025年实现目标', header_en: 'Target by 2025', type: 'text', required: true, aliases: ['2025年目标', '目标'] },
    COMPARATOR_COLUMN,
    optionalNumber('target', '目标值', 'Target value'),
    { ...UNIT_COLUMN, optionalCells: true },
    { key: 'attribute', header: '指标属性', header_en: 'Attribute', type: 'enum', values: ATTRIBUTES, required: true, aliases: ['属性'] },
    optionalNumber('baseline', '2020年基期值', 'Baseline 2020'),
    optionalText('baseline_text', '基期原文', 'Baseline wording'),
  ],
  keys: ['code'],
  totals: [],
  normalize: creditRecords,
  indicatorColumns: { code: 'code', name: 'name', sub: 'sub', unit: 'unit', target: 'target', targetText: 'target_text', comparator: 'comparator', attribute: 'attribute' },
};

function ipRecords(row: TypedRow): NormalizedRecord[] {
  const common = base('ip-indicators', row, PROVINCE, textAt(row, 'name') ?? '');
  const note = textAt(row, 'note');
  return [
    compact<NormalizedRecord>({ ...common, period: '2020', kind: 'baseline', value: numberAt(row, 'baseline'), text: note }),
    compact<NormalizedRecord>({ ...common, period: '2025', kind: 'target', value: numberAt(row, 'target') }),
  ];
}

export const ipIndicators: DatasetSpec = {
  id: 'ip-indicators',
  file: 'ip-indicators.csv',
  title_zh: '“十四五”黑龙江省知识产权发展主要指标',
  title_en: 'Intellectual property: main indicators of the 14th Five-Year Plan',
  source: sourceOf(IP_PLAN, '二、总体要求 主要指标表'),
  columns: [
    CODE_COLUMN,
    NAME_COLUMN,
    UNIT_COLUMN,
    { key: 'baseline', header: '2020年基期值', header_en: 'Baseline 2020', type: 'number', required: true, min: 0, aliases: ['基期值'] },
    { key: 'target', header: '2025年预期值', header_en: 'Expected 2025', type: 'number', required: true, min: 0, aliases: ['预期值', '2025年目标值'] },
    optionalText('note', '备注', 'Note'),
  ],
  keys: ['code'],
  totals: [],
  normalize: ipRecords,
  indicatorColumns: { code: 'code', name: 'name', unit: 'unit', baseline: 'baseline', target: 'target' },
};

export const shuangyashanIp: DatasetSpec = {
  id: 'shuangyashan-ip',
  file: 'shuangyashan-ip.csv',
  title_zh: '双鸭山市“十四五”知识产权目标',
  title_en: 'Shuangyashan city: intellectual property goals',
  source: sourceOf(SHUANGYASHAN_IP_PLAN, '三、（一）增强企业知识产权创造能力；（二）加强商标品牌培育'),
  columns: [
    CODE_COLUMN, NAME_COLUMN, PERIOD_COLUMN, COMPARATOR_COLUMN,
    { key: 'target', header: '目标值', header_en: 'Target', type: 'number', required: true },
    UNIT_COLUMN,
    optionalText('target_text', '目标原文', 'Source wording', true),
  ],
  keys: ['code'],
  totals: [],
  normalize: targetOnly('shuangyashan-ip', { region: '双鸭山市', regionLevel: 'city' }, 'target_text'),
  indicatorColumns: { code: 'code', name: 'name', unit: 'unit', target: 'target', targetText: 'target_text', comparator: 'comparator' },
};

export const grainLivestock2022: DatasetSpec = {
  id: 'grain-livestock-2022',
  file: 'grain-livestock-2022.csv',
  title_zh: '2022年粮食和生猪生产目标',
  title_en: 'Grain and hog production goals 2022',
  source: sourceOf(ECONOMY_PLAN, '六、强化粮食能源生产保供 第38、39条'),
  columns: [
    CODE_COLUMN, NAME_COLUMN, PERIOD_COLUMN, COMPARATOR_COLUMN,
    { key: 'target', header: '目标值', header_en: 'Target', type: 'number', required: true, min: 0 },
    UNIT_COLUMN,
    optionalText('source_text', '原文', 'Source wording'),
  ],
  keys: ['code'],
  totals: [],
  normalize: targetOnly('grain-livestock-2022', PROVINCE, 'source_text'),
  indicatorColumns: { code: 'code', name: 'name', unit: 'unit', target: 'target', targetText: 'source_text', comparator: 'comparator' },
};
