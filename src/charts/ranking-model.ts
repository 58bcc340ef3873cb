/**
 * A per-county metric ranked for a bar chart. The farm group is kept apart: it is not a county,
 * and at 1,144 万亩 it would dwarf every county bar if mixed into the ranking.
 */
import type { NormalizedRecord } from '../data/schema';
import { regionByName } from '../data/regions';

export interface RankItem {
  readonly region: string;
  readonly city: string;
  readonly value: number;
  /** 1 = largest. Ties share a rank. */
  readonly rank: number;
}

export interface RankingModel {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly counties: readonly RankItem[];
  /** The farm group's value, shown beside the ranking, never in it. */
  readonly farmGroup: number | null;
  readonly total: number | null;
}

export function toRankingModel(records: readonly NormalizedRecord[], indicator: string): RankingModel {
  const rows = records.filter((r) => r.indicator === indicator);
  const counties = rows
    .filter((r) => r.regionLevel === 'county' && r.region !== null && r.value !== null)
    .map((r) => ({ region: r.region ?? '', city: regionByName(r.region ?? '')?.city ?? '', value: r.value ?? 0 }))
    .sort((a, b) => b.value - a.value);
  const ranked = counties.map((c) => ({ ...c, rank: 1 + counties.filter((o) => o.value > c.value).length }));
  return {
    indicator,
    name: rows[0]?.indicatorName ?? '',
    unit: rows[0]?.unit ?? '',
    counties: ranked,
    farmGroup: rows.find((r) => r.regionLevel === 'farm-group')?.value ?? null,
    total: rows.find((r) => r.regionLevel === 'total')?.value ?? null,
  };
}
