/**
 * Issue 14, findings 2–3 and 10 at the store: apply, undo and restore are compare-and-swap inside
 * the one transaction; pruning never drops the version an undo would go back to; a store that
 * never answers is given up on after a timeout.
 */
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import {
  BaseChangedError,
  indexedDbStore,
  MAX_VERSIONS,
  memoryStore,
  openVersionStore,
  versionsDroppedBy,
  type StoredVersion,
  type VersionStore,
} from '../../src/import/version-store';

let n = 0;
function version(text: string): StoredVersion {
  n += 1;
  return {
    id: `c${n}`,
    datasetId: 'progress-actuals',
    fileName: `f${n}.csv`,
    format: 'csv',
    encoding: 'utf-8',
    importedAt: new Date(2026, 0, n).toISOString(),
    text,
    labels: {},
    rowCount: 1,
  };
}

const ID = 'progress-actuals';
const stores: ReadonlyArray<[string, () => VersionStore]> = [
  ['IndexedDB', () => indexedDbStore(createStore(`cas-${String(Math.random())}`, 'versions'))],
  ['memory', memoryStore],
];

describe.each(stores)('%s store: compare-and-swap', (_name, make) => {
  it('refuses an apply whose base is no longer active, and writes nothing (two tabs)', async () => {
    const store = make();
    const b = version('tab B');
    await store.add(b, null);
    const before = await store.read(ID);
    await expect(store.add(version('tab A'), null)).rejects.toBeInstanceOf(BaseChangedError);
    expect(await store.read(ID)).toEqual(before);
  });

  it('applies when the base is still active', async () => {
    const store = make();
    const a = version('a');
    await store.add(a, null);
    const b = version('b');
    await store.add(b, a.id);
    expect((await store.read(ID)).active).toBe(b.id);
  });

  it('refuses an undo when another change came after the import, leaving that change', async () => {
    const store = make();
    const mine = version('mine');
    await store.add(mine, null);
    const theirs = version('theirs');
    await store.add(theirs, mine.id);
    await expect(store.activate(ID, null, mine.id)).rejects.toBeInstanceOf(BaseChangedError);
    expect((await store.read(ID)).active).toBe(theirs.id);
  });

  it('never prunes the version an undo goes back to (restore the oldest, import again)', async () => {
    const store = make();
    const all = Array.from({ length: MAX_VERSIONS }, (_, i) => version(String(i)));
    let active: string | null = null;
    for (const v of all) {
      await store.add(v, active);
      active = v.id;
    }
    const oldest = all[0]!;
    await store.activate(ID, oldest.id, active);
    const next = version('next');
    const dropped = versionsDroppedBy(await store.read(ID), next);
    expect(dropped.map((v) => v.id)).toEqual([all[1]!.id]);
    await store.add(next, oldest.id);
    const read = await store.read(ID);
    expect(read.versions.map((v) => v.id)).toContain(oldest.id);
    expect(read.versions).toHaveLength(MAX_VERSIONS);
    await store.activate(ID, oldest.id, next.id);
    expect((await store.read(ID)).active).toBe(oldest.id);
  });
});

describe('a store that never answers (finding 10)', () => {
  it('opening falls back to memory after the timeout instead of waiting forever', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
    const store = await openVersionStore(50);
    expect(store.persistent).toBe(false);
    expect(store.trouble).toBe('timeout');
    vi.restoreAllMocks();
  });
});
