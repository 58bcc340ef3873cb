/**
 * Interface text of region task tables (import preview, county view's table choice), Chinese
 * and English (typed: English must have every key).
 */
import type { Lang } from '../data/lang';

const zh = {
  choice: '这是一张按行政区域分解的任务表',
  update: (title: string) => `更新已有任务表（按列名匹配）${title ? `：${title}` : ''}`,
  readCaption: (rows: number, figures: number) =>
    `读到 ${rows} 个地区的 ${figures} 个任务数（括号内为所在行:列）`,
  columns: ['行政区域', '任务', '单位', '任务数'] as readonly string[],
  table: '任务表',
  builtinTables: '黑土地保护附件1、附件2',
  noMetric: '这张任务表没有重点县的任务数。',
  tableNotFound: '目录中没有这张任务表。',
  allKeyCounties: (n: number) => `${n} 个重点县`,
};

type Text = typeof zh;

const en: Text = {
  choice: 'This is a task table broken down by region',
  update: (title) => `Update an existing task table (matched by column names)${title ? `: ${title}` : ''}`,
  readCaption: (rows, figures) =>
    `${figures} task figures read for ${rows} regions (line:column in brackets)`,
  columns: ['Region', 'Task', 'Unit', 'Figure'],
  table: 'Task table',
  builtinTables: 'Black-soil annexes 1 and 2',
  noMetric: 'This task table has no figures for the key counties.',
  tableNotFound: 'The catalog has no such task table.',
  allKeyCounties: (n) => `${n} key counties`,
};

export function regionText(lang: Lang): Text {
  return lang === 'zh' ? zh : en;
}
