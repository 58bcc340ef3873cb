/** The datasets the county views draw; the app shell also prefetches them when the view opens first. */
import { COUNTY_METRICS } from '../../data/county-metrics';
import type { DatasetId } from '../../data/schema';

/** Every table a county metric comes from, and the zone memberships. */
export const COUNTY_DATASETS: readonly DatasetId[] = [
  ...new Set(COUNTY_METRICS.map((m) => m.dataset)),
  'black-soil-zones',
];
