/**
 * The county views' data: 附件1, 附件2 and the zone memberships loaded together, every county
 * metric modelled once per data change, and the filter applied. Views below only read this.
 */
import { useMemo } from 'react';
import { toCountyMetricModel, type CountyMetricModel } from '../../charts/county-model';
import { COUNTY_METRICS, countyMetric, type CountyMetric } from '../../data/county-metrics';
import {
  selectCounties,
  zoneMembership,
  type CountyFilter,
  type ZoneMembership,
} from '../../data/county-filter';
import type { DatasetId } from '../../data/schema';
import type { LoadedDataset } from '../../queries/dataset-query';
import { useDatasets, type DatasetsState } from '../../queries/use-datasets';
import { COUNTY_DATASETS } from './datasets';

export interface CountyData {
  readonly membership: ZoneMembership;
  readonly models: readonly CountyMetricModel[];
  readonly metric: CountyMetric;
  readonly model: CountyMetricModel;
  /** Canonical names of the counties the filter keeps, registry order. */
  readonly shown: readonly string[];
  readonly datasets: readonly LoadedDataset[];
}

export type CountyDataState =
  Exclude<DatasetsState, { status: 'success' }> | { readonly status: 'success'; readonly data: CountyData };

function modelAll(loaded: ReadonlyMap<DatasetId, LoadedDataset>): {
  membership: ZoneMembership;
  models: CountyMetricModel[];
} {
  const membership = zoneMembership(loaded.get('black-soil-zones')?.records ?? []);
  // The selector's label (with its year) names the metric: 附件1 has two "有机肥深翻还田实施面积".
  const models = COUNTY_METRICS.map((m) => ({
    ...toCountyMetricModel(loaded.get(m.dataset)?.records ?? [], m.indicator, membership),
    name: m.label_zh,
  }));
  return { membership, models };
}

export function useCountyData(metricKey: string, filter: CountyFilter): CountyDataState {
  const state = useDatasets(COUNTY_DATASETS);
  const loaded = state.status === 'success' ? state.data : null;
  const base = useMemo(() => (loaded ? modelAll(loaded) : null), [loaded]);
  const { counties, cities, zones } = filter;
  const shown = useMemo(
    () => (base ? selectCounties({ counties, cities, zones }, base.membership) : []),
    [base, counties, cities, zones],
  );
  if (state.status !== 'success' || !base || !loaded)
    return state.status === 'success' ? { status: 'pending' } : state;
  const metric = countyMetric(metricKey) ?? COUNTY_METRICS[0];
  const index = metric ? COUNTY_METRICS.indexOf(metric) : -1;
  const model = base.models[index];
  if (!metric || !model) return { status: 'error', error: new Error(`unknown metric ${metricKey}`) };
  const datasets = [loaded.get(metric.dataset), loaded.get('black-soil-zones')].filter(
    (d): d is LoadedDataset => d !== undefined,
  );
  return {
    status: 'success',
    data: { membership: base.membership, models: base.models, metric, model, shown, datasets },
  };
}
