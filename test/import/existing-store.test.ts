/**
 * The first chart does not open IndexedDB on a browser that never imported: the version store is
 * read only when its database exists or this page opened it (src/import/data-store.ts).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_NAME, versionDatabaseListed } from '../../src/import/version-store';

async function freshDataStore(): Promise<typeof import('../../src/import/data-store')> {
  vi.resetModules();
  return import('../../src/import/data-store');
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

// No database is deleted between tests (idb-keyval keeps its connection open, which blocks a
// delete): the tests run in order, those needing no database first.
afterEach(() => {
  vi.restoreAllMocks();
});

describe('versionDatabaseListed', () => {
  it('says "may" when listing is missing, refused or never answers', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('refused'));
    expect(await versionDatabaseListed()).toBe(true);
    vi.spyOn(indexedDB, 'databases').mockReturnValue(new Promise(() => undefined));
    expect(await versionDatabaseListed(20)).toBe(true);
  });

  it('lists ours only when it exists', async () => {
    expect(await versionDatabaseListed()).toBe(false);
    vi.spyOn(indexedDB, 'databases').mockResolvedValue([
      { name: 'other', version: 1 },
      { name: DATABASE_NAME, version: 1 },
    ]);
    expect(await versionDatabaseListed()).toBe(true);
  });
});

describe('existingVersionStore', () => {
  it('on a browser with no version database: null, and nothing is created', async () => {
    const { existingVersionStore } = await freshDataStore();
    expect(await existingVersionStore()).toBeNull();
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
  });

  it('once the database exists (an import in this or another tab): the store, reading what was stored', async () => {
    const first = await freshDataStore();
    const store = await first.versionStore();
    await store.add({
      id: 'v1',
      datasetId: 'ip-indicators',
      fileName: 'ip.csv',
      format: 'csv',
      encoding: 'utf-8',
      importedAt: '2026-12-01T00:00:00Z',
      text: 'x',
      labels: {},
      rowCount: 1,
    });
    const second = await freshDataStore();
    const found = await second.existingVersionStore();
    expect(found).not.toBeNull();
    expect((await found?.read('ip-indicators'))?.active).toBe('v1');
  });

  it('a store this page opened is read even when IndexedDB lists no database (a memory store)', async () => {
    const { existingVersionStore, setVersionStoreForTests } = await freshDataStore();
    const { memoryStore } = await import('../../src/import/version-store');
    const memory = memoryStore();
    setVersionStoreForTests(memory);
    expect(await existingVersionStore()).toBe(memory);
  });
});
