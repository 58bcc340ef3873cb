/** Interface text of the wall screen and its slides, Chinese and English (typed). */
import type { QuotingText } from '../../components/original-text';
import type { Lang } from '../../data/lang';

const zh = {
  // Frame and controls
  loading: '正在加载数据…',
  documentTitle: (title: string): string => `${title} · 目标看板大屏`,
  heading: '目标看板 · 大屏轮播',
  paused: '（已暂停）',
  pausedHint: '已暂停 · 空格继续',
  previous: '← 上一页',
  resume: '▶ 继续',
  pause: '❚❚ 暂停',
  next: '下一页 →',
  keys: '键盘：← → 翻页 · 空格 暂停/继续 · Esc 退出大屏',
  leave: '退出大屏 Esc',
  sourcePrefix: '来源：',
  dataAsOf: (dates: readonly string[]): string => `数据截至 ${dates.join('、')}`,
  importedAt: (when: string, file: string): string => `导入于 ${when}（${file}）`,
  // Figures
  periodTarget: (period: string | number): string => `${period}年目标`,
  periodGoal: (period: string | number): string => `${period}年目标`,
  periodTargetBaseline: (period: string, year: number, baseline: string): string =>
    `${period}年目标 · ${year}年 ${baseline}`,
  /** The plan's own sentence under a figure: marked as original Chinese in English. */
  planText: (period: string | number, text: string): string | QuotingText =>
    `${period}年目标 · 原文“${text}”`,
  items: '项',
  // Slides
  overview: '规划目标总览',
  blackSoil: '黑土地保护（2021—2025年）',
  hsfPath: '黑土高标准农田累计建设路径',
  interpolated: (label: string): string => `图：${label}；中间年份为直线推算，并非规划数字`,
  rankOf: (rank: string, city: string): string => `第 ${rank} 名 · ${city}`,
  countiesRanked: (metric: string): string => `重点县排名：${metric}`,
  topOf: (shown: number, all: number): string => `前 ${shown} 名，共 ${all} 个重点县；全部县见地图`,
  provinceTotal: '全省合计',
  inclFarmGroup: '含北大荒农垦集团',
  farmsNoArea: '农场遍布全省，无单独区域',
  countyMap: (metric: string): string => `重点县地图：${metric}`,
  topList: (shown: number, unit: string): string => `前 ${shown} 名（${unit}）`,
  ipGrowth: '2020年基期 → 2025年目标 需增长',
  ip: '知识产权（“十四五”）',
  ipNote: (label: string): string => `图：${label}（%），条旁为两年数值`,
  credit: '社会信用体系（2025年目标）',
  percentTargets: '百分比目标',
  creditNote: (shown: number, numeric: number, qualitative: number): string =>
    `图：${shown} 项百分比目标；共 ${numeric} 项数值目标、${qualitative} 项定性目标`,
  grain: '粮食和畜牧（2022年目标）',
  grainNote: '五项目标单位各不相同，逐项列出，不放在同一坐标轴上',
  planGrowth: '基期 → 目标 需增长',
  planCounts: (quantitative: number, cumulative: number, qualitative: number): string =>
    `数值目标 ${quantitative} 项 · 累计目标 ${cumulative} 项 · 定性目标 ${qualitative} 项`,
  // Progress slide
  missedLine: (name: string, actual: string, target: string): string =>
    `✘ ${name}：${actual}（目标 ${target}）`,
  bindingNotMet: '未实现的约束性目标',
  notMet: '未实现',
  noneMissed: (total: number): string => `约束性目标共 ${total} 项，没有未实现的`,
  andMore: ({ all }: { readonly all: number; readonly more: number }): string => `等，共 ${all} 项`,
  inProgress: '进行中',
  verdictTitle: '目标完成情况',
  verdictsPerPlan: '各规划完成情况',
  progressNote: (qualitative: number): string =>
    `以上为各规划的指标目标；定性目标 ${qualitative} 项另列，分县任务见进度页`,
};

const en: typeof zh = {
  loading: 'Loading data…',
  documentTitle: (title) => `${title} · Target Board wall`,
  heading: 'Target Board · wall screen',
  paused: ' (paused)',
  pausedHint: 'Paused · Space to resume',
  previous: '← Previous',
  resume: '▶ Resume',
  pause: '❚❚ Pause',
  next: 'Next →',
  keys: 'Keys: ← → step · Space pause/resume · Esc leave',
  leave: 'Leave Esc',
  sourcePrefix: 'Source: ',
  dataAsOf: (dates) => `Data as of ${dates.join(', ')}`,
  importedAt: (when, file) => `Imported ${when} (${file})`,
  periodTarget: (period) => `${period} target`,
  periodGoal: (period) => `${period} goal`,
  periodTargetBaseline: (period, year, baseline) => `${period} target · ${year}: ${baseline}`,
  planText: (period, text) => [`${period} goal · plan text “`, { zh: text }, '”'],
  items: '',
  overview: 'Plan targets at a glance',
  blackSoil: 'Black-soil protection 2021–2025',
  hsfPath: 'High-standard farmland: cumulative path',
  interpolated: (label) => `Chart: ${label}; the years between are interpolated, not plan figures`,
  rankOf: (rank, city) => `Rank ${rank} · ${city}`,
  countiesRanked: (metric) => `Key counties ranked: ${metric}`,
  topOf: (shown, all) => `Top ${shown} of ${all} key counties; the map shows them all`,
  provinceTotal: 'Province total',
  inclFarmGroup: 'incl. the farm group',
  farmsNoArea: 'Farms all over: no area',
  countyMap: (metric) => `Map of the key counties: ${metric}`,
  topList: (shown, unit) => `Top ${shown} (${unit})`,
  ipGrowth: 'Required growth, 2020 → 2025',
  ip: 'Intellectual property (2021–2025)',
  ipNote: (label) => `Chart: ${label} (%), both figures beside each bar`,
  credit: 'Social credit system: 2025 targets',
  percentTargets: 'Percentage targets',
  creditNote: (shown, numeric, qualitative) =>
    `Chart: ${shown} percentage targets of ${numeric} numeric and ${qualitative} qualitative`,
  grain: 'Grain and livestock: 2022 goals',
  grainNote: 'Five goals in five units: listed, not put on one axis',
  planGrowth: 'Required change, baseline → target',
  planCounts: (quantitative, cumulative, qualitative) =>
    `${quantitative} numeric · ${cumulative} cumulative · ${qualitative} qualitative targets`,
  missedLine: (name, actual, target) => `✘ ${name}: ${actual} (target ${target})`,
  bindingNotMet: 'Binding targets not met',
  notMet: 'Not met',
  noneMissed: (total) => `${total} binding targets, none missed`,
  andMore: ({ more }) => `and ${more} more`,
  inProgress: 'In progress',
  verdictTitle: 'Were the targets met?',
  verdictsPerPlan: 'Verdicts per plan',
  progressNote: (qualitative) =>
    `Plan indicator targets above; ${qualitative} qualitative targets apart, county tasks in the progress view`,
};

export function wallText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
