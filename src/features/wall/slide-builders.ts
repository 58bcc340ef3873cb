/**
 * One builder per wall slide: data in, SlideModel out (or null while its data is missing). The
 * charts come from the desktop views' builders with wall settings; the numbers are the headlines
 * the overview already chooses by indicator id (HEADLINES), so a re-ordered file keeps them.
 */
import { toBlackSoilProvinceModel } from '../../charts/black-soil-province-model';
import { buildCreditOption } from '../../charts/build-credit-option';
import { buildGrowthOption } from '../../charts/build-growth-option';
import { buildHsfPathOption } from '../../charts/build-hsf-path-option';
import { buildRankingOption, rankingChartHeight } from '../../charts/build-ranking-option';
import { toCountyMetricModel, type CountyMetricModel } from '../../charts/county-model';
import { toCreditModel, type CreditModel } from '../../charts/credit-model';
import { decimalsOf, formatFixed } from '../../charts/format-indicator';
import { toGrowthItems } from '../../charts/growth-model';
import { toOverviewCards, type OverviewCard } from '../../charts/overview-model';
import type { ChartSettings } from '../../charts/theme';
import { comparatorMeaning } from '../../data/comparators';
import { COUNTY_METRICS, countyMetric, type CountyMetric } from '../../data/county-metrics';
import { indicatorLabel, regionLabel, unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import { FARM_GROUP } from '../../data/regions';
import type { DatasetId, NormalizedRecord } from '../../data/schema';
import { catalogEntry } from '../../data/registry';
import { isBuiltinSlide, type BuiltinSlideId, type WallSlideId } from '../../view-state/wall-state';
import { planSlide } from './plan-slide';
import { PROGRESS_DATASETS, progressSlide } from './progress-slide';
import { figuresOf, slideFrame, type SlideContext } from './slide-parts';
import {
  CHART_AREA,
  datasetsOf,
  forWall,
  type BigNumber,
  type NumberGroup,
  type SlideModel,
  type WallData,
  type WallDataset,
} from './slide-model';

export type { SlideContext } from './slide-parts';

function cardsOf(datasets: readonly WallDataset[], ids: readonly DatasetId[], lang: Lang): OverviewCard[] {
  return toOverviewCards(Object.fromEntries(ids.map((id, i) => [id, datasets[i]?.records])), lang);
}

/** The overview's headline card of one dataset (cards come in HEADLINES order, not by dataset). */
function cardOf(dataset: WallDataset | undefined, id: DatasetId, lang: Lang): OverviewCard | undefined {
  return cardsOf(dataset ? [dataset] : [], [id], lang).find((card) => card.dataset === id);
}

const OVERVIEW_IDS: readonly DatasetId[] = [
  'black-soil-targets',
  'credit-indicators',
  'ip-indicators',
  'grain-livestock-2022',
];

function overviewSlide(data: WallData, { settings }: SlideContext): SlideModel | null {
  const datasets = datasetsOf(data, OVERVIEW_IDS);
  if (!datasets) return null;
  const { lang } = settings;
  const groups: NumberGroup[] = cardsOf(datasets, OVERVIEW_IDS, lang).map((card) => ({
    title: card.title,
    numbers: figuresOf(card, lang, 2),
  }));
  return {
    ...slideFrame('overview', pick(lang, '规划目标总览', 'Plan targets at a glance'), datasets, lang),
    layout: 'tiles',
    groups,
    chart: null,
  };
}

function blackSoilSlide(data: WallData, { settings }: SlideContext): SlideModel | null {
  const datasets = datasetsOf(data, ['black-soil-targets']);
  if (!datasets) return null;
  const { lang } = settings;
  const card = cardOf(datasets[0], 'black-soil-targets', lang);
  const model = toBlackSoilProvinceModel(datasets[0]?.records ?? [], lang);
  const label = pick(lang, '黑土高标准农田累计建设路径', 'High-standard farmland: cumulative path');
  return {
    ...slideFrame(
      'black-soil',
      pick(lang, '黑土地保护（2021—2025年）', 'Black-soil protection 2021–2025'),
      datasets,
      lang,
    ),
    groups: [{ numbers: figuresOf(card, lang, 4) }],
    chart: { kind: 'option', option: forWall(buildHsfPathOption(model.hsfPaths, settings)), label },
    note: pick(
      lang,
      `图：${label}；中间年份为直线推算，并非规划数字`,
      `Chart: ${label}; the years between are interpolated, not plan figures`,
    ),
  };
}

function metricOf(key: string): CountyMetric | undefined {
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

/** As many ranked counties as fit the chart area at the wall's row height. */
export function rankingRows(settings: ChartSettings): number {
  let rows = 1;
  while (rankingChartHeight(rows + 1, settings) <= CHART_AREA.height) rows += 1;
  return rows;
}

function countiesSlide(data: WallData, { settings, metricKey }: SlideContext): SlideModel | null {
  const found = countyModel(data, metricKey);
  if (!found) return null;
  const { metric, model, datasets } = found;
  const { lang } = settings;
  const ranked = model.counties
    .filter((c) => c.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const items = ranked.slice(0, rankingRows(settings));
  const name = pick(lang, metric.label_zh, metric.label_en);
  const numbers = ranked
    .slice(0, 3)
    .map((c) =>
      countyNumber(
        model,
        c.region,
        c.value,
        pick(
          lang,
          `第 ${c.rank ?? '—'} 名 · ${regionLabel(lang, c.city)}`,
          `Rank ${c.rank ?? '—'} · ${regionLabel(lang, c.city)}`,
        ),
        lang,
      ),
    );
  return {
    ...slideFrame(
      'counties',
      pick(lang, `重点县排名：${name}`, `Key counties ranked: ${name}`),
      datasets,
      lang,
    ),
    groups: [{ numbers }],
    chart: {
      kind: 'option',
      option: forWall(buildRankingOption({ model, items, colorBy: 'city', selected: null }, settings)),
      label: name,
    },
    note: pick(
      lang,
      `前 ${items.length} 名，共 ${ranked.length} 个重点县；全部县见地图`,
      `Top ${items.length} of ${ranked.length} key counties; the map shows them all`,
    ),
  };
}

/** Rows of the map slide's list: as many as the column beside the map holds in large type. */
export const MAP_LIST_ROWS = 10;

function mapSlide(data: WallData, { settings, metricKey }: SlideContext): SlideModel | null {
  const found = countyModel(data, metricKey);
  if (!found) return null;
  const { metric, model, datasets } = found;
  const { lang } = settings;
  const name = pick(lang, metric.label_zh, metric.label_en);
  const numbers = [
    countyNumber(
      model,
      pick(lang, '全省合计', 'Province total'),
      model.total,
      pick(lang, '含北大荒农垦集团', 'incl. the farm group'),
      lang,
    ),
    countyNumber(
      model,
      FARM_GROUP.name,
      model.farmGroup,
      pick(lang, '农场遍布全省，无单独区域', 'Farms all over: no area'),
      lang,
    ),
  ];
  const ranked = model.counties
    .filter((c) => c.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .slice(0, MAP_LIST_ROWS);
  const unit = unitLabel(lang, model.unit);
  return {
    ...slideFrame(
      'map',
      pick(lang, `重点县地图：${name}`, `Map of the key counties: ${name}`),
      datasets,
      lang,
    ),
    layout: 'map',
    groups: [{ numbers }],
    list: {
      title: pick(lang, `前 ${ranked.length} 名（${unit}）`, `Top ${ranked.length} (${unit})`),
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

function ipSlide(data: WallData, { settings }: SlideContext): SlideModel | null {
  const datasets = datasetsOf(data, ['ip-indicators']);
  if (!datasets) return null;
  const { lang } = settings;
  const items = toGrowthItems(datasets[0]?.records ?? []);
  const label = pick(lang, '2020年基期 → 2025年目标 需增长', 'Required growth, 2020 → 2025');
  return {
    ...slideFrame(
      'ip',
      pick(lang, '知识产权（“十四五”）', 'Intellectual property (2021–2025)'),
      datasets,
      lang,
    ),
    groups: [{ numbers: figuresOf(cardOf(datasets[0], 'ip-indicators', lang), lang, 3) }],
    chart: { kind: 'option', option: forWall(buildGrowthOption(items, settings)), label },
    note: pick(
      lang,
      `图：${label}（%），条旁为两年数值`,
      `Chart: ${label} (%), both figures beside each bar`,
    ),
  };
}

/** The percentage targets only: all five unit groups would need 1,650 pixels at wall type. */
function percentOnly(model: CreditModel): CreditModel {
  const group = model.groups.find((g) => g.unit === '%') ?? model.groups[0];
  return group ? { ...model, groups: [group], numeric: group.items } : model;
}

function creditSlide(data: WallData, { settings }: SlideContext): SlideModel | null {
  const datasets = datasetsOf(data, ['credit-indicators']);
  if (!datasets) return null;
  const { lang } = settings;
  const model = toCreditModel(datasets[0]?.records ?? [], lang);
  const shown = percentOnly(model);
  return {
    ...slideFrame(
      'credit',
      pick(lang, '社会信用体系（2025年目标）', 'Social credit system: 2025 targets'),
      datasets,
      lang,
    ),
    groups: [{ numbers: figuresOf(cardOf(datasets[0], 'credit-indicators', lang), lang, 3) }],
    chart: {
      kind: 'option',
      option: forWall(buildCreditOption(shown, settings)),
      label: pick(lang, '百分比目标', 'Percentage targets'),
    },
    note: pick(
      lang,
      `图：${shown.numeric.length} 项百分比目标；共 ${model.numeric.length} 项数值目标、${model.qualitative.length} 项定性目标`,
      `Chart: ${shown.numeric.length} percentage targets of ${model.numeric.length} numeric and ${model.qualitative.length} qualitative`,
    ),
  };
}

function grainSlide(data: WallData, { settings }: SlideContext): SlideModel | null {
  const datasets = datasetsOf(data, ['grain-livestock-2022']);
  if (!datasets) return null;
  const { lang } = settings;
  const goals = (datasets[0]?.records ?? []).filter((r) => r.kind === 'target' && r.value !== null);
  const numbers: BigNumber[] = goals.map((g) => ({
    label: indicatorLabel(lang, g.indicator, g.indicatorName),
    comparator: comparatorMeaning(g.comparator)?.symbol,
    value: formatFixed(g.value ?? 0, decimalsOf(g.value ?? 0)),
    unit: unitLabel(lang, g.unit),
    // The plan's own sentence under each figure: what "以上" or "增加" is measured against.
    detail:
      g.text === undefined
        ? pick(lang, `${g.period}年目标`, `${g.period} goal`)
        : pick(lang, `${g.period}年目标 · 原文“${g.text}”`, `${g.period} goal · plan text “${g.text}”`),
  }));
  return {
    ...slideFrame(
      'grain',
      pick(lang, '粮食和畜牧（2022年目标）', 'Grain and livestock: 2022 goals'),
      datasets,
      lang,
    ),
    layout: 'tiles',
    groups: [{ numbers }],
    chart: null,
    note: pick(
      lang,
      '五项目标单位各不相同，逐项列出，不放在同一坐标轴上',
      'Five goals in five units: listed, not put on one axis',
    ),
  };
}

const BUILDERS: Readonly<
  Record<BuiltinSlideId, (data: WallData, context: SlideContext) => SlideModel | null>
> = {
  overview: overviewSlide,
  'black-soil': blackSoilSlide,
  counties: countiesSlide,
  map: mapSlide,
  ip: ipSlide,
  credit: creditSlide,
  grain: grainSlide,
  progress: (data, context) => progressSlide(data, context),
};

export function buildSlide(id: WallSlideId, data: WallData, context: SlideContext): SlideModel | null {
  return isBuiltinSlide(id) ? BUILDERS[id](data, context) : planSlide(id, data, context);
}

/** Every dataset a slide reads, for loading and for telling when the slide's data changed. */
export function slideDatasets(id: WallSlideId, metricKey: string): readonly DatasetId[] {
  if (!isBuiltinSlide(id)) return catalogEntry(id) ? [id] : [];
  switch (id) {
    case 'overview':
      return OVERVIEW_IDS;
    case 'black-soil':
      return ['black-soil-targets'];
    case 'counties':
    case 'map': {
      const metric = metricOf(metricKey);
      return metric ? [metric.dataset] : [];
    }
    case 'ip':
      return ['ip-indicators'];
    case 'credit':
      return ['credit-indicators'];
    case 'grain':
      return ['grain-livestock-2022'];
    case 'progress':
      return PROGRESS_DATASETS;
  }
}
