/**
 * Before a target's period ends: is the trend good enough? Open SDG's published progress measure
 * (sdg-build `ProgressMeasure.py`, after Statistics Canada and Eurostat):
 *
 *   R = d × CAGR_observed / |CAGR_required|,  CAGR(a → b over n years) = (b / a)^(1/n) − 1
 *
 * with d = +1 when higher is better and −1 when lower is better. R ≥ 0.95 on track, 0.6 ≤ R < 0.95
 * moderate (Open SDG: "needs acceleration"), R < 0.6 off track (Open SDG's "limited progress" and
 * "deterioration" together). Where a growth rate is undefined (a baseline, target or latest value
 * ≤ 0, as in 瞒报率为 0) the straight-line path is used instead: R = d × observed yearly change /
 * |required yearly change| — Open SDG substitutes 0.001 for a zero, which makes any R meaningless.
 *
 * The one implementation of the measure: the verdict engine and the progress chart's model
 * (src/charts/progress/progress-model.ts) both call it. `away` keeps Open SDG's "deterioration" (the
 * value moving away from the target) for the views that show it apart from "limited progress".
 */

export interface YearValue {
  readonly year: number;
  readonly value: number;
}

export type TrendStatus = 'on-track' | 'moderate' | 'off-track';

export const TREND_THRESHOLDS = { onTrack: 0.95, moderate: 0.6 } as const;

export interface Trend {
  readonly method: 'cagr' | 'linear';
  /** Open SDG's R; null when the base already sits on a strict target (nothing to divide by). */
  readonly ratio: number | null;
  readonly status: TrendStatus;
  /** The latest value moved away from the target (R < 0): Open SDG's "deterioration". */
  readonly away: boolean;
}

export function trendStatusOf(ratio: number): TrendStatus {
  if (ratio >= TREND_THRESHOLDS.onTrack) return 'on-track';
  return ratio >= TREND_THRESHOLDS.moderate ? 'moderate' : 'off-track';
}

/** Trend from a base to the latest value, against the path from the base to the aim. */
export function measureTrend(base: YearValue, latest: YearValue, aim: YearValue, direction: 'increase' | 'decrease'): Trend | null {
  if (aim.year <= base.year || latest.year <= base.year) return null;
  const method = base.value > 0 && latest.value > 0 && aim.value > 0 ? 'cagr' : 'linear';
  const rate = (to: YearValue): number => (method === 'cagr'
    ? (to.value / base.value) ** (1 / (to.year - base.year)) - 1
    : (to.value - base.value) / (to.year - base.year));
  const observed = (direction === 'increase' ? 1 : -1) * rate(latest);
  const required = Math.abs(rate(aim));
  // Base exactly at a strict target (30 vs 超过 30): no required rate to divide by.
  if (required === 0) return { method, ratio: null, status: observed > 0 ? 'on-track' : 'off-track', away: observed < 0 };
  const ratio = observed / required;
  return { method, ratio, status: trendStatusOf(ratio), away: ratio < 0 };
}

/**
 * A cumulative target part-way: the years reported so far, extrapolated at their average over
 * the whole period, against the target, with the same thresholds (R = projected total / target).
 */
export function cumulativeTrend(sumSoFar: number, yearsReported: number, yearsInPeriod: number, target: number): Trend | null {
  if (yearsReported <= 0 || target <= 0) return null;
  const ratio = (sumSoFar / yearsReported) * yearsInPeriod / target;
  return { method: 'linear', ratio, status: trendStatusOf(ratio), away: false };
}
