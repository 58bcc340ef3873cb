/** Interface text of the social credit view, Chinese and English (typed). */
import type { Lang } from '../../data/lang';

const zh = {
  caption: '社会信用体系建设主要指标（2025年目标）',
  indicator: '指标',
  comparator: '比较',
  target: '2025年目标值',
  unit: '单位',
  baseline: '2020年基期值',
  attribute: '属性',
  qualitative: '定性目标',
  loading: '社会信用指标',
  title: '社会信用体系：2025年数值目标',
  counts: (all: number, numeric: number, qualitative: number, binding: number): string =>
    `共 ${all} 项指标：数值目标 ${numeric} 个，定性目标 ${qualitative} 个；约束性 ${binding} 个，其余为预期性。`,
  axes: '不同单位分组绘制，互不共用坐标轴。',
};

const en: typeof zh = {
  caption: 'Social credit indicators (2025 targets)',
  indicator: 'Indicator',
  comparator: 'Comparator',
  target: '2025 target',
  unit: 'Unit',
  baseline: '2020 baseline',
  attribute: 'Attribute',
  qualitative: 'Qualitative targets',
  loading: 'credit indicators',
  title: 'Social credit: numeric 2025 targets',
  counts: (all, numeric, qualitative, binding) =>
    `${all} indicators: ${numeric} numeric and ${qualitative} qualitative targets; ${binding} binding, the rest indicative.`,
  axes: 'Each unit has its own axis.',
};

export function creditText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
