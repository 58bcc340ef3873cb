/**
 * The county views' data: 附件1, 附件2 and the zone memberships loaded together — or, with
 * `table`, one catalog region task table and the zone memberships — every county metric
 * modelled once per data change, and the filter applied. Views below only read this.
 */
import { useMemo } from 'react';
import { toCountyMetricModel, type CountyMetricModel } from '../../charts/counties/county-model';
import {
  COUNTY_METRICS,
  countyMetric,
  findMetric,
  tableMetrics,
  type CountyMetric,
} from '../../data/county-metrics';
import {
  selectCounties,
  zoneMembership,
  type CountyFilter,
  type ZoneMembership,
} from '../../data/county-filter';
import type { DatasetId } from '../../data/schema';
import type { LoadedDataset } from '../../queries/dataset-query';
import { useDatasets, type DatasetsState } from '../../queries/use-datasets';
import { regionText } from '../../i18n/region-text';
import { pick, type Lang } from '../../data/lang';
import type { ViewState } from '../../view-state/view-state';
import { COUNTY_DATASETS } from './datasets';

const ZONES: DatasetId = 'black-soil-zones';

export interface CountyData {
  readonly membership: ZoneMembership;
  /** The metrics that can be chosen: 附件1 and 附件2's, or the chosen table's columns. */
  readonly metrics: readonly CountyMetric[];
  readonly models: readonly CountyMetricModel[];
  readonly metric: CountyMetric;
  readonly model: CountyMetricModel;
  /** Canonical names of the counties the filter keeps, registry order. */
  readonly shown: readonly string[];
  readonly datasets: readonly LoadedDataset[];
}

/** What a county card that reads and changes the view state (ranking, map) is given. */
export interface CountyCardProps {
  readonly data: CountyData;
  readonly state: ViewState;
  readonly update: (patch: Partial<ViewState>) => void;
}

/** The chosen metric's name in the interface language. */
export function metricLabel(data: CountyData, lang: Lang): string {
  return pick(lang, data.metric.label_zh, data.metric.label_en);
}

export type CountyDataState =
  Exclude<DatasetsState, { status: 'success' }> | { readonly status: 'success'; readonly data: CountyData };

function modelAll(
  loaded: ReadonlyMap<DatasetId, LoadedDataset>,
  table: DatasetId | null,
): { membership: ZoneMembership; metrics: CountyMetric[]; models: CountyMetricModel[] } {
  const membership = zoneMembership(loaded.get(ZONES)?.records ?? []);
  const metrics = table ? tableMetrics(table, loaded.get(table)?.records ?? []) : [...COUNTY_METRICS];
  // The selector's label (with its year) names the metric: 附件1 has two "有机肥深翻还田实施面积".
  const models = metrics.map((m) => ({
    ...toCountyMetricModel(loaded.get(m.dataset)?.records ?? [], m.indicator, membership),
    name: m.label_zh,
  }));
  return { membership, metrics, models };
}

/** The datasets the county view reads: a region task table (when one is chosen) and the zones. */
export function countyDatasets(table: DatasetId | null): readonly DatasetId[] {
  return table ? [table, ZONES] : COUNTY_DATASETS;
}

export function useCountyData(
  metricKey: string,
  filter: CountyFilter,
  table: DatasetId | null,
  lang: Lang,
): CountyDataState {
  const ids = useMemo(() => countyDatasets(table), [table]);
  const state = useDatasets(ids);
  const loaded = state.status === 'success' ? state.data : null;
  const base = useMemo(() => (loaded ? modelAll(loaded, table) : null), [loaded, table]);
  const { counties, cities, zones } = filter;
  const shown = useMemo(
    () => (base ? selectCounties({ counties, cities, zones }, base.membership) : []),
    [base, counties, cities, zones],
  );
  if (state.status !== 'success' || !base || !loaded)
    return state.status === 'success' ? { status: 'pending' } : state;
  const metric = (table ? findMetric(base.metrics, metricKey) : countyMetric(metricKey)) ?? base.metrics[0];
  const index = metric ? base.metrics.indexOf(metric) : -1;
  const model = base.models[index];
  if (!metric || !model) return { status: 'error', error: new Error(regionText(lang).noMetric) };
  const datasets = [loaded.get(metric.dataset), loaded.get(ZONES)].filter(
    (d): d is LoadedDataset => d !== undefined,
  );
  return {
    status: 'success',
    data: {
      membership: base.membership,
      metrics: base.metrics,
      models: base.models,
      metric,
      model,
      shown,
      datasets,
    },
  };
}
