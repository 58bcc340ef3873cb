/**
 * Whether this browser's store let the app down (did not answer in time): the app then draws
 * the served data, and a notice says so — nothing waits forever on "正在加载…".
 */
import type { StoreTrouble } from './version-store';

let trouble: StoreTrouble | null = null;
const listeners = new Set<() => void>();

export function reportStorageTrouble(next: StoreTrouble): void {
  if (trouble === next) return;
  trouble = next;
  for (const listener of listeners) listener();
}

export function storageTrouble(): StoreTrouble | null {
  return trouble;
}

export function subscribeStorageTrouble(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
