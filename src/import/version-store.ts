/**
 * Imported versions of each dataset, kept in IndexedDB (idb-keyval) so they survive reloads:
 * the last MAX_VERSIONS per dataset, and which one is active (none = the embedded default).
 * Each dataset is one record {active, versions}, and every change is one `update` — a single
 * readwrite transaction — so an apply is all in or not at all, even if the tab closes mid-way.
 * Where IndexedDB is unavailable (private windows, locked-down browsers) the same interface runs
 * in memory and says so.
 */
import { createStore, get, update, type UseStore } from 'idb-keyval';
import type { TextEncodingName } from '../data/decode';
import type { FileFormat } from '../data/import/import-plan';
import type { HeaderLabels } from '../data/import/table-csv';
import type { DatasetId } from '../data/schema';

export const MAX_VERSIONS = 10;

export interface StoredVersion {
  readonly id: string;
  readonly datasetId: DatasetId;
  readonly fileName: string;
  readonly format: FileFormat;
  readonly encoding: TextEncodingName | null;
  /** ISO time of the import. */
  readonly importedAt: string;
  /** The whole table after the import, in the app's CSV layout. */
  readonly text: string;
  readonly labels: HeaderLabels;
  readonly rowCount: number;
}

export interface DatasetVersions {
  /** Id of the version views draw from; null = the embedded (or served) default. */
  readonly active: string | null;
  /** Newest first. */
  readonly versions: readonly StoredVersion[];
}

export interface VersionStore {
  readonly persistent: boolean;
  read(id: DatasetId): Promise<DatasetVersions>;
  /** Adds the version and makes it active, in one transaction. */
  add(version: StoredVersion): Promise<void>;
  /** Restore an older version (or null: back to the default). */
  activate(id: DatasetId, versionId: string | null): Promise<void>;
}

const EMPTY: DatasetVersions = { active: null, versions: [] };

function withAdded(current: DatasetVersions | undefined, version: StoredVersion): DatasetVersions {
  const versions = [version, ...(current?.versions ?? []).filter((v) => v.id !== version.id)].slice(0, MAX_VERSIONS);
  return { active: version.id, versions };
}

function withActive(current: DatasetVersions | undefined, versionId: string | null): DatasetVersions {
  const base = current ?? EMPTY;
  if (versionId !== null && !base.versions.some((v) => v.id === versionId)) throw new Error(`no version ${versionId}`);
  return { ...base, active: versionId };
}

function keyOf(id: DatasetId): string {
  return `dataset:${id}`;
}

export function indexedDbStore(store: UseStore = createStore('target-board', 'versions')): VersionStore {
  return {
    persistent: true,
    read: async (id) => (await get<DatasetVersions>(keyOf(id), store)) ?? EMPTY,
    add: (version) => update<DatasetVersions>(keyOf(version.datasetId), (current) => withAdded(current, version), store),
    activate: (id, versionId) => update<DatasetVersions>(keyOf(id), (current) => withActive(current, versionId), store),
  };
}

export function memoryStore(): VersionStore {
  const data = new Map<DatasetId, DatasetVersions>();
  // A refusal is a rejected promise, as with IndexedDB, not a synchronous throw.
  const later = <T>(work: () => T): Promise<T> => Promise.resolve().then(work);
  return {
    persistent: false,
    read: (id) => later(() => data.get(id) ?? EMPTY),
    add: (version) => later(() => { data.set(version.datasetId, withAdded(data.get(version.datasetId), version)); }),
    activate: (id, versionId) => later(() => { data.set(id, withActive(data.get(id), versionId)); }),
  };
}

/**
 * IndexedDB if it opens and reads, else memory (Firefox private mode and some locked-down
 * browsers refuse to open it). A read, not a write: this runs before the first chart.
 */
export async function openVersionStore(): Promise<VersionStore> {
  if (typeof indexedDB === 'undefined') return memoryStore();
  try {
    const store = createStore('target-board', 'versions');
    await get('probe', store);
    return indexedDbStore(store);
  } catch {
    return memoryStore();
  }
}

export function activeVersion(versions: DatasetVersions): StoredVersion | null {
  return versions.versions.find((v) => v.id === versions.active) ?? null;
}
