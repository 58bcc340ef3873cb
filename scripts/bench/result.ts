/**
 * The one shape every benchmark module returns, and the statistics they share. A figure with a
 * goal says whether it met it (`pass`); a figure that cannot be measured yet carries `value: null`
 * and a `note` ("pending", "not built yet") so the table and the JSON keep a row for it.
 */

export interface BenchResult {
  /** Stable key, e.g. `first-chart.counties.ratio`; the JSON is compared by it across runs. */
  readonly name: string;
  readonly value: number | null;
  /** `kB`, `ms`, `×`, `rows/s`… */
  readonly unit: string;
  /** Human-readable goal, e.g. `≤ 300`. */
  readonly goal?: string;
  readonly pass?: boolean;
  /** How many measurements the value summarises (median or p95 of `runs`). */
  readonly runs?: number;
  /** What the value is, or why there is none. */
  readonly note?: string;
}

/** `q`-quantile by the nearest-rank method (p95 of 20 runs is the 19th smallest). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Median as the mean of the two middle values when the count is even. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A figure with an upper bound as its goal (sizes, times, ratios). */
export function atMost(
  name: string,
  value: number,
  unit: string,
  limit: number,
  extra: Partial<BenchResult> = {},
): BenchResult {
  return { name, value, unit, goal: `≤ ${limit}`, pass: value <= limit, ...extra };
}

/** A figure with a lower bound as its goal (throughput). */
export function atLeast(
  name: string,
  value: number,
  unit: string,
  limit: number,
  extra: Partial<BenchResult> = {},
): BenchResult {
  return { name, value, unit, goal: `≥ ${limit}`, pass: value >= limit, ...extra };
}

/** A row for a figure that has nothing to measure yet. */
export function placeholder(name: string, note: string, goal?: string): BenchResult {
  return goal === undefined
    ? { name, value: null, unit: '', note }
    : { name, value: null, unit: '', goal, note };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Narrows what another module (e.g. one loaded dynamically) returned to BenchResult rows. */
export function isBenchResult(value: unknown): value is BenchResult {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    (typeof value.value === 'number' || value.value === null) &&
    typeof value.unit === 'string'
  );
}
