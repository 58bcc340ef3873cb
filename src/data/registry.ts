/**
 * The one registry of datasets. Views, the loader, the importer and the command-line validator
 * refer to datasets by id and read everything else from here.
 */
import { blackSoilAllocation, blackSoilHsf2021, blackSoilTargets, blackSoilZones } from './datasets/black-soil';
import { progressActuals } from './datasets/actuals';
import { creditIndicators, grainLivestock2022, ipIndicators, shuangyashanIp } from './datasets/indicators';
import type { DatasetId, DatasetSpec } from './schema';

export const DATASETS: readonly DatasetSpec[] = [
  blackSoilAllocation,
  blackSoilHsf2021,
  blackSoilTargets,
  blackSoilZones,
  creditIndicators,
  ipIndicators,
  shuangyashanIp,
  grainLivestock2022,
  progressActuals,
];

export function datasetSpec(id: DatasetId): DatasetSpec {
  const spec = DATASETS.find((d) => d.id === id);
  if (!spec) throw new Error(`unknown dataset id: ${id}`);
  return spec;
}

export function isDatasetId(value: string): value is DatasetId {
  return DATASETS.some((d) => d.id === value);
}
