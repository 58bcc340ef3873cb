/**
 * A served data file that failed to read (staff saved a broken or half-written file) never blanks
 * a view: the last good data stays — or, on a freshly opened page, the copy bundled with the app
 * is drawn — and this banner names the file and its first error. It clears itself when a later
 * re-read succeeds.
 */
import { useSyncExternalStore, type ReactElement } from 'react';
import type { Lang } from '../data/lang';
import { messagesFor } from '../i18n/messages';
import { storageTrouble, subscribeStorageTrouble } from '../import/storage-status';
import { staleText } from '../queries/stale-data';
import { useStaleData } from '../queries/use-stale-data';

export function DataWarnings({ lang }: { readonly lang: Lang }): ReactElement | null {
  const stale = useStaleData(lang);
  const trouble = useSyncExternalStore(subscribeStorageTrouble, storageTrouble);
  if (stale.length === 0 && trouble === null) return null;
  return (
    <div className="data-warning" role="alert" data-testid="data-warning">
      {trouble !== null && <p data-testid="storage-notice">{messagesFor(lang).storageTrouble}</p>}
      {stale.map((s) => (
        <p key={s.file}>{staleText(s, lang)}</p>
      ))}
    </div>
  );
}
