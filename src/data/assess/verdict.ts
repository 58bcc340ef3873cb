/**
 * The verdict of one numeric target from its actual values:
 * - a single-year target (2025 以上 1500): the actual of that year decides, met or not met;
 * - 每年 (each year of 2021—2025): every year must meet it; one year that does not is not met;
 * - a whole-period target (2021—2025, 累计, `[x]`): the figure reported for the period, else
 *   the sum of the years — complete when every year is in, met early once the sum reaches it;
 * - 年均 (a yearly average over the period, 年均增长 5左右): the figure reported for the period,
 *   else the mean of the years — complete when every year is in; before that, on track while the
 *   mean so far meets it, off track when it does not;
 * - a period that has ended with its deciding figure missing: no data (the latest actual shown);
 * - before the period ends: Open SDG's trend statuses on track / moderate / off track.
 */
import { yearsOfPeriod, type ActualValues } from './actual-values';
import { aimOf, meets, type TargetRule } from './rule';
import { cumulativeTrend, measureTrend, type Trend, type YearValue } from './trend';
import type { ActualBasis, Verdict } from './types';

export interface Decision {
  readonly status: Verdict;
  readonly actual: YearValue | null;
  readonly basis: ActualBasis | null;
  readonly trend: Trend | null;
}

interface Context {
  readonly rule: TargetRule;
  readonly start: number;
  readonly end: number;
  readonly ended: boolean;
  readonly values: ActualValues;
  readonly baseline: YearValue | null;
  readonly currentYear: number;
}

const NO_DATA: Decision = { status: 'no-data', actual: null, basis: null, trend: null };

function basis(ctx: Context, kind: ActualBasis['kind'], years?: readonly number[]): ActualBasis {
  return { kind, conversions: ctx.values.conversions, ...(years ? { years } : {}) };
}

function finalOf(ctx: Context, point: YearValue, kind: ActualBasis['kind'], years?: readonly number[]): Decision {
  return { status: meets(ctx.rule, point.value) ? 'met' : 'not-met', actual: point, basis: basis(ctx, kind, years), trend: null };
}

function latestOnly(ctx: Context, status: Verdict, trend: Trend | null = null): Decision {
  const latest = ctx.values.years.at(-1) ?? null;
  return { status, actual: latest, basis: latest ? basis(ctx, 'year') : null, trend };
}

function eachYear(ctx: Context): Decision {
  const inPeriod = ctx.values.years.filter((p) => p.year >= ctx.start && p.year <= ctx.end);
  const missed = inPeriod.find((p) => !meets(ctx.rule, p.value));
  if (missed) return { status: 'not-met', actual: missed, basis: basis(ctx, 'each-year', inPeriod.map((p) => p.year)), trend: null };
  const last = inPeriod.at(-1);
  if (!last) return NO_DATA;
  const complete = inPeriod.length === ctx.end - ctx.start + 1;
  const status: Verdict = complete ? 'met' : ctx.ended ? 'no-data' : 'on-track';
  return { status, actual: last, basis: basis(ctx, 'each-year', inPeriod.map((p) => p.year)), trend: null };
}

function cumulative(ctx: Context, period: string): Decision {
  const span = ctx.values.spans.get(period);
  const length = ctx.end - ctx.start + 1;
  if (span !== undefined) {
    const point = { year: ctx.end, value: span };
    if (ctx.ended || meets(ctx.rule, span)) return finalOf(ctx, point, 'span');
    // Reported part-way: the years elapsed so far (the current one is not over) carry it.
    const trend = cumulativeTrend(span, Math.min(length, ctx.currentYear - ctx.start), length, ctx.rule.value);
    return { status: trend?.status ?? 'no-data', actual: point, basis: basis(ctx, 'span'), trend };
  }
  const inPeriod = ctx.values.years.filter((p) => p.year >= ctx.start && p.year <= ctx.end);
  const last = inPeriod.at(-1);
  if (!last) return NO_DATA;
  const sum = Number(inPeriod.reduce((s, p) => s + p.value, 0).toPrecision(12));
  const point = { year: last.year, value: sum };
  const years = inPeriod.map((p) => p.year);
  const growing = ctx.rule.direction === 'increase';
  if (inPeriod.length === length || (growing && meets(ctx.rule, sum))) return finalOf(ctx, point, 'sum', years);
  if (ctx.ended) return { status: 'no-data', actual: point, basis: basis(ctx, 'sum', years), trend: null };
  const trend = cumulativeTrend(sum, inPeriod.length, length, ctx.rule.value);
  return { status: trend?.status ?? 'no-data', actual: point, basis: basis(ctx, 'sum', years), trend };
}

function average(ctx: Context, period: string): Decision {
  const span = ctx.values.spans.get(period);
  if (span !== undefined) {
    const point = { year: ctx.end, value: span };
    if (ctx.ended) return finalOf(ctx, point, 'span');
    return { status: meets(ctx.rule, span) ? 'on-track' : 'off-track', actual: point, basis: basis(ctx, 'span'), trend: null };
  }
  const inPeriod = ctx.values.years.filter((p) => p.year >= ctx.start && p.year <= ctx.end);
  const last = inPeriod.at(-1);
  if (!last) return NO_DATA;
  const mean = Number((inPeriod.reduce((s, p) => s + p.value, 0) / inPeriod.length).toPrecision(12));
  const point = { year: last.year, value: mean };
  const years = inPeriod.map((p) => p.year);
  if (inPeriod.length === ctx.end - ctx.start + 1) return finalOf(ctx, point, 'mean', years);
  if (ctx.ended) return { status: 'no-data', actual: point, basis: basis(ctx, 'mean', years), trend: null };
  return { status: meets(ctx.rule, mean) ? 'on-track' : 'off-track', actual: point, basis: basis(ctx, 'mean', years), trend: null };
}

function directionFrom(rule: TargetRule, base: YearValue): 'increase' | 'decrease' {
  if (rule.direction !== 'range') return rule.direction;
  return base.value > aimOf(rule, base.value) ? 'decrease' : 'increase';
}

function singleYear(ctx: Context): Decision {
  const decisive = ctx.values.years.find((p) => p.year === ctx.end);
  if (decisive) return finalOf(ctx, decisive, 'year');
  const before = ctx.values.years.filter((p) => p.year < ctx.end);
  const latest = before.at(-1);
  if (ctx.ended || !latest) return latestOnly(ctx, 'no-data');
  if (meets(ctx.rule, latest.value)) return latestOnly(ctx, 'on-track');
  const base = ctx.baseline && ctx.baseline.year < latest.year ? ctx.baseline : (before[0] ?? null);
  if (!base || base === latest) return latestOnly(ctx, 'no-data');
  const trend = measureTrend(base, latest, { year: ctx.end, value: aimOf(ctx.rule, base.value) }, directionFrom(ctx.rule, base));
  return latestOnly(ctx, trend?.status ?? 'no-data', trend);
}

export function decide(rule: TargetRule, period: string, values: ActualValues, baseline: YearValue | null, currentYear: number): Decision {
  const { start, end } = yearsOfPeriod(period);
  const ctx: Context = { rule, start, end, ended: end < currentYear, values, baseline, currentYear };
  if (rule.eachYear) return eachYear(ctx);
  if (rule.yearlyAverage && start < end) return average(ctx, period);
  if (start < end) return cumulative(ctx, period);
  return singleYear(ctx);
}
