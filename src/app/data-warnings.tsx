/**
 * A re-read of a served data file that failed (staff saved a broken or half-written file) never
 * blanks a view: the last good data stays and this banner names the file and its first error.
 * It clears itself when a later re-read succeeds.
 */
import { useQueryClient, type Query } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore, type ReactElement } from 'react';
import { pick, type Lang } from '../data/lang';
import { errorsOf } from '../data/issues';
import { DatasetLoadError } from '../queries/dataset-query';
import { importTime } from '../queries/data-version';
import { storageTrouble, subscribeStorageTrouble } from '../import/storage-status';

interface StaleData {
  readonly file: string;
  readonly detail: string;
  readonly since: number;
}

function staleOf(query: Query, lang: Lang): StaleData | null {
  const { error, data, dataUpdatedAt } = query.state;
  if (query.queryKey[0] !== 'dataset' || error === null || data === undefined) return null;
  if (!(error instanceof DatasetLoadError)) return { file: String(query.queryKey[1]), detail: error.message, since: dataUpdatedAt };
  const first = errorsOf(error.issues)[0];
  const where = first ? pick(lang, `第 ${first.line} 行${first.column > 0 ? `第 ${first.column} 列` : ''}：`, `line ${first.line}${first.column > 0 ? `, column ${first.column}` : ''}: `) : '';
  const detail = first ? `${where}${pick(lang, first.message_zh, first.message_en)}` : pick(lang, '文件无法读取', 'the file could not be read');
  return { file: error.file, detail, since: dataUpdatedAt };
}

export function DataWarnings({ lang }: { readonly lang: Lang }): ReactElement | null {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  // A string snapshot: stable between renders while nothing relevant changed.
  const snapshot = useSyncExternalStore(subscribe, () => JSON.stringify(cache.getAll().map((q) => staleOf(q, lang)).filter((s) => s !== null)));
  const stale = JSON.parse(snapshot) as StaleData[];
  const trouble = useSyncExternalStore(subscribeStorageTrouble, storageTrouble);
  if (stale.length === 0 && trouble === null) return null;
  return (
    <div className="data-warning" role="alert" data-testid="data-warning">
      {trouble !== null && (
        <p data-testid="storage-notice">{pick(lang,
          '浏览器存储没有响应：正在显示服务器上的数据，本浏览器导入的数据暂时不显示，新的导入只保存到关闭页面为止。请关闭本网站的其他标签页后刷新；如仍如此，请重启浏览器。',
          'Browser storage is not answering: the server’s data is shown, this browser’s imports are not, and new imports last only until the page closes. Close other tabs of this site and reload; if it persists, restart the browser.')}</p>
      )}
      {stale.map((s) => (
        <p key={s.file}>
          {pick(lang, `数据文件 ${s.file} 更新失败（${s.detail}）。仍显示 ${importTime(new Date(s.since).toISOString())} 读取的数据。`,
            `Data file ${s.file} could not be updated (${s.detail}). Still showing the data read at ${importTime(new Date(s.since).toISOString())}.`)}
        </p>
      ))}
    </div>
  );
}
