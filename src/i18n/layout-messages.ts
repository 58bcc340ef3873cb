/** Text of the responsive shell and the print briefing, in both languages (typed like messages.ts). */
import type { Lang } from '../data/lang';

const zh = {
  menu: '菜单',
  closeMenu: '收起菜单',
  filters: '筛选',
  filtersActive: (n: number): string => `筛选（已选 ${n} 项）`,
  done: '完成',
  print: '打印简报',
  printTitle: '打印简报（A4）',
  printedAt: '打印于',
  dataDate: '数据日期',
  viewState: '当前视图',
} as const;

export type LayoutMessages = {
  readonly [K in keyof typeof zh]: (typeof zh)[K] extends string ? string : (n: number) => string;
};

const en: LayoutMessages = {
  menu: 'Menu',
  closeMenu: 'Close menu',
  filters: 'Filters',
  filtersActive: (n) => `Filters (${n} chosen)`,
  done: 'Done',
  print: 'Print briefing',
  printTitle: 'Print briefing (A4)',
  printedAt: 'Printed',
  dataDate: 'Data as of',
  viewState: 'This view',
};

export function layoutMessages(lang: Lang): LayoutMessages {
  return lang === 'zh' ? zh : en;
}
