/**
 * Interface text in both languages. A typed dictionary rather than an i18n library: two
 * languages, no plurals beyond numbers, and the compiler checks that English has every key.
 */
import type { Lang } from '../data/lang';

const zh = {
  appTitle: '目标看板',
  appSubtitle: '黑龙江省规划目标任务',
  switchLang: 'English',
  switchLangLabel: '切换为英文界面',
  nav: '视图',
  views: {
    overview: '总览',
    'black-soil': '黑土地保护',
    counties: '重点县比较',
    ip: '知识产权',
    credit: '社会信用',
    grain: '粮食和畜牧',
    progress: '进展',
    plan: '规划目标',
  },
  loading: (what: string): string => `正在加载${what}…`,
  loadFailed: (detail: string): string => `数据无法加载：${detail}`,
  chartNotDrawn: '图表尚未绘制',
  /** Marks a plan's own words or a citation shown untranslated in the English interface. */
  original: '原文',
  wordingHeader: '原文',
  showTable: '以表格查看',
  showChart: '以图表查看',
  exportCsv: '导出 CSV',
  exportPng: '导出 PNG',
  exportFailed: '导出失败',
  source: '来源',
  sourcePrefix: '来源：',
  embeddedData: '内置数据',
  sortBy: '按此列排序',
  notFoundTitle: '链接中有无法识别的内容，已忽略：',
  notFoundItem: '未找到',
  dismiss: '知道了',
  rowsShown: '行',
  importData: '导入数据',
  storageTrouble:
    '浏览器存储没有响应：正在显示服务器上的数据，本浏览器导入的数据暂时不显示，新的导入只保存到关闭页面为止。请关闭本网站的其他标签页后刷新；如仍如此，请重启浏览器。',
} as const;

type Shape<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Shape<T[K]>;
};
export type Messages = Shape<typeof zh>;

const en: Messages = {
  appTitle: 'Target Board',
  appSubtitle: 'Heilongjiang plan targets',
  switchLang: '中文',
  switchLangLabel: 'Switch to the Chinese interface',
  nav: 'Views',
  views: {
    overview: 'Overview',
    'black-soil': 'Black soil',
    counties: 'Key counties',
    ip: 'Intellectual property',
    credit: 'Social credit',
    grain: 'Grain & livestock',
    progress: 'Progress',
    plan: 'Plan targets',
  },
  loading: (what) => `Loading ${what}…`,
  loadFailed: (detail) => `Data could not be loaded: ${detail}`,
  chartNotDrawn: 'chart not drawn yet',
  original: 'original Chinese',
  wordingHeader: 'Plan wording (original Chinese)',
  showTable: 'Show as table',
  showChart: 'Show as chart',
  exportCsv: 'Export CSV',
  exportPng: 'Export PNG',
  exportFailed: 'Export failed',
  source: 'Source',
  sourcePrefix: 'Source: ',
  embeddedData: 'Embedded data',
  sortBy: 'Sort by this column',
  notFoundTitle: 'Parts of the link were not recognised and were ignored:',
  notFoundItem: 'not found',
  dismiss: 'Dismiss',
  rowsShown: 'rows',
  importData: 'Import data',
  storageTrouble:
    'Browser storage is not answering: the server’s data is shown, this browser’s imports are not, and new imports last only until the page closes. Close other tabs of this site and reload; if it persists, restart the browser.',
};

export function messagesFor(lang: Lang): Messages {
  return lang === 'en' ? en : zh;
}
