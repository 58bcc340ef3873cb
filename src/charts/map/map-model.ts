/**
 * What the county map shows, knowing nothing of shapes or pixels: one per-county metric
 * (choropleth) or the protection zone types. The farm group is carried apart in both, because
 * it has no polygon of its own and the view shows it as a card beside the map, not dropped.
 */
import { zoneMembership, type ZoneMembership } from '../../data/county-filter';
import { decimalsOf } from '../../data/numbers';
import { COUNTIES, FARM_GROUP } from '../../data/regions';
import type { NormalizedRecord } from '../../data/schema';

export const ZONE_INDICATOR = 'black-soil-zones.zone';

export interface MapCounty {
  readonly region: string;
  readonly city: string;
  readonly value: number | null;
  /** 1 = largest among the counties with a value; ties share a rank; null without a value. */
  readonly rank: number | null;
}

/** Field names match the county views' metric model, so one can be passed for the other. */
export interface MetricMapModel {
  readonly mode: 'metric';
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  /** Most decimals the plan printed for this metric. */
  readonly decimals: number;
  /** The 39 key counties in registry order. */
  readonly counties: readonly MapCounty[];
  readonly farmGroup: number | null;
}

export interface ZoneCounty {
  readonly region: string;
  readonly city: string;
  /** In the plan's order; two for a county in two zone types. */
  readonly zones: readonly string[];
}

export interface ZoneMapModel {
  readonly mode: 'zones';
  readonly counties: readonly ZoneCounty[];
  readonly farmGroupZones: readonly string[];
}

export type MapModel = MetricMapModel | ZoneMapModel;

export function toMetricMapModel(records: readonly NormalizedRecord[], indicator: string): MetricMapModel {
  const rows = records.filter((r) => r.indicator === indicator);
  const valueOf = (name: string): number | null => rows.find((r) => r.regionLevel === 'county' && r.region === name)?.value ?? null;
  const values = COUNTIES.map((c) => valueOf(c.name));
  const present = values.filter((v): v is number => v !== null);
  return {
    mode: 'metric',
    indicator,
    name: rows[0]?.indicatorName ?? '',
    unit: rows[0]?.unit ?? '',
    decimals: Math.min(4, Math.max(0, ...rows.map((r) => (r.value === null ? 0 : decimalsOf(r.value))))),
    counties: COUNTIES.map((c, i) => {
      const value = values[i] ?? null;
      return { region: c.name, city: c.city ?? '', value, rank: value === null ? null : 1 + present.filter((v) => v > value).length };
    }),
    farmGroup: rows.find((r) => r.regionLevel === 'farm-group')?.value ?? null,
  };
}

/** From the records of dataset `black-soil-zones`; other records are ignored. */
export function toZoneMapModel(records: readonly NormalizedRecord[]): ZoneMapModel {
  return zoneMapModelOf(zoneMembership(records.filter((r) => r.indicator === ZONE_INDICATOR)));
}

/** From a membership the county views already hold (`zoneMembership` of the zone records). */
export function zoneMapModelOf(membership: ZoneMembership): ZoneMapModel {
  return {
    mode: 'zones',
    counties: COUNTIES.map((c) => ({ region: c.name, city: c.city ?? '', zones: membership.get(c.name) ?? [] })),
    farmGroupZones: membership.get(FARM_GROUP.name) ?? [],
  };
}
