/**
 * One builder per wall slide: data in, SlideModel out (or null while its data is missing). The
 * charts come from the desktop views' builders with wall settings; the numbers are the headlines
 * the overview already chooses by indicator id (HEADLINES), so a re-ordered file keeps them.
 */
import { toBlackSoilProvinceModel } from '../../charts/black-soil/black-soil-province-model';
import { buildCreditOption } from '../../charts/credit/build-credit-option';
import { buildGrowthOption } from '../../charts/growth/build-growth-option';
import { buildHsfPathOption } from '../../charts/black-soil/build-hsf-path-option';
import { buildRankingOption, rankingChartHeight } from '../../charts/counties/build-ranking-option';
import { toCountyMetricModel, type CountyMetricModel } from '../../charts/counties/county-model';
import { toCreditModel, type CreditModel } from '../../charts/credit/credit-model';
import { decimalsOf, formatFixed } from '../../charts/format-indicator';
import { toGrowthItems } from '../../charts/growth/growth-model';
import { toOverviewCards, type OverviewCard } from '../../charts/overview/overview-model';
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
import { wallText } from './wall-text';

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
    ...slideFrame('overview', wallText(lang).overview, datasets, lang),
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
  const text = wallText(lang);
  const label = text.hsfPath;
  return {
    ...slideFrame('black-soil', text.blackSoil, datasets, lang),
    groups: [{ numbers: figuresOf(card, lang, 4) }],
    chart: { kind: 'option', option: forWall(buildHsfPathOption(model.hsfPaths, settings)), label },
    note: text.interpolated(label),
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

function mapSlide(data: WallData, { settings, metricKey }: SlideContext): SlideModel | null {
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
  const ranked = model.counties
    .filter((c) => c.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .slice(0, MAP_LIST_ROWS);
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

function ipSlide(data: WallData, { settings }: SlideContext): SlideModel | null {
  const datasets = datasetsOf(data, ['ip-indicators']);
  if (!datasets) return null;
  const { lang } = settings;
  const items = toGrowthItems(datasets[0]?.records ?? []);
  const text = wallText(lang);
  const label = text.ipGrowth;
  return {
    ...slideFrame('ip', text.ip, datasets, lang),
    groups: [{ numbers: figuresOf(cardOf(datasets[0], 'ip-indicators', lang), lang, 3) }],
    chart: { kind: 'option', option: forWall(buildGrowthOption(items, settings)), label },
    note: text.ipNote(label),
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
  const text = wallText(lang);
  return {
    ...slideFrame('credit', text.credit, datasets, lang),
    groups: [{ numbers: figuresOf(cardOf(datasets[0], 'credit-indicators', lang), lang, 3) }],
    chart: {
      kind: 'option',
      option: forWall(buildCreditOption(shown, settings)),
      label: text.percentTargets,
    },
    note: text.creditNote(shown.numeric.length, model.numeric.length, model.qualitative.length),
  };
}

function grainSlide(data: WallData, { settings }: SlideContext): SlideModel | null {
  const datasets = datasetsOf(data, ['grain-livestock-2022']);
  if (!datasets) return null;
  const { lang } = settings;
  const text = wallText(lang);
  const goals = (datasets[0]?.records ?? []).filter((r) => r.kind === 'target' && r.value !== null);
  const numbers: BigNumber[] = goals.map((g) => ({
    label: indicatorLabel(lang, g.indicator, g.indicatorName),
    comparator: comparatorMeaning(g.comparator)?.symbol,
    value: formatFixed(g.value ?? 0, decimalsOf(g.value ?? 0)),
    unit: unitLabel(lang, g.unit),
    // The plan's own sentence under each figure: what "以上" or "增加" is measured against.
    detail: g.text === undefined ? text.periodGoal(g.period) : text.planText(g.period, g.text),
  }));
  return {
    ...slideFrame('grain', text.grain, datasets, lang),
    layout: 'tiles',
    groups: [{ numbers }],
    chart: null,
    note: text.grainNote,
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
