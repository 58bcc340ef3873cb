/**
 * Keeps every open view on the data this browser last applied: an import, restore or reset in
 * any tab reloads that dataset here (and the list of stored versions, where it is shown). Only
 * those queries are refetched; the old data stays on screen until the new data is ready (no
 * blank charts).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { subscribeDataChanges } from '../import/data-store';
import { datasetQuery } from './dataset-query';
import { versionsQuery } from './versions-query';

export function useDataSync(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      subscribeDataChanges((id) => {
        void client.invalidateQueries({ queryKey: datasetQuery(id).queryKey });
        void client.invalidateQueries({ queryKey: versionsQuery().queryKey });
      }),
    [client],
  );
}
