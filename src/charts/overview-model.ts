/**
 * The overview: one card per domain with its headline figures — baseline, target, unit, the
 * change the plan asks for (absolute, relative and as a yearly growth rate, from growth-model)
 * and the 预期性/约束性 attribute. Qualitative targets are carried as the plan's words, never as
 * a number. A card is produced even when its dataset has not loaded (yet): it then says so.
 *
 * Headlines are chosen by indicator id in one table (HEADLINES), never by row order, so a
 * re-ordered or re-imported file keeps the same cards.
 */
import { indicatorLabel } from '../data/glossary';
import { pick, type Lang } from '../data/lang';
import type { DatasetId, NormalizedRecord } from '../data/schema';
import { indicatorDecimals } from './format-indicator';
import { toGrowthItems, type GrowthItem } from './growth-model';

export type DomainId = 'black-soil' | 'credit' | 'ip' | 'grain-livestock';

interface HeadlineSpec {
  readonly domain: DomainId;
  readonly dataset: DatasetId;
  readonly title: readonly [zh: string, en: string];
  /** Indicator codes within the dataset, in card order. */
  readonly codes: readonly string[];
}

export const HEADLINES: readonly HeadlineSpec[] = [
  // The demonstration area, the farmland total and the tillage total are the plan's scale; the
  // organic-matter gain is its one soil-quality outcome.
  { domain: 'black-soil', dataset: 'black-soil-targets', title: ['黑土地保护', 'Black-soil protection'], codes: ['demo_area', 'hsf_cumulative', 'tillage_cumulative', 'soil_organic_matter_gain'] },
  // The two rows with a 2020 baseline (信易贷), the largest count, and the one binding (约束性) row.
  { domain: 'credit', dataset: 'credit-indicators', title: ['社会信用体系', 'Social credit system'], codes: ['xinyidai_entities', 'xinyidai_credit', 'credit_code_entities', 'reward_punishment'] },
  // The three largest required increases 2020 → 2025 in the plan's table.
  { domain: 'ip', dataset: 'ip-indicators', title: ['知识产权', 'Intellectual property'], codes: ['ip_advantage_firms', 'tech_contract_value', 'high_value_patents_per_10k'] },
  { domain: 'grain-livestock', dataset: 'grain-livestock-2022', title: ['粮食和畜牧', 'Grain and livestock'], codes: ['grain_sown_area', 'grain_output', 'hog_output'] },
];

export interface YearFigure {
  readonly year: number;
  readonly value: number;
}

export interface HeadlineFigure {
  readonly kind: 'figure';
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  /** As the record carries it: `2022`, `2025`, `2021-2025`. */
  readonly period: string;
  readonly target: YearFigure;
  readonly baseline: YearFigure | null;
  readonly comparator?: string;
  readonly stretch?: number;
  readonly attribute?: string;
  /** The change asked for; null without a baseline. */
  readonly growth: Pick<GrowthItem, 'change' | 'changeRatio' | 'annualRate'> | null;
  readonly decimals: number;
}

export interface HeadlineText {
  readonly kind: 'text';
  readonly indicator: string;
  readonly name: string;
  readonly text: string;
  readonly attribute?: string;
}

export type HeadlineItem = HeadlineFigure | HeadlineText;

export interface TargetCounts {
  /** Target rows with a number. */
  readonly quantitative: number;
  /** Target rows that are words only. */
  readonly qualitative: number;
}

export interface OverviewCard {
  readonly domain: DomainId;
  readonly dataset: DatasetId;
  readonly title: string;
  /** False when the dataset is not (yet) loaded: the card shows a placeholder, not zeros. */
  readonly loaded: boolean;
  readonly items: readonly HeadlineItem[];
  /** Headline indicators the loaded file does not have (an imported file may lack some). */
  readonly missing: readonly string[];
  readonly counts: TargetCounts | null;
}

export type OverviewInput = Partial<Readonly<Record<DatasetId, readonly NormalizedRecord[] | undefined>>>;

function yearOf(period: string): number {
  return Number(period.slice(-4));
}

function headline(records: readonly NormalizedRecord[], indicator: string, lang: Lang): HeadlineItem | null {
  const own = records.filter((r) => r.indicator === indicator);
  const target = own.find((r) => r.kind === 'target');
  if (!target) return null;
  const name = indicatorLabel(lang, indicator, target.indicatorName);
  if (target.value === null) return { kind: 'text', indicator, name, text: target.text ?? target.indicatorName, attribute: target.attribute };
  const baseline = own.find((r) => r.kind === 'baseline' && r.value !== null);
  const growth = toGrowthItems(own)[0];
  return {
    kind: 'figure', indicator, name, unit: target.unit, period: target.period,
    target: { year: yearOf(target.period), value: target.value },
    baseline: !baseline || baseline.value === null ? null : { year: yearOf(baseline.period), value: baseline.value },
    comparator: target.comparator, stretch: target.stretch, attribute: target.attribute,
    growth: growth ? { change: growth.change, changeRatio: growth.changeRatio, annualRate: growth.annualRate } : null,
    decimals: indicatorDecimals(own, indicator),
  };
}

function countsOf(records: readonly NormalizedRecord[]): TargetCounts {
  const targets = records.filter((r) => r.kind === 'target');
  const quantitative = targets.filter((r) => r.value !== null).length;
  return { quantitative, qualitative: targets.length - quantitative };
}

function cardOf(spec: HeadlineSpec, records: readonly NormalizedRecord[] | undefined, lang: Lang): OverviewCard {
  const title = pick(lang, ...spec.title);
  if (!records) return { domain: spec.domain, dataset: spec.dataset, title, loaded: false, items: [], missing: [], counts: null };
  const ids = spec.codes.map((code) => `${spec.dataset}.${code}`);
  const found = ids.map((id) => headline(records, id, lang));
  return {
    domain: spec.domain,
    dataset: spec.dataset,
    title,
    loaded: true,
    items: found.filter((item): item is HeadlineItem => item !== null),
    missing: ids.filter((_, i) => found[i] === null),
    counts: countsOf(records),
  };
}

/** One card per domain, in HEADLINES order, from whatever datasets have loaded. */
export function toOverviewCards(data: OverviewInput, lang: Lang): OverviewCard[] {
  return HEADLINES.map((spec) => cardOf(spec, data[spec.dataset], lang));
}
