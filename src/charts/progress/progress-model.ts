/**
 * Progress of one indicator towards its target, by Open SDG's published progress measure as
 * src/data/assess/trend.ts computes it for the verdicts too (R, CAGR or the straight line where a
 * growth rate is undefined), with d = −1 when lower is better (低于, 以内, 为), so a falling
 * 重错码率 counts as progress. The latest value meeting the target is "achieved" whatever R is;
 * otherwise R ≥ 0.95 on track, 0.6 ≤ R < 0.95 needs acceleration, 0 ≤ R < 0.6 off track
 * (Open SDG: "limited progress"), R < 0 moving away (Open SDG: "deterioration").
 *
 * Departures from Open SDG:
 * - no plan baseline: the earliest actual serves as the base, as Open SDG does when the base
 *   year has no data (`baselineFromPlan` says so).
 * - 增加 targets are increments: the level asked for is baseline + value (or × (1 + value%)).
 * - a range target (水田 20–25 厘米) is met inside the range; otherwise aimed at the nearer bound.
 * As in Open SDG, the current value is the latest actual, or the baseline when there is none: a
 * baseline already meeting the target is "achieved"; otherwise no actual means "no-data".
 */
import { comparatorMeaning } from '../../data/comparators';
import { indicatorLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import { measureTrend, trendStatusOf, type Trend, type YearValue } from '../../data/assess/trend';
import type { NormalizedRecord } from '../../data/schema';
import { indicatorDecimals } from '../format-indicator';

export type { YearValue } from '../../data/assess/trend';

export type ProgressStatus =
  'achieved' | 'on-track' | 'needs-acceleration' | 'off-track' | 'moving-away' | 'no-data';

export interface PathPoint {
  readonly year: number;
  readonly linear: number;
  /** null when baseline or target ≤ 0: no constant growth rate leads from one to the other. */
  readonly constantGrowth: number | null;
}

type Direction = 'increase' | 'decrease';

export interface ProgressTarget extends YearValue {
  /** The figure as printed (the increment for 增加 targets); `value` is the level it asks for. */
  readonly printed: number;
  readonly upper?: number;
  readonly comparator?: string;
}

export interface ProgressModel {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly decimals: number;
  readonly direction: Direction;
  /** Where the path starts: the plan's baseline, or the earliest actual when there is none. */
  readonly baseline: YearValue | null;
  readonly baselineFromPlan: boolean;
  readonly target: ProgressTarget | null;
  readonly actuals: readonly YearValue[];
  readonly latest: YearValue | null;
  readonly method: 'cagr' | 'linear' | null;
  /** Open SDG's R; null when it cannot be computed (no actual after the base, no target). */
  readonly ratio: number | null;
  readonly status: ProgressStatus;
  /** Baseline year … target year; `constantGrowth` is null where a growth rate is undefined. */
  readonly path: readonly PathPoint[];
}

export interface ProgressSelection {
  /** Canonical region name; null (the default) is the province-wide figure. */
  readonly region?: string | null;
  readonly zone?: string;
}

function yearOf(period: string): number {
  return Number(period.slice(-4));
}

function pointOf(record: NormalizedRecord): YearValue | null {
  return record.value === null ? null : { year: yearOf(record.period), value: record.value };
}

/** One value per year; a later line of the file replaces an earlier one for the same year. */
function actualsOf(records: readonly NormalizedRecord[]): YearValue[] {
  const byYear = new Map<number, number>();
  for (const record of records) {
    const point = record.kind === 'actual' ? pointOf(record) : null;
    if (point) byYear.set(point.year, point.value);
  }
  return [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}

function targetOf(record: NormalizedRecord | undefined, baseline: YearValue | null): ProgressTarget | null {
  const point = record ? pointOf(record) : null;
  if (!record || !point) return null;
  const symbol = comparatorMeaning(record.comparator)?.symbol;
  let level = point.value;
  if (symbol === '+') {
    if (!baseline) return null;
    level = record.unit === '%' ? baseline.value * (1 + point.value / 100) : baseline.value + point.value;
  }
  return {
    year: point.year,
    value: level,
    printed: point.value,
    upper: record.upper,
    comparator: record.comparator,
  };
}

/** Which way is better: the comparator says; without one, the way from baseline to target. */
function directionOf(target: ProgressTarget, start: YearValue | null): Direction {
  const meaning = comparatorMeaning(target.comparator);
  if (meaning?.direction === 'range')
    return start && target.upper !== undefined && start.value > target.upper ? 'decrease' : 'increase';
  if (meaning) return meaning.direction;
  return start && target.value < start.value ? 'decrease' : 'increase';
}

/** The bound a range target is aimed at from outside it. */
function aimOf(target: ProgressTarget, direction: Direction): number {
  return direction === 'decrease' && target.upper !== undefined ? target.upper : target.value;
}

/** Strict comparators (超过, 低于) are not met by the figure itself; 为 0 is met at or below it. */
function meetsTarget(value: number, target: ProgressTarget, direction: Direction): boolean {
  const symbol = comparatorMeaning(target.comparator)?.symbol;
  if (symbol === '>') return value > target.value;
  if (symbol === '<') return value < target.value;
  if (symbol === '∈') return value >= target.value && value <= (target.upper ?? Infinity);
  return direction === 'increase' ? value >= target.value : value <= target.value;
}

type Measured = {
  readonly method: 'cagr' | 'linear';
  readonly ratio: number | null;
  readonly status: ProgressStatus;
};

/** The trend's status in the chart's words, with R < 0 apart as "moving away". */
function progressStatusOf(trend: Trend): Exclude<ProgressStatus, 'achieved' | 'no-data'> {
  if (trend.away) return 'moving-away';
  return trend.status === 'moderate' ? 'needs-acceleration' : trend.status;
}

function measureRatio(
  base: YearValue,
  latest: YearValue,
  aim: YearValue,
  direction: Direction,
): Measured | null {
  const trend = measureTrend(base, latest, aim, direction);
  return trend ? { method: trend.method, ratio: trend.ratio, status: progressStatusOf(trend) } : null;
}

function pathBetween(base: YearValue, aim: YearValue): PathPoint[] {
  const span = aim.year - base.year;
  if (span <= 0) return [];
  const growth = base.value > 0 && aim.value > 0;
  return Array.from({ length: span + 1 }, (_, k) => ({
    year: base.year + k,
    linear: base.value + ((aim.value - base.value) * k) / span,
    constantGrowth: growth ? base.value * (aim.value / base.value) ** (k / span) : null,
  }));
}

export function statusOfRatio(ratio: number): Exclude<ProgressStatus, 'achieved' | 'no-data'> {
  return progressStatusOf({ method: 'linear', ratio, status: trendStatusOf(ratio), away: ratio < 0 });
}

function selected(
  records: readonly NormalizedRecord[],
  indicator: string,
  selection: ProgressSelection,
): NormalizedRecord[] {
  const region = selection.region ?? null;
  return records.filter((r) => r.indicator === indicator && r.region === region && r.zone === selection.zone);
}

/** Progress of one indicator (optionally one region or zone of it) from its records. */
export function toProgressModel(
  records: readonly NormalizedRecord[],
  indicator: string,
  lang: Lang,
  selection: ProgressSelection = {},
): ProgressModel {
  const rows = selected(records, indicator, selection);
  const first = rows[0];
  const actuals = actualsOf(rows);
  const planBaseline = rows.find((r) => r.kind === 'baseline');
  const planPoint = planBaseline ? pointOf(planBaseline) : null;
  const baseline = planPoint ?? actuals[0] ?? null;
  const targets = rows.filter((r) => r.kind === 'target' && r.value !== null);
  const target = targetOf(targets.sort((a, b) => yearOf(a.period) - yearOf(b.period)).at(-1), baseline);
  const latest = actuals.at(-1) ?? null;
  const direction = target ? directionOf(target, baseline) : 'increase';
  const aim = target ? { year: target.year, value: aimOf(target, direction) } : null;
  const measured =
    baseline && aim && latest && latest.year > baseline.year
      ? measureRatio(baseline, latest, aim, direction)
      : null;
  const current = latest ?? baseline;
  const achieved = target !== null && current !== null && meetsTarget(current.value, target, direction);
  const status: ProgressStatus = achieved ? 'achieved' : (measured?.status ?? 'no-data');
  return {
    indicator,
    name: first ? indicatorLabel(lang, indicator, first.indicatorName) : indicator,
    unit: first?.unit ?? '',
    decimals: indicatorDecimals(rows, indicator),
    direction,
    baseline,
    baselineFromPlan: planPoint !== null,
    target,
    actuals,
    latest,
    method: measured?.method ?? null,
    ratio: measured?.ratio ?? null,
    status,
    path: baseline && aim ? pathBetween(baseline, aim) : [],
  };
}
