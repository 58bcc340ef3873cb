/**
 * Imported versions of each dataset, kept in IndexedDB (idb-keyval) so they survive reloads:
 * the last MAX_VERSIONS per dataset, and which one is active (none = the embedded default).
 * Each dataset is one record {active, versions}, and every change is one `update` — a single
 * readwrite transaction — so an apply is all in or not at all, even if the tab closes mid-way.
 * Where IndexedDB is unavailable (private windows, locked-down browsers) the same interface runs
 * in memory and says so.
 *
 * Every change is compare-and-swap: the caller says which version it expects active (its base),
 * and the check runs inside that same transaction, so a change from another tab between a
 * preview and its apply makes the apply write nothing (BaseChangedError) instead of losing the
 * other change. Pruning keeps the version that was active before an add: the undo target.
 */
import { VERSION_DATABASE } from './database-names';
import { createStore, get, update, type UseStore } from 'idb-keyval';
import type { TextEncodingName } from '../data/decode';
import type { FileFormat } from '../data/import/import-plan';
import type { HeaderLabels } from '../data/import/table-csv';
import type { DatasetId } from '../data/schema';
import { StorageTimeoutError, withTimeout } from './timeout';

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

/** Why the store is not IndexedDB: refused to open (private mode) or did not answer in time. */
export type StoreTrouble = 'unavailable' | 'timeout';

export interface VersionStore {
  readonly persistent: boolean;
  readonly trouble?: StoreTrouble;
  read(id: DatasetId): Promise<DatasetVersions>;
  /**
   * Adds the version and makes it active, in one transaction — only if `expectedActive` (the
   * base the import was previewed against; undefined: no check) is still the active one.
   */
  add(version: StoredVersion, expectedActive?: string | null): Promise<void>;
  /** Restore an older version (or null: back to the default), on the same condition. */
  activate(id: DatasetId, versionId: string | null, expectedActive?: string | null): Promise<void>;
}

/** The base changed since the caller looked: nothing was written. */
export class BaseChangedError extends Error {
  constructor(
    readonly expected: string | null,
    readonly actual: string | null,
  ) {
    super(`the active version changed (expected ${expected ?? 'default'}, found ${actual ?? 'default'})`);
    this.name = 'BaseChangedError';
  }
}

/** The version to restore is no longer kept: nothing was written. */
export class VersionMissingError extends Error {
  constructor(readonly versionId: string) {
    super(`no version ${versionId}`);
    this.name = 'VersionMissingError';
  }
}

const EMPTY: DatasetVersions = { active: null, versions: [] };

function checkBase(current: DatasetVersions, expected: string | null | undefined): void {
  if (expected !== undefined && current.active !== expected)
    throw new BaseChangedError(expected, current.active);
}

/** The versions kept after adding `version`: newest first, the one it replaces never dropped. */
function keptAfter(current: DatasetVersions, version: StoredVersion): StoredVersion[] {
  const others = current.versions.filter((v) => v.id !== version.id);
  const replaced = others.find((v) => v.id === current.active);
  const rest = others.filter((v) => v !== replaced).slice(0, MAX_VERSIONS - (replaced ? 2 : 1));
  const kept = new Set([version, ...(replaced ? [replaced] : []), ...rest]);
  return [version, ...others.filter((v) => kept.has(v))];
}

/** What adding `version` would prune: shown to the user before the apply. */
export function versionsDroppedBy(current: DatasetVersions, version: StoredVersion): StoredVersion[] {
  const kept = new Set(keptAfter(current, version));
  return current.versions.filter((v) => v.id !== version.id && !kept.has(v));
}

function withAdded(
  stored: DatasetVersions | undefined,
  version: StoredVersion,
  expected?: string | null,
): DatasetVersions {
  const current = stored ?? EMPTY;
  checkBase(current, expected);
  return { active: version.id, versions: keptAfter(current, version) };
}

function withActive(
  stored: DatasetVersions | undefined,
  versionId: string | null,
  expected?: string | null,
): DatasetVersions {
  const current = stored ?? EMPTY;
  checkBase(current, expected);
  if (versionId !== null && !current.versions.some((v) => v.id === versionId))
    throw new VersionMissingError(versionId);
  return { ...current, active: versionId };
}

function keyOf(id: DatasetId): string {
  return `dataset:${id}`;
}

export function indexedDbStore(store: UseStore = createStore(DATABASE_NAME, 'versions')): VersionStore {
  return {
    persistent: true,
    read: async (id) => (await get<DatasetVersions>(keyOf(id), store)) ?? EMPTY,
    // The updater runs inside idb-keyval's one readwrite transaction: a throw there puts nothing.
    add: (version, expected) =>
      update<DatasetVersions>(
        keyOf(version.datasetId),
        (current) => withAdded(current, version, expected),
        store,
      ),
    activate: (id, versionId, expected) =>
      update<DatasetVersions>(keyOf(id), (current) => withActive(current, versionId, expected), store),
  };
}

export function memoryStore(trouble: StoreTrouble = 'unavailable'): VersionStore {
  const data = new Map<DatasetId, DatasetVersions>();
  // A refusal is a rejected promise, as with IndexedDB, not a synchronous throw.
  const later = <T>(work: () => T): Promise<T> => Promise.resolve().then(work);
  return {
    persistent: false,
    trouble,
    read: (id) => later(() => data.get(id) ?? EMPTY),
    add: (version, expected) =>
      later(() => {
        data.set(version.datasetId, withAdded(data.get(version.datasetId), version, expected));
      }),
    activate: (id, versionId, expected) =>
      later(() => {
        data.set(id, withActive(data.get(id), versionId, expected));
      }),
  };
}

/** The IndexedDB database holding every import of this browser. */
export const DATABASE_NAME = VERSION_DATABASE;

/**
 * Whether this browser may hold imports: false only when IndexedDB lists its databases and ours
 * is not among them (a first visit, or a browser that never imported). Listing creates nothing;
 * opening would create the database in an upgrade transaction, which a cold first chart waited
 * for (`npm run bench -- --only first-chart-attribution`). Where listing is missing, slow or
 * refused, the answer is "may": the store is opened as before.
 */
export async function versionDatabaseListed(timeoutMs = LIST_TIMEOUT_MS): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    const databases = await withTimeout(indexedDB.databases(), timeoutMs);
    return databases.some((d) => d.name === DATABASE_NAME);
  } catch {
    return true;
  }
}

const LIST_TIMEOUT_MS = 1000;

/** How long opening IndexedDB may take before the app goes on without it. */
export const OPEN_TIMEOUT_MS = 4000;

/**
 * IndexedDB if it opens and reads, else memory (Firefox private mode and some locked-down
 * browsers refuse to open it; a stuck profile may never answer — then after `timeoutMs`). A
 * read, not a write: this runs before the first chart.
 */
export async function openVersionStore(timeoutMs = OPEN_TIMEOUT_MS): Promise<VersionStore> {
  if (typeof indexedDB === 'undefined') return memoryStore();
  try {
    const store = createStore(DATABASE_NAME, 'versions');
    await withTimeout(get('probe', store), timeoutMs);
    return indexedDbStore(store);
  } catch (error) {
    return memoryStore(error instanceof StorageTimeoutError ? 'timeout' : 'unavailable');
  }
}

export function activeVersion(versions: DatasetVersions): StoredVersion | null {
  return versions.versions.find((v) => v.id === versions.active) ?? null;
}
