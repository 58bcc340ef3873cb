/**
 * One per-county metric as the county views need it: the 39 counties' values with their rank
 * among all 39 (a filter hides counties, it does not re-rank them), city subtotals, the 合计 and
 * the farm group apart. The farm group is not a county: at 1,144 万亩 it would dwarf every county
 * bar and take a rank no county could hold.
 */
import type { ZoneMembership } from '../../data/county-filter';
import { CITIES, COUNTIES } from '../../data/regions';
import type { NormalizedRecord } from '../../data/schema';
import { indicatorDecimals } from '../format-indicator';

export interface CountyValue {
  readonly region: string;
  readonly city: string;
  readonly zones: readonly string[];
  readonly value: number | null;
  /** 1 = largest among the 39; ties share a rank; null without a value. */
  readonly rank: number | null;
}

export interface CountyMetricModel {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  /** Decimals the plan printed for this metric, so every label keeps one precision. */
  readonly decimals: number;
  /** All 39 counties in registry order. */
  readonly counties: readonly CountyValue[];
  /** Sum of each city's counties (from the counties, so it exists for 附件2 too). */
  readonly cityTotals: ReadonlyMap<string, number>;
  readonly farmGroup: number | null;
  /** The table's 合计 row, or the sum of counties and farm group when the table has none. */
  readonly total: number | null;
}

function rankOf(value: number | null, values: readonly number[]): number | null {
  return value === null ? null : 1 + values.filter((v) => v > value).length;
}

function sumByCity(counties: readonly CountyValue[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const city of CITIES) {
    const values = counties.filter((c) => c.city === city.name && c.value !== null).map((c) => c.value ?? 0);
    // Summed in tenths of a thousandth: 0.1 + 0.2 must print as 0.3 in a subtotal.
    if (values.length > 0) totals.set(city.name, Math.round(values.reduce((a, b) => a + b, 0) * 1e4) / 1e4);
  }
  return totals;
}

export function toCountyMetricModel(
  records: readonly NormalizedRecord[],
  indicator: string,
  membership: ZoneMembership,
): CountyMetricModel {
  const rows = records.filter((r) => r.indicator === indicator);
  const valueOf = (name: string): number | null =>
    rows.find((r) => r.regionLevel === 'county' && r.region === name)?.value ?? null;
  const raw = COUNTIES.map((c) => ({
    region: c.name,
    city: c.city ?? '',
    zones: membership.get(c.name) ?? [],
    value: valueOf(c.name),
  }));
  const present = raw.flatMap((c) => (c.value === null ? [] : [c.value]));
  const counties = raw.map((c) => ({ ...c, rank: rankOf(c.value, present) }));
  const farmGroup = rows.find((r) => r.regionLevel === 'farm-group')?.value ?? null;
  const cityTotals = sumByCity(counties);
  const listedTotal = rows.find((r) => r.regionLevel === 'total')?.value ?? null;
  const summed =
    present.length > 0
      ? Math.round((present.reduce((a, b) => a + b, 0) + (farmGroup ?? 0)) * 1e4) / 1e4
      : null;
  return {
    indicator,
    name: rows[0]?.indicatorName ?? '',
    unit: rows[0]?.unit ?? '',
    decimals: indicatorDecimals(rows, indicator),
    counties,
    cityTotals,
    farmGroup,
    total: listedTotal ?? summed,
  };
}

/** The counties a filter keeps, largest first (ties in registry order). */
export function rankedSelection(model: CountyMetricModel, selected: readonly string[]): CountyValue[] {
  return model.counties
    .filter((c) => selected.includes(c.region) && c.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
}

export function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
