import { QueryClient } from '@tanstack/react-query';
import { refreshIntervalMs } from '../queries/refresh';

/**
 * Data changes under the page two ways: staff replace a file in the served data/ folder (picked up
 * every `refresh` seconds), or an import in this browser (announced; see use-data-sync). A failed
 * re-read keeps the last good data on screen; react-query holds `data` through a refetch error.
 */
export function createQueryClient(search = window.location.search): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false, refetchInterval: refreshIntervalMs(search) },
    },
  });
}
