/**
 * A served data file that failed to read (staff saved a broken or half-written file) never blanks
 * a view: the last good data stays — or, on a freshly opened page, the copy bundled with the app
 * is drawn — and this banner names the file and its first error. It clears itself when a later
 * re-read succeeds.
 */
import { useSyncExternalStore, type ReactElement } from 'react';
import { pick, type Lang } from '../data/lang';
import { storageTrouble, subscribeStorageTrouble } from '../import/storage-status';
import { staleText } from '../queries/stale-data';
import { useStaleData } from '../queries/use-stale-data';

export function DataWarnings({ lang }: { readonly lang: Lang }): ReactElement | null {
  const stale = useStaleData(lang);
  const trouble = useSyncExternalStore(subscribeStorageTrouble, storageTrouble);
  if (stale.length === 0 && trouble === null) return null;
  return (
    <div className="data-warning" role="alert" data-testid="data-warning">
      {trouble !== null && (
        <p data-testid="storage-notice">
          {pick(
            lang,
            '浏览器存储没有响应：正在显示服务器上的数据，本浏览器导入的数据暂时不显示，新的导入只保存到关闭页面为止。请关闭本网站的其他标签页后刷新；如仍如此，请重启浏览器。',
            'Browser storage is not answering: the server’s data is shown, this browser’s imports are not, and new imports last only until the page closes. Close other tabs of this site and reload; if it persists, restart the browser.',
          )}
        </p>
      )}
      {stale.map((s) => (
        <p key={s.file}>{staleText(s, lang)}</p>
      ))}
    </div>
  );
}
