/**
 * The per-county metrics a planner can rank, compare and map: every number column of a dataset
 * whose rows are counties (附件1 allocation, 附件2 high-standard farmland). Derived from the
 * registry, so a new county table brings its metrics with it. A county table has one row per
 * region (keyed by region alone); the actuals table also allows counties but is keyed by
 * indicator and year, and its one number column is not a metric of its own.
 */
import { DATASETS } from './registry';
import type { DatasetId, NormalizedRecord } from './schema';
import { compactText } from './text';

export interface CountyMetric {
  /** Short id used in URLs: the column key, unique across county tables. */
  readonly key: string;
  /** Indicator id of its records, `<dataset>.<column>`. */
  readonly indicator: string;
  readonly dataset: DatasetId;
  readonly label_zh: string;
  readonly label_en: string;
  readonly unit: string;
}

/** Column headers that only make sense under their table's title get a standalone label. */
const STANDALONE_LABELS: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  hsf_2021: ['2021年高标准农田建设面积', 'High-standard farmland built in 2021'],
  hsf_2021_standard: ['2021年高标准农田中标准化示范区', '2021 high-standard farmland: standardised demo area'],
};

export const COUNTY_METRICS: readonly CountyMetric[] = DATASETS
  .filter((spec) => spec.regionLevels?.includes('county') === true && spec.keys.join() === 'region')
  .flatMap((spec) => spec.columns
    .filter((column) => column.type === 'number')
    .map((column) => ({
      key: column.key,
      indicator: `${spec.id}.${column.key}`,
      dataset: spec.id,
      label_zh: STANDALONE_LABELS[column.key]?.[0] ?? column.header,
      label_en: STANDALONE_LABELS[column.key]?.[1] ?? column.header_en,
      unit: column.unit ?? '',
    })));

export const DEFAULT_COUNTY_METRIC = 'demo_area';

/** Accepts the short key or the full indicator id. */
export function countyMetric(keyOrIndicator: string): CountyMetric | undefined {
  return COUNTY_METRICS.find((m) => m.key === keyOrIndicator || m.indicator === keyOrIndicator);
}

/**
 * The metrics of a catalog region task table (`region-tasks@1`): one per column with a figure for
 * at least one county, in the printed order, named as printed. Read from its records, so a new
 * table's columns need no code.
 */
export function tableMetrics(dataset: DatasetId, records: readonly NormalizedRecord[]): CountyMetric[] {
  const metrics = new Map<string, CountyMetric>();
  for (const r of records) {
    if (r.regionLevel !== 'county' || metrics.has(r.indicator)) continue;
    const key = r.indicator.slice(dataset.length + 1);
    metrics.set(r.indicator, { key, indicator: r.indicator, dataset, label_zh: r.indicatorName, label_en: r.indicatorName, unit: r.unit });
  }
  return [...metrics.values()];
}

/** A metric of `metrics` by key, indicator id or printed name (spaces and widths aside). */
export function findMetric(metrics: readonly CountyMetric[], raw: string): CountyMetric | undefined {
  const name = compactText(raw);
  return metrics.find((m) => m.key === raw || m.indicator === raw || compactText(m.label_zh) === name);
}
