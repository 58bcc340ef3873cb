/**
 * One plan's indicator table as the generic plan view and its wall slide show it: every target
 * with its baseline, the change asked for (absolute, %, yearly rate) where a level is compared
 * with a level, cumulative (five-year) targets as such — a total over the period is never set
 * against a year's level — and qualitative targets as the plan's words.
 */
import type { Lang } from '../../data/lang';
import type { NormalizedRecord } from '../../data/schema';
import { planText } from '../../i18n/plan-text';
import { toGrowthItems, type GrowthItem } from '../growth/growth-model';

export interface PlanRow {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  /** `2030`, or `2026-2030` for a cumulative target. */
  readonly period: string;
  readonly cumulative: boolean;
  /** 年均: a yearly average over the period (`period` is the span), not a total. */
  readonly yearlyAverage: boolean;
  readonly baseline: { readonly year: string; readonly value: number } | null;
  readonly target: number | null;
  readonly upper: number | null;
  readonly comparator: string | null;
  readonly attribute: string | null;
  /** The plan's wording (always set for a qualitative target). */
  readonly text: string | null;
  readonly growth: Pick<GrowthItem, 'change' | 'changeRatio' | 'annualRate' | 'asked'> | null;
}

export interface PlanModel {
  readonly rows: readonly PlanRow[];
  /** Level targets with a baseline, for the baseline → target chart (largest change first). */
  readonly growth: readonly GrowthItem[];
  readonly counts: {
    readonly quantitative: number;
    readonly cumulative: number;
    readonly qualitative: number;
  };
}

const isSpan = (period: string): boolean => /^\d{4}-\d{4}$/.test(period);

/**
 * Years a cumulative target sums over (`2026-2030` → 5), as the assessment reads a period span;
 * null for a year's level (`2030`) and for a target to be met each year (每年 5,600 万亩).
 */
export function cumulativeYears(period: string, comparator?: string, yearlyAverage?: boolean): number | null {
  if (!isSpan(period) || comparator === '每年' || yearlyAverage === true) return null;
  return Number(period.slice(5, 9)) - Number(period.slice(0, 4)) + 1;
}

/** What a span target is shown with: 五年累计 for a total, 年均 for a yearly average, else null. */
export function periodQualifier(
  target: { readonly period: string; readonly comparator?: string | null; readonly yearlyAverage?: boolean },
  lang: Lang,
): string | null {
  if (target.yearlyAverage === true && isSpan(target.period)) return planText(lang).yearlyAverage;
  const years = cumulativeYears(target.period, target.comparator ?? undefined, target.yearlyAverage);
  return years === null ? null : planText(lang).cumulativeOf(years);
}

export function toPlanModel(records: readonly NormalizedRecord[]): PlanModel {
  const targets = records.filter((r) => r.kind === 'target');
  const baselines = new Map(
    records.filter((r) => r.kind === 'baseline' && r.value !== null).map((r) => [r.indicator, r]),
  );
  const growth = toGrowthItems(records);
  const byIndicator = new Map(growth.map((g) => [g.indicator, g]));
  const rows = targets.map((t): PlanRow => {
    const yearlyAverage = t.yearlyAverage === true;
    const cumulative = isSpan(t.period) && !yearlyAverage;
    const base = baselines.get(t.indicator);
    const g = cumulative ? undefined : byIndicator.get(t.indicator);
    return {
      indicator: t.indicator,
      name: t.indicatorName,
      unit: t.unit,
      period: t.period,
      cumulative,
      yearlyAverage,
      baseline: base && base.value !== null ? { year: base.period, value: base.value } : null,
      target: t.value,
      upper: t.upper ?? null,
      comparator: t.comparator ?? null,
      attribute: t.attribute ?? null,
      text: t.text ?? null,
      growth: g
        ? { change: g.change, changeRatio: g.changeRatio, annualRate: g.annualRate, asked: g.asked }
        : null,
    };
  });
  return {
    rows,
    growth: growth.filter((g) => rows.some((r) => r.indicator === g.indicator && !r.cumulative)),
    counts: {
      quantitative: rows.filter((r) => r.target !== null && !r.cumulative).length,
      cumulative: rows.filter((r) => r.target !== null && r.cumulative).length,
      qualitative: rows.filter((r) => r.target === null).length,
    },
  };
}
