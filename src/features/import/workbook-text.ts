/** Interface text of the workbook parts of the import dialog (sheet picker, sheet facts, .xlsx export). */
import type { Lang } from '../../data/lang';

const zh = {
  pickTitle: '这个工作簿有多个工作表，请选择要导入的一个',
  pickHint: '每个工作表按表头识别；隐藏的工作表也列出，但通常不是要导入的表。',
  sheet: '工作表',
  recognisedAs: '识别为',
  dataRows: '数据行',
  notRecognised: '未能识别',
  hidden: '（隐藏）',
  importSheet: '导入此工作表',
  switchSheet: '换一个工作表',
  exportXlsx: '导出 Excel',
} as const;

type Text = { readonly [K in keyof typeof zh]: string };

const en: Text = {
  pickTitle: 'This workbook has several sheets: choose the one to import',
  pickHint:
    'Each sheet is recognised by its headers; hidden sheets are listed too, but are rarely the table to import.',
  sheet: 'Sheet',
  recognisedAs: 'Recognised as',
  dataRows: 'Data rows',
  notRecognised: 'not recognised',
  hidden: ' (hidden)',
  importSheet: 'Import this sheet',
  switchSheet: 'Another sheet',
  exportXlsx: 'Export Excel',
};

export function workbookText(lang: Lang): Text {
  return lang === 'en' ? en : zh;
}
