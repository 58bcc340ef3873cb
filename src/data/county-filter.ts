/**
 * Which of the 39 key counties a planner's filter keeps. Within one dimension the choices are
 * alternatives (宾县 or 巴彦县); across dimensions they narrow (哈尔滨市 and 水田 = Harbin's paddy
 * counties). An empty dimension does not filter.
 */
import { ZONE_TYPES } from './datasets/black-soil';
import { COUNTIES } from './regions';
import type { NormalizedRecord } from './schema';

export interface CountyFilter {
  readonly counties: readonly string[];
  readonly cities: readonly string[];
  readonly zones: readonly string[];
}

/** Region → its protection zone types, in the plan's order (a county may be in two). */
export type ZoneMembership = ReadonlyMap<string, readonly string[]>;

export function zoneMembership(zoneRecords: readonly NormalizedRecord[]): ZoneMembership {
  const byRegion = new Map<string, string[]>();
  for (const record of zoneRecords) {
    if (record.region === null || record.zone === undefined) continue;
    const zones = byRegion.get(record.region) ?? [];
    if (!zones.includes(record.zone)) zones.push(record.zone);
    byRegion.set(record.region, zones);
  }
  const order = (zone: string): number => ZONE_TYPES.findIndex((z) => z === zone);
  for (const zones of byRegion.values()) zones.sort((a, b) => order(a) - order(b));
  return byRegion;
}

export function isFiltering(filter: CountyFilter): boolean {
  return filter.counties.length + filter.cities.length + filter.zones.length > 0;
}

export function selectCounties(filter: CountyFilter, membership: ZoneMembership): string[] {
  return COUNTIES.filter((county) => {
    if (filter.counties.length > 0 && !filter.counties.includes(county.name)) return false;
    if (filter.cities.length > 0 && !filter.cities.includes(county.city ?? '')) return false;
    const zones = membership.get(county.name) ?? [];
    return filter.zones.length === 0 || zones.some((z) => filter.zones.includes(z));
  }).map((county) => county.name);
}
