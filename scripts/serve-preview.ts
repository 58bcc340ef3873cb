/**
 * A built folder served by `vite preview` in this process, on the given port or the next free one:
 * for the bench's two builds and the build's chart pictures (scripts/prerender).
 */
import { preview, type PreviewServer } from 'vite';

export interface Served {
  readonly url: string;
  readonly outDir: string;
  close(): Promise<void>;
}

export async function servePreview(outDir: string, port: number): Promise<Served> {
  const server: PreviewServer = await preview({
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error(`vite preview of ${outDir} reported no URL`);
  return { url, outDir, close: () => server.close() };
}
