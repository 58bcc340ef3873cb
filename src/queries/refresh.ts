/**
 * How often open screens re-read their data (the served data/ folder, where staff replace files,
 * and this browser's imports): `?refresh=<seconds>`, default one minute, `refresh=0` to stop.
 * A re-read that finds the same content changes nothing on screen (react-query keeps the same
 * objects), so frequent refreshes cost a request, not a redraw.
 */
export const DEFAULT_REFRESH_SECONDS = 60;
const MIN_SECONDS = 2;
const MAX_SECONDS = 24 * 60 * 60;

export function refreshIntervalMs(search: string): number | false {
  const raw = new URLSearchParams(search).get('refresh');
  if (raw === null || raw.trim() === '') return DEFAULT_REFRESH_SECONDS * 1000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds)) return DEFAULT_REFRESH_SECONDS * 1000;
  if (seconds <= 0) return false;
  return Math.round(Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, seconds)) * 1000);
}
