/**
 * ─── PLACE FOR THE WALL-SCREEN SOAK ───────────────────────────────────────────────────────────
 * Wall mode (the rotating full-screen views) is not built yet. When it is, measure it here
 * against the served app — e.g. rotate the views for a fixed time in Chromium and report the
 * JS heap and DOM node count at the start and the end, and the slowest rotation step — and
 * return the figures as BenchResult rows. Until then the bench prints "not built yet".
 */
import { placeholder, type BenchResult } from './result';

export function measureWallSoak(): BenchResult[] {
  return [placeholder('wall-soak', 'not built yet (wall mode does not exist)')];
}
