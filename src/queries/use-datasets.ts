/**
 * Several datasets for one view, as one state: pending until all arrived, the first error if any
 * failed with nothing to show. Views that combine tables (county comparison: 附件1 + 附件2 +
 * zones) read them here. A re-read that fails after data was shown is not an error here: the last
 * good data stays (the app-wide data warning names the file); a first read that fails draws the
 * copy bundled with the app, with the same warning.
 */
import { useQueries } from '@tanstack/react-query';
import type { DatasetId } from '../data/schema';
import { datasetQuery, shownData, type LoadedDataset } from './dataset-query';

export type DatasetsState =
  | { readonly status: 'pending' }
  | { readonly status: 'error'; readonly error: Error }
  | { readonly status: 'success'; readonly data: ReadonlyMap<DatasetId, LoadedDataset> };

export function useDatasets(ids: readonly DatasetId[]): DatasetsState {
  return useQueries({
    queries: ids.map((id) => datasetQuery(id)),
    combine: (results): DatasetsState => {
      const shown = results.map((r) => shownData(r));
      const failed = results.find((r, i) => r.isError && shown[i] === undefined);
      if (failed?.error) return { status: 'error', error: failed.error };
      if (shown.some((d) => d === undefined)) return { status: 'pending' };
      return { status: 'success', data: new Map(shown.flatMap((d) => (d ? [[d.spec.id, d] as const] : []))) };
    },
  });
}
