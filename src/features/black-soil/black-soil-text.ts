/** Interface text of the black-soil view, Chinese and English (typed). */
import type { Lang } from '../../data/lang';

const zh = {
  caption: '黑土地保护省级目标任务',
  indicator: '指标',
  year: '年份',
  comparator: '比较',
  target: '目标值',
  upper: '上限',
  stretch: '力争',
  unit: '单位',
  /** 2021-2025 → 2021—2025年; 2025 → 2025年. */
  period: (period: string): string => `${period.replace('-', '—')}年`,
  loading: '黑土地保护目标',
  pathTitle: '黑土高标准农田：累计建设路径（2021—2025年）',
  depthTitle: '耕作层厚度目标：按类型区',
  organicTitle: '土壤有机质含量：平均增加',
  targetsTitle: '黑土地保护：省级目标任务',
  pathNote: '实线端点为规划公布值；中间年份为两端点间的直线推算，并非规划数字。',
};

const en: typeof zh = {
  caption: 'Province black-soil targets',
  indicator: 'Indicator',
  year: 'Year',
  comparator: 'Comparator',
  target: 'Target',
  upper: 'Upper',
  stretch: 'Stretch',
  unit: 'Unit',
  period: (period) => period,
  loading: 'black-soil targets',
  pathTitle: 'High-standard farmland on black soil: cumulative path 2021–2025',
  depthTitle: 'Plough-layer depth targets by zone type',
  organicTitle: 'Soil organic matter: average gain',
  targetsTitle: 'Black-soil protection: province targets',
  pathNote:
    'End points are published; the years between are a straight-line interpolation, not plan figures.',
};

export function blackSoilText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
