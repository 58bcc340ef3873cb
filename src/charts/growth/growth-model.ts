/**
 * Baseline → target pairs of an indicator list, with the change the plan asks for: absolute,
 * relative, and the constant annual growth rate needed between the two years.
 */
import { askedChange, type AskedChange } from '../../data/asked-change';
import type { NormalizedRecord } from '../../data/schema';

export interface GrowthItem {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly baselineYear: number;
  readonly baseline: number;
  readonly targetYear: number;
  readonly target: number;
  readonly change: number;
  /** (target − baseline) / baseline; null when the baseline is 0. */
  readonly changeRatio: number | null;
  /** (target / baseline)^(1/years) − 1; null when not defined. */
  readonly annualRate: number | null;
  /** What the target asks of the baseline, by its comparator (a ceiling already met asks nothing). */
  readonly asked: AskedChange;
}

function yearOf(period: string): number {
  return Number(period.slice(-4));
}

function growthOf(baseline: NormalizedRecord, target: NormalizedRecord): GrowthItem | null {
  if (baseline.value === null || target.value === null) return null;
  const baselineYear = yearOf(baseline.period);
  const targetYear = yearOf(target.period);
  const years = targetYear - baselineYear;
  const positive = baseline.value > 0 && target.value > 0;
  return {
    indicator: target.indicator,
    name: target.indicatorName,
    unit: target.unit,
    baselineYear,
    baseline: baseline.value,
    targetYear,
    target: target.value,
    change: target.value - baseline.value,
    changeRatio: baseline.value === 0 ? null : (target.value - baseline.value) / baseline.value,
    annualRate: positive && years > 0 ? (target.value / baseline.value) ** (1 / years) - 1 : null,
    asked: askedChange({
      baseline: baseline.value,
      target: target.value,
      comparator: target.comparator,
      years,
    }),
  };
}

/** A year's level (`2030`), not a five-year total (`2026-2030`) or a yearly average: a rate or a sum is never set against a level. */
export function isLevelTarget(record: NormalizedRecord): boolean {
  return record.kind === 'target' && !/^\d{4}-\d{4}$/.test(record.period) && record.yearlyAverage !== true;
}

/** Indicators with both a baseline and a level target, largest required relative growth first. */
export function toGrowthItems(records: readonly NormalizedRecord[]): GrowthItem[] {
  const byIndicator = new Map<string, { baseline?: NormalizedRecord; target?: NormalizedRecord }>();
  for (const record of records) {
    if (record.kind === 'actual' || (record.kind === 'target' && !isLevelTarget(record))) continue;
    const entry = byIndicator.get(record.indicator) ?? {};
    entry[record.kind] = record;
    byIndicator.set(record.indicator, entry);
  }
  const items: GrowthItem[] = [];
  for (const { baseline, target } of byIndicator.values()) {
    const item = baseline && target ? growthOf(baseline, target) : null;
    if (item) items.push(item);
  }
  return items.sort((a, b) => (b.changeRatio ?? -Infinity) - (a.changeRatio ?? -Infinity));
}
