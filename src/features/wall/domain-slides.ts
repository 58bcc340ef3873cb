/**
 * The wall's slides of one plan domain each: the overview's headline figures, black soil, IP,
 * credit and grain. The numbers are the headlines the overview already chooses by indicator id
 * (HEADLINES), so a re-ordered file keeps them; the charts are the desktop views' builders.
 */
import { toBlackSoilProvinceModel } from '../../charts/black-soil/black-soil-province-model';
import { buildHsfPathOption } from '../../charts/black-soil/build-hsf-path-option';
import { buildCreditOption } from '../../charts/credit/build-credit-option';
import { toCreditModel, type CreditModel } from '../../charts/credit/credit-model';
import { decimalsOf, formatFixed } from '../../charts/format-indicator';
import { buildGrowthOption } from '../../charts/growth/build-growth-option';
import { toGrowthItems } from '../../charts/growth/growth-model';
import { toOverviewCards, type OverviewCard } from '../../charts/overview/overview-model';
import { comparatorMeaning } from '../../data/comparators';
import { indicatorLabel, unitLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import type { DatasetId } from '../../data/schema';
import { figuresOf, slideFrame, type SlideContext } from './slide-parts';
import {
  datasetsOf,
  forWall,
  type BigNumber,
  type NumberGroup,
  type SlideModel,
  type WallData,
  type WallDataset,
} from './slide-model';
import { wallText } from './wall-text';

function cardsOf(datasets: readonly WallDataset[], ids: readonly DatasetId[], lang: Lang): OverviewCard[] {
  return toOverviewCards(Object.fromEntries(ids.map((id, i) => [id, datasets[i]?.records])), lang);
}

/** The overview's headline card of one dataset (cards come in HEADLINES order, not by dataset). */
function cardOf(dataset: WallDataset | undefined, id: DatasetId, lang: Lang): OverviewCard | undefined {
  return cardsOf(dataset ? [dataset] : [], [id], lang).find((card) => card.dataset === id);
}

export const OVERVIEW_IDS: readonly DatasetId[] = [
  'black-soil-targets',
  'credit-indicators',
  'ip-indicators',
  'grain-livestock-2022',
];

export function overviewSlide(data: WallData, { settings }: SlideContext): SlideModel | null {
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

export function blackSoilSlide(data: WallData, { settings }: SlideContext): SlideModel | null {
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

export function ipSlide(data: WallData, { settings }: SlideContext): SlideModel | null {
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

export function creditSlide(data: WallData, { settings }: SlideContext): SlideModel | null {
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

export function grainSlide(data: WallData, { settings }: SlideContext): SlideModel | null {
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
