/**
 * The chart on each domain's briefing page, from the same pure models and builders its view
 * uses: black soil — the key counties ranked by the view state's metric, with its city, zone and
 * county filters applied (the filters the page writes out); credit — every numeric target
 * against its comparator; IP — required growth 2020 → 2025. Other domains (grain, plans in the
 * generic layout) are figures only, as their views are.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { buildCreditOption } from '../../charts/credit/build-credit-option';
import { buildGrowthOption, growthChartHeight } from '../../charts/growth/build-growth-option';
import { buildRankingOption, rankingChartHeight } from '../../charts/counties/build-ranking-option';
import { rankedSelection, toCountyMetricModel } from '../../charts/counties/county-model';
import { layoutCreditChart, toCreditModel } from '../../charts/credit/credit-model';
import { toGrowthItems } from '../../charts/growth/growth-model';
import type { ChartSettings } from '../../charts/theme';
import { selectCounties, zoneMembership } from '../../data/county-filter';
import { COUNTY_METRICS, countyMetric } from '../../data/county-metrics';
import { pick } from '../../data/lang';
import type { DatasetId, NormalizedRecord } from '../../data/schema';
import type { ViewState } from '../../view-state/view-state';
import { briefingText } from './briefing-text';

export interface BriefingChart {
  readonly title: string;
  readonly option: EChartsCoreOption;
  /** Pixel height the builder lays out for. */
  readonly height: number;
  readonly datasets: readonly DatasetId[];
}

/** The records of every loaded table, by dataset. */
export type BriefingRecords = ReadonlyMap<DatasetId, readonly NormalizedRecord[]>;

/** Every table a briefing chart may draw besides the headline tables. */
export const BRIEFING_CHART_DATASETS: readonly DatasetId[] = [
  ...new Set(COUNTY_METRICS.map((m) => m.dataset)),
  'black-soil-zones',
];

function countyRanking(
  data: BriefingRecords,
  state: ViewState,
  settings: ChartSettings,
): BriefingChart | null {
  const metric = countyMetric(state.metric) ?? COUNTY_METRICS[0];
  const records = metric ? data.get(metric.dataset) : undefined;
  if (!metric || !records) return null;
  const membership = zoneMembership(data.get('black-soil-zones') ?? []);
  const model = toCountyMetricModel(records, metric.indicator, membership);
  const items = rankedSelection(
    model,
    selectCounties({ counties: state.counties, cities: state.cities, zones: state.zones }, membership),
  );
  return {
    title: briefingText(settings.lang).ranking(pick(settings.lang, metric.label_zh, metric.label_en)),
    option: buildRankingOption({ model, items, colorBy: state.colorBy, selected: state.detail }, settings),
    height: rankingChartHeight(items.length, settings),
    datasets: [metric.dataset, 'black-soil-zones'],
  };
}

/** Tallest a chart may stand on a briefing page (140 mm in CSS px), beside the figures and source. */
export const BRIEFING_CHART_MAX_HEIGHT = (140 / 25.4) * 96;
/** Widest zoom: the chart drawn about 290 mm wide into the 176 mm column, legends on one row. */
const BRIEFING_ZOOM = 0.6;

/**
 * How far a chart laid out `height` px tall is zoomed on its page: 0.6, or less for a chart whose
 * layout is taller than the page allows (a layout in pixels cannot be squeezed, only scaled).
 */
export function briefingZoom(height: number): number {
  return Math.min(BRIEFING_ZOOM, BRIEFING_CHART_MAX_HEIGHT / Math.max(1, height));
}

/** The chart for a domain's page, or null where the domain is figures only. */
export function briefingChart(
  domain: string,
  dataset: DatasetId,
  data: BriefingRecords,
  state: ViewState,
  settings: ChartSettings,
): BriefingChart | null {
  const records = data.get(dataset);
  if (!records) return null;
  const lang = settings.lang;
  switch (domain) {
    case 'black-soil':
      return countyRanking(data, state, settings);
    case 'credit': {
      const model = toCreditModel(records, lang);
      return {
        title: briefingText(lang).credit,
        option: buildCreditOption(model, settings),
        height: layoutCreditChart(model, settings.type).height,
        datasets: [dataset],
      };
    }
    case 'ip': {
      const items = toGrowthItems(records);
      if (items.length === 0) return null;
      return {
        title: briefingText(lang).ip,
        option: buildGrowthOption(items, settings),
        height: growthChartHeight(items.length, settings),
        datasets: [dataset],
      };
    }
    default:
      return null;
  }
}
