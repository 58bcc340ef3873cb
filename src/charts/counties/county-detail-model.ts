/**
 * Everything about one county across all per-county metrics: its value, rank among the 39, its
 * share of its city and of the province, and how it compares with the mean of the counties the
 * planner is looking at (the filter), so "is 宾县 big?" has an answer relative to its peers.
 */
import type { CountyMetricModel } from './county-model';
import { meanOf } from './county-model';

export interface CountyDetailRow {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly decimals: number;
  readonly value: number | null;
  readonly rank: number | null;
  readonly rankedCount: number;
  readonly shareOfCity: number | null;
  readonly shareOfProvince: number | null;
  readonly meanOfShown: number | null;
  /** value / meanOfShown; null when either is missing or the mean is 0. */
  readonly ratioToMean: number | null;
}

export interface CountyDetail {
  readonly county: string;
  readonly city: string;
  readonly zones: readonly string[];
  readonly shownCount: number;
  readonly rows: readonly CountyDetailRow[];
}

function ratio(part: number | null, whole: number | null | undefined): number | null {
  return part === null || whole === null || whole === undefined || whole === 0 ? null : part / whole;
}

function detailRow(model: CountyMetricModel, county: string, shown: readonly string[]): CountyDetailRow {
  const entry = model.counties.find((c) => c.region === county);
  const value = entry?.value ?? null;
  const peers = model.counties
    .filter((c) => shown.includes(c.region))
    .flatMap((c) => (c.value === null ? [] : [c.value]));
  const mean = meanOf(peers);
  return {
    indicator: model.indicator,
    name: model.name,
    unit: model.unit,
    decimals: model.decimals,
    value,
    rank: entry?.rank ?? null,
    rankedCount: model.counties.filter((c) => c.value !== null).length,
    shareOfCity: ratio(value, model.cityTotals.get(entry?.city ?? '')),
    shareOfProvince: ratio(value, model.total),
    meanOfShown: mean,
    ratioToMean: ratio(value, mean),
  };
}

/** `shown` is the filtered set; the county itself counts among them only if the filter keeps it. */
export function toCountyDetail(
  models: readonly CountyMetricModel[],
  county: string,
  shown: readonly string[],
): CountyDetail | null {
  const entry = models[0]?.counties.find((c) => c.region === county);
  if (!entry) return null;
  return {
    county,
    city: entry.city,
    zones: entry.zones,
    shownCount: shown.length,
    rows: models.map((m) => detailRow(m, county, shown)),
  };
}
