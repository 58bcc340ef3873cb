import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { initialChunks } from '../../scripts/bench/bundle';

const dist = mkdtempSync(join(tmpdir(), 'bundle-budget-'));
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

function write(file: string, text: string): void {
  mkdirSync(join(dist, file, '..'), { recursive: true });
  writeFileSync(join(dist, file), text);
}

// A build shaped like Vite's: entry + modulepreload in index.html, minified static imports, one
// lazy chunk reached only through import(), and a chunk list string that is not an import.
write(
  'index.html',
  [
    '<script type="module" crossorigin src="./assets/index-a.js"></script>',
    '<link rel="modulepreload" crossorigin href="./assets/runtime-b.js">',
  ].join('\n'),
);
write(
  'assets/index-a.js',
  'const d=["./lazy-view-d.js"];import{r as e}from"./runtime-b.js";import"./shared-c.js";const v=()=>import("./lazy-view-d.js");',
);
write('assets/runtime-b.js', 'export const r=1;');
write('assets/shared-c.js', 'import{r}from"./runtime-b.js";console.log(r);');
write('assets/lazy-view-d.js', 'export default 1;'.repeat(1000));

describe('initial JS from the build', () => {
  const chunks = initialChunks(dist);

  it('follows the entry, its modulepreloads and static imports, once each', () => {
    expect(chunks.map((c) => c.file).sort()).toEqual([
      'assets/index-a.js',
      'assets/runtime-b.js',
      'assets/shared-c.js',
    ]);
  });

  it('leaves chunks reached only through import() out', () => {
    expect(chunks.some((c) => c.file.includes('lazy-view'))).toBe(false);
  });

  it('counts gzip -9 bytes', () => {
    const runtime = chunks.find((c) => c.file === 'assets/runtime-b.js');
    expect(runtime?.gzipBytes).toBe(gzipSync('export const r=1;', { level: 9 }).length);
  });
});
