/**
 * The one place the app changes what data it draws: apply an import, restore an older version,
 * reset to the default. Each change is one store transaction, then an announcement that every
 * open tab of this browser (wall screen included) hears and answers by reloading that dataset.
 */
import { canApply } from '../data/import/can-apply';
import type { ImportPlan, ImportPreview } from '../data/import/import-plan';
import type { DatasetId } from '../data/schema';
import { measureSince, timeStart } from './timing';
import { withTimeout } from './timeout';
import {
  openVersionStore,
  versionDatabaseListed,
  type StoredVersion,
  type VersionStore,
} from './version-store';

let store: Promise<VersionStore> | null = null;

export function versionStore(): Promise<VersionStore> {
  if (store === null) {
    const start = timeStart();
    store = openVersionStore();
    store.then(
      () => {
        measureSince('tb:store-open', start);
      },
      () => undefined,
    );
  }
  return store;
}

/**
 * The version store when this browser may hold imports, else null without opening anything:
 * a page that has not opened the store yet and whose IndexedDB has no version database draws
 * the served data at once. A store opened in this page (the dialog, an apply — possibly a
 * memory store where IndexedDB is refused) is always the one read.
 */
export async function existingVersionStore(): Promise<VersionStore | null> {
  if (store !== null) return store;
  if (await versionDatabaseListed()) return versionStore();
  return opened();
}

/** The store if this page has opened it by now (another call may have, while a listing ran). */
function opened(): Promise<VersionStore> | null {
  return store;
}

/** For tests: start again with a given store. */
export function setVersionStoreForTests(next: VersionStore): void {
  store = Promise.resolve(next);
}

const CHANNEL = 'target-board-data';
const local = new EventTarget();

interface ChangeMessage {
  readonly datasetId: DatasetId;
}

function isChangeMessage(value: unknown): value is ChangeMessage {
  return (
    typeof value === 'object' && value !== null && 'datasetId' in value && typeof value.datasetId === 'string'
  );
}

function announce(datasetId: DatasetId): void {
  local.dispatchEvent(new CustomEvent<ChangeMessage>('change', { detail: { datasetId } }));
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ datasetId } satisfies ChangeMessage);
  channel.close();
}

/** Calls back with the dataset id on every change, in this tab or another; returns the unsubscribe. */
export function subscribeDataChanges(onChange: (id: DatasetId) => void): () => void {
  const onLocal = (event: Event): void => {
    if (event instanceof CustomEvent && isChangeMessage(event.detail)) onChange(event.detail.datasetId);
  };
  local.addEventListener('change', onLocal);
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  if (channel)
    channel.onmessage = (event: MessageEvent) => {
      if (isChangeMessage(event.data)) onChange(event.data.datasetId);
    };
  return () => {
    local.removeEventListener('change', onLocal);
    channel?.close();
  };
}

function versionId(now: Date): string {
  // Not crypto.randomUUID: intranet pages over plain http are not a secure context.
  return `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function versionOf(plan: ImportPlan | ImportPreview, now: Date): StoredVersion | null {
  if (!plan.dataset || !plan.next || !canApply(plan)) return null;
  return {
    id: versionId(now),
    datasetId: plan.dataset.id,
    fileName: plan.fileName,
    format: plan.format,
    encoding: plan.encoding,
    importedAt: now.toISOString(),
    text: plan.next.text,
    labels: plan.next.labels,
    rowCount: plan.next.rowCount,
  };
}

/** A write that does not answer is given up: the user is told, and nothing is assumed written. */
export const WRITE_TIMEOUT_MS = 10_000;

/**
 * Stores the import as the active version — only if `base` (the version active when the preview
 * was computed; null = the served file) is still active. Otherwise BaseChangedError and nothing
 * written; the caller previews again. `undefined` skips the check (tests, scripts).
 */
export async function applyImport(
  plan: ImportPlan | ImportPreview,
  base?: string | null,
  now = new Date(),
): Promise<StoredVersion> {
  const version = versionOf(plan, now);
  if (!version) throw new Error('this import has errors and cannot be applied');
  await withTimeout((await versionStore()).add(version, base), WRITE_TIMEOUT_MS);
  announce(version.datasetId);
  return version;
}

/**
 * Draw an older import again, or (null) the embedded/served default — only if `expected` is the
 * active version still (undo: "put back what this import replaced" only while it is active).
 */
export async function restoreVersion(
  datasetId: DatasetId,
  id: string | null,
  expected?: string | null,
): Promise<void> {
  await withTimeout((await versionStore()).activate(datasetId, id, expected), WRITE_TIMEOUT_MS);
  announce(datasetId);
}

export type Persistence = 'granted' | 'denied' | 'unsupported';

/** Ask the browser not to evict imported data under storage pressure (needs a secure context). */
export async function requestPersistence(): Promise<Persistence> {
  if (
    typeof navigator === 'undefined' ||
    !('storage' in navigator) ||
    typeof navigator.storage.persist !== 'function'
  )
    return 'unsupported';
  try {
    return (await navigator.storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}
