/**
 * Data shown that is not what the served folder holds now: a re-read that failed (the last good
 * read stays) or a first read that failed (the copy bundled with the app is drawn). The desktop's
 * banner and the wall's per-slide notice both say it from here.
 */
import type { Query } from '@tanstack/react-query';
import { errorsOf } from '../data/issues';
import { pick, type Lang } from '../data/lang';
import { importTime } from './data-version';
import { DatasetLoadError, type LoadedDataset } from './dataset-query';

export interface StaleData {
  /** failed: a read failed, older or bundled data shown; totals / lost-rows: drawn, with a concern. */
  readonly kind: 'failed' | 'totals' | 'lost-rows';
  /** The query's dataset id. */
  readonly id: string;
  readonly file: string;
  readonly detail: string;
  /** How many totals fail or rows were lost (concerns only). */
  readonly count?: number;
  /** When the data still shown was read; null: the copy bundled with the app is shown. */
  readonly since: number | null;
}

function detailOf(error: DatasetLoadError, lang: Lang): string {
  const first = errorsOf(error.issues)[0];
  if (!first) return pick(lang, '文件无法读取', 'the file could not be read');
  const column = first.column > 0;
  const where = pick(
    lang,
    `第 ${first.line} 行${column ? `第 ${first.column} 列` : ''}：`,
    `line ${first.line}${column ? `, column ${first.column}` : ''}: `,
  );
  return `${where}${pick(lang, first.message_zh, first.message_en)}`;
}

function concernsOf(id: string, data: LoadedDataset, since: number, lang: Lang): StaleData[] {
  return (data.concerns ?? []).map((c): StaleData => {
    if (c.kind === 'totals') {
      const where = pick(lang, `第 ${c.first.line} 行：`, `line ${c.first.line}: `);
      return {
        kind: 'totals',
        id,
        file: data.spec.file,
        since,
        count: c.count,
        detail: `${where}${pick(lang, c.first.message_zh, c.first.message_en)}`,
      };
    }
    const names =
      c.labels.join(pick(lang, '、', ', ')) + (c.count > c.labels.length ? pick(lang, ' 等', ' …') : '');
    return { kind: 'lost-rows', id, file: data.spec.file, since, count: c.count, detail: names };
  });
}

export function staleOf(query: Query, lang: Lang): StaleData[] {
  const { error, data, dataUpdatedAt } = query.state;
  if (query.queryKey[0] !== 'dataset') return [];
  const id = String(query.queryKey[1]);
  if (error === null) return isLoaded(data) ? concernsOf(id, data, dataUpdatedAt, lang) : [];
  const bundled = data === undefined && error instanceof DatasetLoadError && error.fallback !== undefined;
  if (data === undefined && !bundled) return [];
  const since = bundled ? null : dataUpdatedAt;
  if (!(error instanceof DatasetLoadError))
    return [{ kind: 'failed', id, file: id, detail: error.message, since }];
  return [{ kind: 'failed', id, file: error.file, detail: detailOf(error, lang), since }];
}

function isLoaded(data: unknown): data is LoadedDataset {
  return typeof data === 'object' && data !== null && 'spec' in data && 'rows' in data;
}

/** The sentence for one file: what failed, and which data is shown instead. */
export function staleText(s: StaleData, lang: Lang): string {
  if (s.kind === 'totals') {
    const count = String(s.count ?? 0);
    return pick(
      lang,
      `数据文件 ${s.file} 有 ${count} 处合计与分项不符（${s.detail}）。图表按文件原样显示，请核对该文件。`,
      `Data file ${s.file} has ${count} total(s) that do not add up (${s.detail}). The charts show the file as it is; check the file.`,
    );
  }
  if (s.kind === 'lost-rows') {
    const count = String(s.count ?? 0);
    return pick(
      lang,
      `数据文件 ${s.file} 比本页之前读到的少了 ${count} 行（${s.detail}）。图表中这些行已不显示，请检查文件是否完整。`,
      `Data file ${s.file} has ${count} row(s) fewer than this page read before (${s.detail}). Those rows are no longer drawn; check that the file is complete.`,
    );
  }
  if (s.since === null) {
    return pick(
      lang,
      `数据文件 ${s.file} 无法读取（${s.detail}）。显示随程序发布的内置数据。`,
      `Data file ${s.file} could not be read (${s.detail}). Showing the data built into the app.`,
    );
  }
  const when = importTime(new Date(s.since).toISOString());
  return pick(
    lang,
    `数据文件 ${s.file} 更新失败（${s.detail}）。仍显示 ${when} 读取的数据。`,
    `Data file ${s.file} could not be updated (${s.detail}). Still showing the data read at ${when}.`,
  );
}

/** The wall's short form, read from across the room under a slide. */
export function staleNotice(s: StaleData, lang: Lang): string {
  if (s.kind === 'totals')
    return pick(
      lang,
      `⚠ 数据文件 ${s.file} 合计与分项不符，请核对`,
      `⚠ ${s.file}: totals do not add up; check the file`,
    );
  if (s.kind === 'lost-rows')
    return pick(
      lang,
      `⚠ 数据文件 ${s.file} 少了 ${String(s.count ?? 0)} 行，请检查`,
      `⚠ ${s.file} lost ${String(s.count ?? 0)} row(s); check the file`,
    );
  return s.since === null
    ? pick(
        lang,
        `⚠ 数据文件 ${s.file} 无法读取，显示内置数据`,
        `⚠ ${s.file} could not be read: showing the built-in data`,
      )
    : pick(
        lang,
        `⚠ 数据文件 ${s.file} 更新失败，显示 ${importTime(new Date(s.since).toISOString())} 读取的数据`,
        `⚠ ${s.file} could not be updated: showing the data read at ${importTime(new Date(s.since).toISOString())}`,
      );
}
