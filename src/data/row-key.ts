/** A row's identity by its dataset's key columns (region; or code, zone and period; …). */
import type { TypedRow } from './schema';

/** U+0000 cannot occur in a typed cell, so it separates key parts unambiguously. */
export function rowKey(keys: readonly string[], row: TypedRow): string {
  let key = '';
  for (const k of keys) key += `${String(row.values[k] ?? '')}\u0000`;
  return key;
}

/** The key as people read it: 宾县, or grain_output / 2022. */
export function rowLabel(keys: readonly string[], row: TypedRow): string {
  return keys.map((k) => row.values[k] ?? '').filter((v) => v !== '').join(' / ');
}
