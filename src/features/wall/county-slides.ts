/**
 * The wall's county slides: the ranking of the chosen metric with its top three, and the map with
 * the province total, the farm group and a top-ten list beside it.
 */
import { buildRankingOption, rankingChartHeight } from '../../charts/counties/build-ranking-option';
import { toCountyMetricModel, type CountyMetricModel } from '../../charts/counties/county-model';
import { formatFixed } from '../../charts/format-indicator';
import type { ChartSettings } from '../../charts/theme';
import { COUNTY_METRICS, countyMetric, type CountyMetric } from '../../data/county-metrics';
import { regionLabel, unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import { FARM_GROUP } from '../../data/regions';
import type { NormalizedRecord } from '../../data/schema';
import { slideFrame, type SlideContext } from './slide-parts';
import {
  CHART_AREA,
  datasetsOf,
  forWall,
  type BigNumber,
  type SlideModel,
  type WallData,
  type WallDataset,
} from './slide-model';
import { wallText } from './wall-text';

/** The metric a county slide shows: the link's, or the first one. */
export function metricOf(key: string): CountyMetric | undefined {
  return countyMetric(key) ?? COUNTY_METRICS[0];
}

function countyModel(
  data: WallData,
  key: string,
): { metric: CountyMetric; model: CountyMetricModel; datasets: WallDataset[] } | null {
  const metric = metricOf(key);
  const datasets = metric ? datasetsOf(data, [metric.dataset]) : null;
  if (!metric || !datasets) return null;
  const records: readonly NormalizedRecord[] = datasets[0]?.records ?? [];
  return { metric, model: toCountyMetricModel(records, metric.indicator, new Map()), datasets };
}

function countyNumber(
  model: CountyMetricModel,
  region: string,
  value: number | null,
  detail: string,
  lang: Lang,
): BigNumber {
  return {
    label: regionLabel(lang, region),
    value: value === null ? '—' : formatFixed(value, model.decimals),
    unit: unitLabel(lang, model.unit),
    detail,
  };
}

/** The counties with a value, largest first. */
function rankedCounties(model: CountyMetricModel): CountyMetricModel['counties'] {
  return model.counties.filter((c) => c.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
}

/** As many ranked counties as fit the chart area at the wall's row height. */
export function rankingRows(settings: ChartSettings): number {
  let rows = 1;
  while (rankingChartHeight(rows + 1, settings) <= CHART_AREA.height) rows += 1;
  return rows;
}

export function countiesSlide(data: WallData, { settings, metricKey }: SlideContext): SlideModel | null {
  const found = countyModel(data, metricKey);
  if (!found) return null;
  const { metric, model, datasets } = found;
  const { lang } = settings;
  const ranked = rankedCounties(model);
  const items = ranked.slice(0, rankingRows(settings));
  const name = pick(lang, metric.label_zh, metric.label_en);
  const numbers = ranked
    .slice(0, 3)
    .map((c) =>
      countyNumber(
        model,
        c.region,
        c.value,
        wallText(lang).rankOf(String(c.rank ?? '—'), regionLabel(lang, c.city)),
        lang,
      ),
    );
  return {
    ...slideFrame('counties', wallText(lang).countiesRanked(name), datasets, lang),
    groups: [{ numbers }],
    chart: {
      kind: 'option',
      option: forWall(buildRankingOption({ model, items, colorBy: 'city', selected: null }, settings)),
      label: name,
    },
    note: wallText(lang).topOf(items.length, ranked.length),
  };
}

/** Rows of the map slide's list: as many as the column beside the map holds in large type. */
export const MAP_LIST_ROWS = 10;

export function mapSlide(data: WallData, { settings, metricKey }: SlideContext): SlideModel | null {
  const found = countyModel(data, metricKey);
  if (!found) return null;
  const { metric, model, datasets } = found;
  const { lang } = settings;
  const name = pick(lang, metric.label_zh, metric.label_en);
  const text = wallText(lang);
  const numbers = [
    countyNumber(model, text.provinceTotal, model.total, text.inclFarmGroup, lang),
    countyNumber(model, FARM_GROUP.name, model.farmGroup, text.farmsNoArea, lang),
  ];
  const ranked = rankedCounties(model).slice(0, MAP_LIST_ROWS);
  const unit = unitLabel(lang, model.unit);
  return {
    ...slideFrame('map', text.countyMap(name), datasets, lang),
    layout: 'map',
    groups: [{ numbers }],
    list: {
      title: text.topList(ranked.length, unit),
      rows: ranked.map((c) => ({
        rank: c.rank ?? 0,
        name: regionLabel(lang, c.region),
        value: formatFixed(c.value ?? 0, model.decimals),
      })),
    },
    chart: {
      kind: 'map',
      model: {
        mode: 'metric',
        indicator: model.indicator,
        name: model.name,
        unit: model.unit,
        decimals: model.decimals,
        counties: model.counties,
        farmGroup: model.farmGroup,
      },
      label: name,
    },
  };
}
