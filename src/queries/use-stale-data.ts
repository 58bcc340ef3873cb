import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Lang } from '../data/lang';
import { staleOf, type StaleData } from './stale-data';

/** Every dataset now shown from a last good read or the bundled copy, kept current. */
export function useStaleData(lang: Lang): readonly StaleData[] {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  // A string snapshot: stable between renders while nothing relevant changed.
  const snapshot = useSyncExternalStore(subscribe, () =>
    JSON.stringify(cache.getAll().flatMap((q) => staleOf(q, lang))),
  );
  return useMemo(() => JSON.parse(snapshot) as StaleData[], [snapshot]);
}
