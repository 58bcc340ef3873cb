/**
 * The one authoritative base of an import: each table as it is stored and served now — the
 * active version in this browser's store, else the served file, read fresh (not whatever the
 * page's query cache happens to hold, which is nothing for a view that never loaded the table).
 * The preview is computed against it and remembers it; apply, undo and restore are
 * compare-and-swap against it (`version-store.ts`), and publishing sends its ETag as If-Match.
 */
import { decodeBytes } from '../data/decode';
import { allDatasets } from '../data/registry';
import type { DatasetId, DatasetSpec } from '../data/schema';
import { versionStore } from './data-store';
import { contentHash } from '../data/content-hash';
import { readServedFile } from './served-file';
import { withTimeout } from './timeout';
import { activeVersion, type DatasetVersions } from './version-store';

/** What an import was previewed against. Exported for publish: `served.etag` is its If-Match. */
export interface ImportBase {
  readonly datasetId: DatasetId;
  /** Active version id in this browser's store; null = the served file is drawn. */
  readonly active: string | null;
  /** The served file as read for the preview (null when a stored version is active or it failed). */
  readonly served: { readonly etag: string | null; readonly hash: string } | null;
  readonly versions: DatasetVersions;
}

export interface ImportBases {
  /** Each table's text as the worker compares against (null: none readable — an empty base). */
  readonly tables: Partial<Record<DatasetId, string>>;
  readonly bases: Partial<Record<DatasetId, ImportBase>>;
}

export const BASE_READ_TIMEOUT_MS = 5000;

async function baseOf(id: DatasetId, file: string): Promise<{ text: string | null; base: ImportBase }> {
  const store = await versionStore();
  const versions = await withTimeout(store.read(id), BASE_READ_TIMEOUT_MS);
  const active = activeVersion(versions);
  if (active)
    return { text: active.text, base: { datasetId: id, active: active.id, served: null, versions } };
  const served = await readServedFile(file);
  if (!served.ok) return { text: null, base: { datasetId: id, active: null, served: null, versions } };
  const decoded = decodeBytes(served.bytes);
  const base: ImportBase = {
    datasetId: id,
    active: null,
    served: { etag: served.etag, hash: contentHash(served.bytes) },
    versions,
  };
  return { text: decoded.ok ? decoded.text : null, base };
}

/** One table's base: a table the catalog does not list yet (a new plan) is read the same way. */
export async function loadBase(spec: DatasetSpec): Promise<ImportBase> {
  return (await baseOf(spec.id, spec.file)).base;
}

/** Every table's base, read in parallel (the served files are small; the store is one read each). */
export async function loadBases(): Promise<ImportBases> {
  const entries = await Promise.all(
    allDatasets().map(async (spec) => [spec.id, await baseOf(spec.id, spec.file)] as const),
  );
  const tables: Partial<Record<DatasetId, string>> = {};
  const bases: Partial<Record<DatasetId, ImportBase>> = {};
  for (const [id, { text, base }] of entries) {
    if (text !== null) tables[id] = text;
    bases[id] = base;
  }
  return { tables, bases };
}
