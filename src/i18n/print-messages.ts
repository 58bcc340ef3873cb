/** Text of printed pages and the A4 briefing, in both languages (typed like messages.ts). */
import type { Lang } from '../data/lang';

const zh = {
  sourcePrefix: '来源：',
  dataDate: '数据',
  filters: '筛选条件',
  noFilters: '无筛选（全部数据）',
  metric: '指标',
  cities: '市',
  zones: '类型区',
  counties: '县',
  allCounties: '全部 39 个重点县',
  detail: '详情',
  farmHidden: '不含北大荒农垦集团',
  listSeparator: '、',
  fieldSeparator: '：',
  briefingTitle: '规划目标简报',
  briefingFrom: '依据视图',
  briefingPrint: '打印',
  briefingClose: '返回看板',
  briefingHint: '每个领域一页 A4；打印对话框中选择“另存为 PDF”即可保存。',
  keyFigures: '主要目标',
  countyRanking: '重点县排名',
  page: '页',
} as const;

export type PrintMessages = { readonly [K in keyof typeof zh]: string };

const en: PrintMessages = {
  sourcePrefix: 'Source: ',
  dataDate: 'Data',
  filters: 'Filters',
  noFilters: 'No filters (all data)',
  metric: 'Metric',
  cities: 'City',
  zones: 'Zone type',
  counties: 'County',
  allCounties: 'all 39 key counties',
  detail: 'Detail',
  farmHidden: 'farm group left out',
  listSeparator: ', ',
  fieldSeparator: ': ',
  briefingTitle: 'Plan targets briefing',
  briefingFrom: 'From the view',
  briefingPrint: 'Print',
  briefingClose: 'Back to the board',
  briefingHint: 'One A4 page per domain; choose "Save as PDF" in the print dialog to keep a file.',
  keyFigures: 'Key targets',
  countyRanking: 'Key county ranking',
  page: 'page',
};

export function printMessages(lang: Lang): PrintMessages {
  return lang === 'zh' ? zh : en;
}
