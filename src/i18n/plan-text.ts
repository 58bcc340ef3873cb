/** Interface text of the plan view and the new-plan dialog, Chinese and English (typed). */
import type { Lang } from '../data/lang';

const zh = {
  notFound: '目录中没有这张规划表。',
  chartTitle: (section: string) => `${section}：基期 → 目标`,
  chartNote: '条形长度为目标较基期的增幅，按增幅排序；累计目标与定性目标见下表。',
  chartLabel: '规划指标需增长幅度',
  noGrowth: '这张表没有同时给出基期值和目标值的指标。',
  tableCaption: (name: string) => `${name}：全部指标`,
  indicator: '指标',
  unit: '单位',
  baseline: '基期值',
  target: '目标',
  period: '年份',
  change: '需增加',
  ratio: '需增长（%）',
  annual: '年均需增长（%）',
  attribute: '属性',
  cumulative: '累计',
  counts: (q: number, c: number, w: number) => `数值目标 ${q} 项 · 累计目标 ${c} 项 · 定性目标 ${w} 项`,
  period2: (p: string) => `规划期 ${p}`,
  details: '查看详情 →',
  otherPeriod: '其他',
  /** A bound the baseline already satisfies: the target asks to stay there, not to grow to it. */
  /** A five-year sum (`[2.5]`) read as such, never as a year's level. */
  cumulativeOf: (years: number): string => (years === 5 ? '五年累计' : `${years}年累计`),
  /** A yearly average over the period (年均增长 5左右), judged on the mean of its years. */
  yearlyAverage: '年均',
  met: (bound: 'ceiling' | 'floor'): string =>
    bound === 'ceiling' ? '基期已低于目标上限' : '基期已达到目标下限',
};

type Text = typeof zh;

const en: Text = {
  notFound: 'The catalog has no such plan table.',
  chartTitle: (section) => `${section}: baseline → target`,
  chartNote:
    'Bar length is the change from baseline to target, sorted; cumulative and qualitative targets are in the table.',
  chartLabel: 'Required change of the plan’s indicators',
  noGrowth: 'No indicator of this table has both a baseline and a target.',
  tableCaption: (name) => `${name}: all indicators`,
  indicator: 'Indicator',
  unit: 'Unit',
  baseline: 'Baseline',
  target: 'Target',
  period: 'Year',
  change: 'Change',
  ratio: 'Change (%)',
  annual: 'Annual growth needed (%)',
  attribute: 'Attribute',
  cumulative: 'cumulative',
  counts: (q, c, w) => `${q} numeric · ${c} cumulative · ${w} qualitative targets`,
  period2: (p) => `Plan period ${p}`,
  details: 'Details →',
  otherPeriod: 'Other',
  cumulativeOf: (years) => `${years}-year cumulative`,
  yearlyAverage: 'yearly average',
  met: (bound) =>
    bound === 'ceiling' ? 'baseline already within the ceiling' : 'baseline already meets the floor',
};

export function planText(lang: Lang): Text {
  return lang === 'zh' ? zh : en;
}

const importZh = {
  choice: '这是一张规划指标表',
  update: (title: string) => `更新已有规划表（按指标名称匹配）${title ? `：${title}` : ''}`,
  addNew: '新增规划',
  fields: {
    title: '规划名称',
    docNo: '文号',
    issuer: '发文机关',
    date: '印发日期（YYYY-MM-DD）',
    period: '规划期（如 2026—2030）',
  },
  readCaption: (n: number) => `读到的 ${n} 项指标（括号内为所在行:列）`,
  columns: ['指标', '单位', '基期值', '目标', '比较符', '属性'],
};

const importEn: typeof importZh = {
  choice: 'This is a plan’s indicator table',
  update: (title) => `Update an existing plan table (matched by indicator names)${title ? `: ${title}` : ''}`,
  addNew: 'Add as a new plan',
  fields: {
    title: 'Plan title',
    docNo: 'Document No. (文号)',
    issuer: 'Issued by',
    date: 'Date issued (YYYY-MM-DD)',
    period: 'Plan period (e.g. 2026—2030)',
  },
  readCaption: (n) => `${n} indicators read (line:column in brackets)`,
  columns: ['Indicator', 'Unit', 'Baseline', 'Target', 'Comparator', 'Attribute'],
};

export function importPlanText(lang: Lang): typeof importZh {
  return lang === 'zh' ? importZh : importEn;
}
