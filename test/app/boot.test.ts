/**
 * The head start a link to a chart view gets from index.html (`src/app/boot.ts`): its lists are
 * plain data that must agree with the registry and the app's own lazy views, and an early
 * response is used by the first read of its file only.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BOOT_FILES, EARLY_KEY } from '../../src/app/boot-plan';
import { viewDatasets } from '../../src/app/view-preload';
import { datasetSpec } from '../../src/data/registry';
import type { ViewId } from '../../src/view-state/view-state';
import { EARLY_KEY as SERVED_EARLY_KEY, readServedFile, servedUrl } from '../../src/import/served-file';
import { BOOT_VIEW_MODULES } from '../../scripts/boot-plugin';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('boot lists', () => {
  it('name, for each view, exactly the data files the view draws (the registry’s file names)', () => {
    for (const [view, files] of Object.entries(BOOT_FILES)) {
      const ids = viewDatasets(view as ViewId);
      expect(ids, view).toBeDefined();
      expect([...files].sort(), view).toEqual(
        [...new Set((ids ?? []).map((id) => datasetSpec(id).file))].sort(),
      );
    }
  });

  it('cover the same views as the build plugin, whose modules are the ones app.tsx loads lazily', () => {
    expect(Object.keys(BOOT_VIEW_MODULES).sort()).toEqual(Object.keys(BOOT_FILES).sort());
    const app = readFileSync('src/app/app.tsx', 'utf8');
    for (const module of Object.values(BOOT_VIEW_MODULES))
      expect(app).toContain(`import('../${module.replace(/^src\//, '').replace(/\.tsx$/, '')}')`);
  });

  it('leave the responses where the served-file reader looks', () => {
    expect(EARLY_KEY).toBe(SERVED_EARLY_KEY);
  });
});

describe('an early response', () => {
  it('is used by the first read of its file only; the next read fetches', async () => {
    const url = servedUrl('ip-indicators.csv');
    const early = new Map([[url, Promise.resolve(new Response('early', { headers: { etag: '"e"' } }))]]);
    vi.stubGlobal('window', { [EARLY_KEY]: early });
    const fetched = vi.fn(() => Promise.resolve(new Response('fetched', { headers: { etag: '"f"' } })));
    vi.stubGlobal('fetch', fetched);
    const first = await readServedFile('ip-indicators.csv');
    const second = await readServedFile('ip-indicators.csv');
    expect(first.ok && new TextDecoder().decode(first.bytes)).toBe('early');
    expect(second.ok && new TextDecoder().decode(second.bytes)).toBe('fetched');
    expect(fetched).toHaveBeenCalledTimes(1);
    expect(early.size).toBe(0);
  });

  it('for another file is left alone', async () => {
    const early = new Map([[servedUrl('credit-indicators.csv'), Promise.resolve(new Response('early'))]]);
    vi.stubGlobal('window', { [EARLY_KEY]: early });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('fetched'))),
    );
    const read = await readServedFile('ip-indicators.csv');
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('fetched');
    expect(early.size).toBe(1);
  });
});
