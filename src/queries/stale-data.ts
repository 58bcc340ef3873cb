/**
 * Data shown that is not what the served folder holds now: a re-read that failed (the last good
 * read stays) or a first read that failed (the copy bundled with the app is drawn). The desktop's
 * banner and the wall's per-slide notice both say it from here.
 */
import type { Query } from '@tanstack/react-query';
import { errorsOf } from '../data/issues';
import { pick, type Lang } from '../data/lang';
import { importTime } from './data-version';
import { DatasetLoadError } from './dataset-query';

export interface StaleData {
  /** The query's dataset id. */
  readonly id: string;
  readonly file: string;
  readonly detail: string;
  /** When the data still shown was read; null: the copy bundled with the app is shown. */
  readonly since: number | null;
}

function detailOf(error: DatasetLoadError, lang: Lang): string {
  const first = errorsOf(error.issues)[0];
  if (!first) return pick(lang, '文件无法读取', 'the file could not be read');
  const column = first.column > 0;
  const where = pick(lang, `第 ${first.line} 行${column ? `第 ${first.column} 列` : ''}：`, `line ${first.line}${column ? `, column ${first.column}` : ''}: `);
  return `${where}${pick(lang, first.message_zh, first.message_en)}`;
}

export function staleOf(query: Query, lang: Lang): StaleData | null {
  const { error, data, dataUpdatedAt } = query.state;
  if (query.queryKey[0] !== 'dataset' || error === null) return null;
  const id = String(query.queryKey[1]);
  const bundled = data === undefined && error instanceof DatasetLoadError && error.fallback !== undefined;
  if (data === undefined && !bundled) return null;
  const since = bundled ? null : dataUpdatedAt;
  if (!(error instanceof DatasetLoadError)) return { id, file: id, detail: error.message, since };
  return { id, file: error.file, detail: detailOf(error, lang), since };
}

/** The sentence for one file: what failed, and which data is shown instead. */
export function staleText(s: StaleData, lang: Lang): string {
  if (s.since === null) {
    return pick(lang, `数据文件 ${s.file} 无法读取（${s.detail}）。显示随程序发布的内置数据。`,
      `Data file ${s.file} could not be read (${s.detail}). Showing the data built into the app.`);
  }
  const when = importTime(new Date(s.since).toISOString());
  return pick(lang, `数据文件 ${s.file} 更新失败（${s.detail}）。仍显示 ${when} 读取的数据。`,
    `Data file ${s.file} could not be updated (${s.detail}). Still showing the data read at ${when}.`);
}

/** The wall's short form, read from across the room under a slide. */
export function staleNotice(s: StaleData, lang: Lang): string {
  return s.since === null
    ? pick(lang, `⚠ 数据文件 ${s.file} 无法读取，显示内置数据`, `⚠ ${s.file} could not be read: showing the built-in data`)
    : pick(lang, `⚠ 数据文件 ${s.file} 更新失败，显示 ${importTime(new Date(s.since).toISOString())} 读取的数据`,
      `⚠ ${s.file} could not be updated: showing the data read at ${importTime(new Date(s.since).toISOString())}`);
}
