/**
 * Initial JavaScript from the built files: index.html's entry script and modulepreloads, then every
 * chunk they import statically (never `import()`), each gzip -9 (kB = 1000 bytes). This is what
 * any first view downloads before it runs. No browser, so it is fast and stable enough for CI to
 * gate on (scripts/check-bundle-budget.ts); the bench also checks it against Chromium's downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from './result';

export const INITIAL_JS_BUDGET_KB = 300;

export interface ChunkSize {
  readonly file: string;
  readonly gzipBytes: number;
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Script and modulepreload URLs of the built index.html, relative to dist/. */
function entryFiles(html: string): string[] {
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  return [...scripts, ...preloads].map((href) => href.replace(/^\.?\//, ''));
}

/** Chunks a minified chunk imports statically: `from"./x.js"`, `import"./x.js"` (not `import(`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1] ?? '');
}

/** `files` (paths under dist/) and every chunk they import statically, each with its gzip -9 size. */
export function staticClosure(distDir: string, files: readonly string[]): ChunkSize[] {
  const seen = new Map<string, number>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    const code = readFileSync(join(distDir, file));
    seen.set(file, gzipSize(code));
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const imported of staticImports(code.toString('utf8'))) queue.push(dir + imported.slice(2));
  }
  return [...seen].map(([file, gzipBytes]) => ({ file, gzipBytes }));
}

/** Every chunk the entry needs before it runs, with its gzip -9 size. */
export function initialChunks(distDir: string): ChunkSize[] {
  return staticClosure(distDir, entryFiles(readFileSync(join(distDir, 'index.html'), 'utf8')));
}

export function totalKb(chunks: readonly ChunkSize[]): number {
  return round(chunks.reduce((sum, c) => sum + c.gzipBytes, 0) / 1000);
}
