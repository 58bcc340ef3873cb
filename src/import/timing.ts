/**
 * User Timing measures on the way to the first chart (the version store opening, each dataset's
 * pipeline): `npm run bench` reads them to attribute the first chart's time, and DevTools shows
 * them in a recorded profile. Marks cost microseconds; a page without User Timing skips them.
 */
export function timeStart(): number {
  return typeof performance === 'undefined' ? 0 : performance.now();
}

export function measureSince(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // No User Timing Level 3 here (an old browser or a test environment): nothing to record.
  }
}
