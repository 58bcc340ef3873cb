/**
 * Loading a dataset only through these query-option factories: the embedded default data is
 * fetched from the served data/ folder and goes through the same pipeline as every imported file.
 */
import { queryOptions } from '@tanstack/react-query';
import { errorsOf, type ValidationIssue } from '../data/issues';
import { isAccepted, loadCsvBytes, loadCsvText, type LoadResult } from '../data/pipeline';
import { existingVersionStore } from '../import/data-store';
import { readServedFile } from '../import/served-file';
import { reportStorageTrouble } from '../import/storage-status';
import { StorageTimeoutError, withTimeout } from '../import/timeout';
import { activeVersion, type StoredVersion } from '../import/version-store';
import { datasetSpec } from '../data/registry';
import { rowsSeen, servedConcerns, type ServedConcern } from '../data/served-concerns';
import type { DatasetId, DatasetSpec } from '../data/schema';
import { loadBundled } from './embedded-data';
import { measureSince, timeStart } from '../import/timing';

export class DatasetLoadError extends Error {
  /**
   * The copy bundled with the app, for a first read that failed: drawn with a banner instead of
   * an error panel (see embedded-data.ts). Unset when a stored import failed or none is bundled.
   */
  fallback?: LoadedDataset;

  constructor(
    readonly file: string,
    readonly issues: readonly ValidationIssue[],
  ) {
    const first = errorsOf(issues)[0];
    super(first ? `${file}:${first.line}:${first.column} ${first.message_zh}` : `${file}: 无法加载`);
    this.name = 'DatasetLoadError';
  }
}

/** Which copy of a dataset a view draws from: the served file, or an import of this browser. */
export type DataVersion =
  | { readonly kind: 'embedded'; readonly file: string }
  | {
      readonly kind: 'imported';
      readonly fileName: string;
      readonly importedAt: string;
      readonly versionId: string;
    };

export interface LoadedDataset extends LoadResult {
  readonly spec: DatasetSpec;
  readonly version: DataVersion;
  /** A served file drawn although its totals fail or it lost rows read before (named in a banner). */
  readonly concerns?: readonly ServedConcern[];
}

/**
 * Every row this page has read of each served file: a re-read without some of them is named until
 * they come back (a wall runs for days; a half-copied file must not drop counties unnoticed).
 */
const seenByFile = new Map<string, Map<string, string>>();

function withConcerns(spec: DatasetSpec, result: LoadResult): readonly ServedConcern[] {
  const seen = seenByFile.get(spec.file) ?? null;
  const concerns = servedConcerns(spec, result, seen);
  const union = new Map(seen ?? []);
  for (const [key, label] of rowsSeen(spec, result)) union.set(key, label);
  seenByFile.set(spec.file, union);
  return concerns;
}

/**
 * A served file that does not arrive in this time counts as failed (the bundled copy or the last
 * good read is shown): a stalled server must not leave a view or a wall slide loading forever.
 */
export const SERVED_FETCH_TIMEOUT_MS = 8_000;

async function fetchServed(spec: DatasetSpec, signal: AbortSignal): Promise<LoadedDataset> {
  const served = await readServedFile(
    spec.file,
    AbortSignal.any([signal, AbortSignal.timeout(SERVED_FETCH_TIMEOUT_MS)]),
  );
  if (!served.ok) throw new DatasetLoadError(spec.file, [served.issue]);
  const start = timeStart();
  const result = loadCsvBytes(served.bytes, { datasetId: spec.id });
  measureSince(`tb:pipeline:${spec.id}`, start);
  if (!isAccepted(result)) throw new DatasetLoadError(spec.file, result.issues);
  const concerns = withConcerns(spec, result);
  return {
    ...result,
    spec,
    version: { kind: 'embedded', file: spec.file },
    ...(concerns.length > 0 ? { concerns } : {}),
  };
}

function loadStored(spec: DatasetSpec, version: StoredVersion): LoadedDataset {
  const result = loadCsvText(version.text, 'utf-8', { datasetId: spec.id });
  // Stored text passed validation when it was applied; failing now means a newer app changed the
  // rules. Say so rather than draw a half table.
  if (!isAccepted(result)) throw new DatasetLoadError(version.fileName, result.issues);
  const imported: DataVersion = {
    kind: 'imported',
    fileName: version.fileName,
    importedAt: version.importedAt,
    versionId: version.id,
  };
  return { ...result, columnLabels: { ...result.columnLabels, ...version.labels }, spec, version: imported };
}

/** How long a view waits for this browser's store before drawing the served data instead. */
export const STORE_READ_TIMEOUT_MS = 4000;

/**
 * The active import, or null. A store that does not answer in time (a stuck profile) is given
 * up on: the served data is drawn and the storage notice says imports are not shown.
 */
async function activeOrTimeout(id: DatasetId): Promise<StoredVersion | null> {
  try {
    const store = await existingVersionStore();
    if (store === null) return null;
    if (store.trouble === 'timeout') reportStorageTrouble('timeout');
    return activeVersion(await withTimeout(store.read(id), STORE_READ_TIMEOUT_MS));
  } catch (error) {
    if (!(error instanceof StorageTimeoutError)) throw error;
    reportStorageTrouble('timeout');
    return null;
  }
}

async function fetchDataset(id: DatasetId, signal: AbortSignal): Promise<LoadedDataset> {
  const start = timeStart();
  const loaded = await readDataset(id, signal);
  measureSince(`tb:dataset:${id}`, start);
  return loaded;
}

async function readDataset(id: DatasetId, signal: AbortSignal): Promise<LoadedDataset> {
  const spec = datasetSpec(id);
  // The served file is fetched while IndexedDB is read, not after: the first chart should not
  // wait for two round trips. An active import wins; then the fetch's outcome, even a failure
  // (a broken served file), does not matter.
  const served = fetchServed(spec, signal).then(
    (dataset) => ({ ok: true, dataset }) as const,
    (error: unknown) => ({ ok: false, error }) as const,
  );
  const active = await activeOrTimeout(id);
  if (active) return loadStored(spec, active);
  const result = await served;
  if (result.ok) return result.dataset;
  throw await withFallback(spec, result.error);
}

/** The served file's failure as a DatasetLoadError carrying the bundled copy, when there is one. */
async function withFallback(spec: DatasetSpec, error: unknown): Promise<unknown> {
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  const failure = error instanceof DatasetLoadError ? error : new DatasetLoadError(spec.file, []);
  const bundled = await loadBundled(spec);
  if (bundled) failure.fallback = { ...bundled, spec, version: { kind: 'embedded', file: spec.file } };
  return failure;
}

/**
 * What a view draws from one query: its data (the last good read, kept through failed re-reads),
 * else the bundled copy a failed first read carries, else nothing yet.
 */
export function shownData(result: {
  readonly data?: LoadedDataset;
  readonly error: Error | null;
}): LoadedDataset | undefined {
  return result.data ?? (result.error instanceof DatasetLoadError ? result.error.fallback : undefined);
}

export function datasetQuery(id: DatasetId) {
  return queryOptions({
    queryKey: ['dataset', id] as const,
    queryFn: ({ signal }) => fetchDataset(id, signal),
    staleTime: Infinity,
    // Trying again is for a network blip; a file that failed with the bundled copy to show is
    // shown that way at once (the next refresh reads the file again anyway).
    retry: (failures: number, error: Error) =>
      failures < 1 && !(error instanceof DatasetLoadError && error.fallback !== undefined),
  });
}
