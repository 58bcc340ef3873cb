import { QueryClient } from '@tanstack/react-query';

/** Embedded data does not change under the page except by an explicit refresh or import. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
}
