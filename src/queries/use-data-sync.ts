/**
 * Keeps every open view on the data this browser last applied: an import, restore or reset in
 * any tab reloads that dataset here. Only that query is refetched; its old data stays on screen
 * until the new data is ready (no blank charts).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { subscribeDataChanges } from '../import/data-store';

export function useDataSync(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      subscribeDataChanges((id) => {
        void client.invalidateQueries({ queryKey: ['dataset', id] });
      }),
    [client],
  );
}
