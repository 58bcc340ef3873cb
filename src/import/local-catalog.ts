/**
 * Plans added by import in this browser ("新增规划"): their catalog documents, kept in IndexedDB
 * beside the table versions (the table itself is a version like any import). Where IndexedDB is
 * not available they live in memory, as imports do.
 */
import { CATALOG_DATABASE } from './database-names';
import { createStore, get, update, type UseStore } from 'idb-keyval';
import type { CatalogDocument } from '../data/catalog/catalog-schema';

const KEY = 'catalog:local';
let memory: readonly CatalogDocument[] = [];
let store: UseStore | null = null;

function idb(): UseStore | null {
  if (typeof indexedDB === 'undefined') return null;
  store ??= createStore(CATALOG_DATABASE, 'documents');
  return store;
}

export async function localPlans(): Promise<readonly CatalogDocument[]> {
  const s = idb();
  if (!s) return memory;
  try {
    return (await get<readonly CatalogDocument[]>(KEY, s)) ?? [];
  } catch {
    return memory;
  }
}

/** Adds or replaces (by id) a plan's document, in one transaction. */
export async function saveLocalPlan(document: CatalogDocument): Promise<void> {
  const merge = (list: readonly CatalogDocument[] | undefined): CatalogDocument[] => [
    ...(list ?? []).filter((d) => d.id !== document.id),
    document,
  ];
  memory = merge(memory);
  const s = idb();
  if (!s) return;
  try {
    await update<readonly CatalogDocument[]>(KEY, merge, s);
  } catch {
    // Private windows refuse IndexedDB: the plan stays in memory for this page, as imports do.
  }
}
