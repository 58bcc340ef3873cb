import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import {
  activeVersion,
  indexedDbStore,
  MAX_VERSIONS,
  memoryStore,
  openVersionStore,
  type StoredVersion,
  type VersionStore,
} from '../../src/import/version-store';

let n = 0;
function version(
  text: string,
  datasetId: StoredVersion['datasetId'] = 'black-soil-allocation',
): StoredVersion {
  n += 1;
  return {
    id: `v${n}`,
    datasetId,
    fileName: `f${n}.csv`,
    format: 'csv',
    encoding: 'gb18030',
    importedAt: new Date(2026, 0, n).toISOString(),
    text,
    labels: {},
    rowCount: 1,
  };
}

const stores: ReadonlyArray<[string, () => VersionStore]> = [
  ['IndexedDB', () => indexedDbStore(createStore(`test-${String(Math.random())}`, 'versions'))],
  ['memory', memoryStore],
];

describe.each(stores)('%s version store', (_name, make) => {
  it('starts on the default (no active version)', async () => {
    const store = make();
    expect(await store.read('black-soil-allocation')).toEqual({ active: null, versions: [] });
  });

  it('makes an added version active, newest first, per dataset', async () => {
    const store = make();
    const a = version('a');
    const b = version('b');
    await store.add(a);
    await store.add(b);
    await store.add(version('other', 'credit-indicators'));
    const read = await store.read('black-soil-allocation');
    expect(read.versions.map((v) => v.id)).toEqual([b.id, a.id]);
    expect(activeVersion(read)?.text).toBe('b');
  });

  it('restores an older version and resets to the default without losing versions', async () => {
    const store = make();
    const a = version('a');
    await store.add(a);
    await store.add(version('b'));
    await store.activate('black-soil-allocation', a.id);
    expect(activeVersion(await store.read('black-soil-allocation'))?.text).toBe('a');
    await store.activate('black-soil-allocation', null);
    const reset = await store.read('black-soil-allocation');
    expect(activeVersion(reset)).toBeNull();
    expect(reset.versions).toHaveLength(2);
  });

  it(`keeps the last ${MAX_VERSIONS} versions`, async () => {
    const store = make();
    const all = Array.from({ length: MAX_VERSIONS + 3 }, (_, i) => version(String(i)));
    for (const v of all) await store.add(v);
    const read = await store.read('black-soil-allocation');
    expect(read.versions.map((v) => v.id)).toEqual(
      all
        .slice(-MAX_VERSIONS)
        .reverse()
        .map((v) => v.id),
    );
  });

  it('refuses to restore a version it does not have, leaving the state as it was', async () => {
    const store = make();
    const a = version('a');
    await store.add(a);
    await expect(store.activate('black-soil-allocation', 'nope')).rejects.toThrow();
    expect((await store.read('black-soil-allocation')).active).toBe(a.id);
  });
});

describe('opening the store', () => {
  it('uses IndexedDB where it exists', async () => {
    expect((await openVersionStore()).persistent).toBe(true);
  });

  it('falls back to memory when IndexedDB refuses to open (private mode)', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    try {
      const store = await openVersionStore();
      // The refusal was met (not some other path to a memory store) and the store still works.
      expect(open).toHaveBeenCalled();
      expect(store.persistent).toBe(false);
      await store.add(version('m'));
      expect(activeVersion(await store.read('black-soil-allocation'))?.text).toBe('m');
    } finally {
      open.mockRestore();
    }
    // Restored: the next open reaches IndexedDB again.
    expect((await openVersionStore()).persistent).toBe(true);
  });
});
