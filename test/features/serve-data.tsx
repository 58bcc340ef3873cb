/** View tests: `fetch` answers data/<file> for any URL ending in that name, like the static server. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import type { ReactElement } from 'react';

export function serveDataFolder(override: Record<string, string> = {}): void {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      const file = url.split('/').pop() ?? '';
      const body = override[file] ?? readFileSync(`data/${file}`);
      return Promise.resolve(new Response(body));
    }),
  );
}

export function renderWithQueries(element: ReactElement): void {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<QueryClientProvider client={client}>{element}</QueryClientProvider>);
}
