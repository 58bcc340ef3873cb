/**
 * The overview: one card per domain with its headline figures — baseline, target, unit, the
 * change the plan asks for (absolute, relative and as a yearly growth rate, from growth-model)
 * and the 预期性/约束性 attribute. Qualitative targets are carried as the plan's words, never as
 * a number. A card is produced even when its dataset has not loaded (yet): it then says so.
 *
 * Headlines are chosen by indicator id in the catalog (`headline`), never by row order, so a
 * re-ordered or re-imported file keeps the same cards; a new plan without them shows its first
 * four targets.
 */
import { catalogEntries, periodYears, type Catalog } from '../../data/catalog/catalog-schema';
import { indicatorLabel } from '../../data/glossary';
import { EMBEDDED_CATALOG } from '../../data/registry';
import { pick, type Lang } from '../../data/lang';
import type { DatasetId, NormalizedRecord } from '../../data/schema';
import { indicatorDecimals } from '../format-indicator';
import { toGrowthItems, type GrowthItem } from '../growth/growth-model';

/** A catalog document's domain key (`black-soil`, `ip`, or a new plan's). */
export type DomainId = string;

export interface HeadlineSpec {
  readonly domain: DomainId;
  readonly dataset: DatasetId;
  readonly title: readonly [zh: string, en: string];
  /** Indicator codes within the dataset, in card order; null: the table's first four targets. */
  readonly codes: readonly string[] | null;
  /** Five-year plan period the card is grouped under (`2021—2025`), or null. */
  readonly group: string | null;
}

/** The five-year period a plan period falls in: 2022 → 2021—2025, 2026—2030 → itself. */
export function periodGroup(period: string): string | null {
  const years = periodYears(period);
  if (!years) return null;
  const start = 2021 + 5 * Math.floor((years[0] - 2021) / 5);
  return `${start}—${start + 4}`;
}

/**
 * One card per indicator table of the catalog that names headlines (the seed tables: the scale
 * of each plan, its 2020 baselines, its binding row) or is a plan in the generic layout.
 */
export function headlinesOf(catalog: Catalog): HeadlineSpec[] {
  return catalogEntries(catalog)
    .filter(
      ({ table }) =>
        table.role === 'indicators' && (table.headline !== undefined || table.layout !== undefined),
    )
    .map(({ document, table }) => ({
      domain: document.domain,
      dataset: table.dataset,
      title: [document.domain_zh, document.domain_en] as const,
      codes: table.headline ?? null,
      group: periodGroup(document.period),
    }));
}

export const HEADLINES: readonly HeadlineSpec[] = headlinesOf(EMBEDDED_CATALOG);

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
  /** 年均: a yearly average over the period, not a total (the record's flag). */
  readonly yearlyAverage?: boolean;
  readonly stretch?: number;
  readonly attribute?: string;
  /** The change asked for; null without a baseline. */
  readonly growth: Pick<GrowthItem, 'change' | 'changeRatio' | 'annualRate' | 'asked'> | null;
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
  readonly group: string | null;
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
  if (target.value === null)
    return {
      kind: 'text',
      indicator,
      name,
      text: target.text ?? target.indicatorName,
      attribute: target.attribute,
    };
  const baseline = own.find((r) => r.kind === 'baseline' && r.value !== null);
  const growth = toGrowthItems(own)[0];
  return {
    kind: 'figure',
    indicator,
    name,
    unit: target.unit,
    period: target.period,
    target: { year: yearOf(target.period), value: target.value },
    baseline:
      !baseline || baseline.value === null ? null : { year: yearOf(baseline.period), value: baseline.value },
    comparator: target.comparator,
    yearlyAverage: target.yearlyAverage,
    stretch: target.stretch,
    attribute: target.attribute,
    growth: growth
      ? {
          change: growth.change,
          changeRatio: growth.changeRatio,
          annualRate: growth.annualRate,
          asked: growth.asked,
        }
      : null,
    decimals: indicatorDecimals(own, indicator),
  };
}

function countsOf(records: readonly NormalizedRecord[]): TargetCounts {
  const targets = records.filter((r) => r.kind === 'target');
  const quantitative = targets.filter((r) => r.value !== null).length;
  return { quantitative, qualitative: targets.length - quantitative };
}

function cardOf(
  spec: HeadlineSpec,
  records: readonly NormalizedRecord[] | undefined,
  lang: Lang,
): OverviewCard {
  const title = pick(lang, ...spec.title);
  if (!records)
    return {
      domain: spec.domain,
      dataset: spec.dataset,
      group: spec.group,
      title,
      loaded: false,
      items: [],
      missing: [],
      counts: null,
    };
  const ids = spec.codes
    ? spec.codes.map((code) => `${spec.dataset}.${code}`)
    : [...new Set(records.filter((r) => r.kind === 'target').map((r) => r.indicator))].slice(0, 4);
  const found = ids.map((id) => headline(records, id, lang));
  return {
    domain: spec.domain,
    dataset: spec.dataset,
    group: spec.group,
    title,
    loaded: true,
    items: found.filter((item): item is HeadlineItem => item !== null),
    missing: ids.filter((_, i) => found[i] === null),
    counts: countsOf(records),
  };
}

/** One card per table, in catalog order, from whatever datasets have loaded. */
export function toOverviewCards(
  data: OverviewInput,
  lang: Lang,
  specs: readonly HeadlineSpec[] = HEADLINES,
): OverviewCard[] {
  return specs.map((spec) => cardOf(spec, data[spec.dataset], lang));
}
