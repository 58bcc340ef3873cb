/**
 * The stored versions of every registered dataset (the import dialog's version list) as one
 * query-option factory. It is read again on every data change announcement (use-data-sync.ts),
 * whichever tab made the change.
 */
import { queryOptions } from '@tanstack/react-query';
import { DATASETS } from '../data/registry';
import type { DatasetId } from '../data/schema';
import { versionStore } from '../import/data-store';
import type { DatasetVersions } from '../import/version-store';

export interface StoredVersions {
  /** False when the browser keeps nothing past this page (private mode): said in the panel. */
  readonly persistent: boolean;
  readonly byDataset: ReadonlyMap<DatasetId, DatasetVersions>;
}

export function versionsQuery() {
  return queryOptions({
    queryKey: ['versions'] as const,
    queryFn: async (): Promise<StoredVersions> => {
      const store = await versionStore();
      const entries = await Promise.all(DATASETS.map(async (d) => [d.id, await store.read(d.id)] as const));
      return { persistent: store.persistent, byDataset: new Map(entries) };
    },
  });
}
