/**
 * What the county map shows, knowing nothing of shapes or pixels: one per-county metric
 * (choropleth) or the protection zone types. The farm group is carried apart in both, because
 * it has no polygon of its own and the view shows it as a card beside the map, not dropped.
 */
import { zoneMembership, type ZoneMembership } from '../../data/county-filter';
import { COUNTIES, FARM_GROUP } from '../../data/regions';
import type { NormalizedRecord } from '../../data/schema';
import { toCountyMetricModel } from '../counties/county-model';

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

/** The county views' metric model is the map's: same ranks among the 39, same decimals. */
export function toMetricMapModel(records: readonly NormalizedRecord[], indicator: string): MetricMapModel {
  const { name, unit, decimals, counties, farmGroup } = toCountyMetricModel(records, indicator, new Map());
  return { mode: 'metric', indicator, name, unit, decimals, counties, farmGroup };
}

/** From the records of dataset `black-soil-zones`; other records are ignored. */
export function toZoneMapModel(records: readonly NormalizedRecord[]): ZoneMapModel {
  return zoneMapModelOf(zoneMembership(records.filter((r) => r.indicator === ZONE_INDICATOR)));
}

/** From a membership the county views already hold (`zoneMembership` of the zone records). */
export function zoneMapModelOf(membership: ZoneMembership): ZoneMapModel {
  return {
    mode: 'zones',
    counties: COUNTIES.map((c) => ({
      region: c.name,
      city: c.city ?? '',
      zones: membership.get(c.name) ?? [],
    })),
    farmGroupZones: membership.get(FARM_GROUP.name) ?? [],
  };
}
