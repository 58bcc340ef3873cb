/** Interface text of the progress view (verdicts, verdict table, county completion), typed. */
import type { QuotingText } from '../../components/original-text';
import type { Lang } from '../../data/lang';

const rulesZh: QuotingText = [
  '按规划原文判断：以上/不少于/达到为“≥”，超过为“>”，低于为“<”，以内为“≤”，为 0 须等于 0，左右按规划所定或末位有效数字的半个单位；累计目标比较各年之和；分县任务按分解任务的完成率。期末之前按 Open SDG 方法判断进度（▲ 正常、△ 需加快、▼ 滞后）。单位不同时只按确切换算关系换算。',
];

const zh = {
  planCaption: '各规划目标完成情况（项）',
  plan: '规划',
  met: '✔ 已实现',
  notMet: '✘ 未实现',
  inProgress: '进行中（▲△▼）',
  noData: '… 无数据',
  qualitative: '◇ 定性',
  loading: '完成情况',
  title: '目标完成情况',
  rules: rulesZh,
  empty: (targets: number): string =>
    `当前数据中还没有实际值（共 ${targets} 项目标）。导入统计部门报送的实际值文件（宽表“指标名称 | 单位 | 2021年 …”、长表或分县表均可）后，这里将逐项判断是否实现。`,
  bindingMissed: (count: number): string => `未实现的约束性目标 ${count} 项：`,
  perPlan: '各规划完成情况',
  everyTarget: '逐项完成情况',
  // verdict-table.ts
  tolerance: (value: number, stated: boolean): string =>
    `（±${value}${stated ? '，规划所定' : '，按末位有效数字'}）`,
  sumOf: (years: readonly number[]): string => `${years.join('、')}年合计`,
  meanOf: (years: readonly number[]): string => `${years.join('、')}年平均`,
  converted: (conversions: readonly string[]): string => `；按 ${conversions.join('、')} 换算`,
  binding: '（约束性）',
  indicator: '指标',
  target: '目标',
  actual: '实际值',
  verdict: '完成情况',
  // county-completion.tsx
  countyTitle: (name: string, period: string): string => `${name}：各县完成率（${period.replace('-', '—')}）`,
  countyNote: (reported: number, met: number): string =>
    `${reported} 个县（市、区）报送，${met} 个完成任务（✔），${reported - met} 个未完成；完成率 = 实际 ÷ 分解任务。`,
  mapTitle: (name: string): string => `${name}：完成率地图`,
  mapNote: '颜色越深完成率越高；灰色为未报送或不在分解任务中的县。',
};

const en: typeof zh = {
  planCaption: 'Targets per plan by verdict',
  plan: 'Plan',
  met: '✔ Met',
  notMet: '✘ Not met',
  inProgress: 'In progress',
  noData: '… No data',
  qualitative: '◇ Qualitative',
  loading: 'completion',
  title: 'Were the targets met?',
  rules: [
    "Judged by the plan's wording: ",
    { zh: '以上/不少于/达到' },
    ' ≥, ',
    { zh: '超过' },
    ' >, ',
    { zh: '低于' },
    ' <, ',
    { zh: '以内' },
    ' ≤, ',
    { zh: '为 0' },
    ' exactly, ',
    { zh: '左右' },
    " within the stated tolerance or half the last printed digit; cumulative targets against the sum of the years; county tasks as % of the allocation. Before a period ends, Open SDG's trend (▲ on track, △ needs acceleration, ▼ off track). Units are converted only by exact factors.",
  ],
  empty: (targets) =>
    `No actual values yet (${targets} targets). Import the statistics office's file (wide, long or per-county layout) to see each target's verdict here.`,
  bindingMissed: (count) => `Binding targets not met (${count}): `,
  perPlan: 'Verdicts per plan',
  everyTarget: 'Every target',
  tolerance: (value) => ` (±${value})`,
  sumOf: (years) => `sum of ${years.join(', ')}`,
  meanOf: (years) => `mean of ${years.join(', ')}`,
  converted: (conversions) => `; converted: ${conversions.join(', ')}`,
  binding: ' (binding)',
  indicator: 'Indicator',
  target: 'Target',
  actual: 'Actual',
  verdict: 'Verdict',
  countyTitle: (name, period) => `${name}: completion by county (${period})`,
  countyNote: (reported, met) =>
    `${reported} counties reported, ${met} met their allocation (✔), ${reported - met} did not; completion = actual ÷ allocated task.`,
  mapTitle: (name) => `${name}: completion map`,
  mapNote: 'Darker: higher completion; grey: not reported or no allocation.',
};

export function progressText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
