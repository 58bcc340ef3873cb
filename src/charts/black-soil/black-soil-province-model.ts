/**
 * The province targets of the black-soil plan (三、目标任务): the table of 2021 and 2025 targets,
 * the cumulative high-standard-farmland paths, the organic-matter gain with its stretch value,
 * and plough-layer depth by zone type (one zone a range, the others a floor).
 *
 * The plan publishes two points of each farmland path: what is built in 2021 (582 万亩, of
 * which 140 标准化示范区) and the cumulative total by 2025 (2800, of which 870). Reading the
 * 2021 figure as the cumulative total at the end of 2021 (the plan period starts in 2021), the
 * years between are a straight line between the two points — derived here, never published,
 * and marked so (`derived`) for the chart to say "推算".
 */
import { indicatorLabel, zoneLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import type { NormalizedRecord } from '../../data/schema';
import { decimalsByIndicator } from '../format-indicator';

const DATASET = 'black-soil-targets';

/** Which published figures start and end each cumulative path. */
const CUMULATIVE_PATHS: ReadonlyArray<{ readonly first: string; readonly end: string }> = [
  { first: `${DATASET}.hsf_new`, end: `${DATASET}.hsf_cumulative` },
  { first: `${DATASET}.hsf_new_standard`, end: `${DATASET}.hsf_standard_cumulative` },
];
const ORGANIC_MATTER = `${DATASET}.soil_organic_matter_gain`;
const PLOUGH_DEPTH = `${DATASET}.plough_layer_depth`;

export interface ProvinceTargetRow {
  readonly indicator: string;
  readonly name: string;
  /** `2021`, `2025` or `2021-2025`, as the records carry it. */
  readonly period: string;
  readonly comparator?: string;
  readonly value: number | null;
  readonly unit: string;
  readonly stretch?: number;
  readonly upper?: number;
  readonly zone?: string;
  /** The plan's sentence the figure comes from. */
  readonly text?: string;
  readonly decimals: number;
}

export interface CumulativePoint {
  readonly year: number;
  readonly value: number;
  /** True for the straight-line years between the two published points. */
  readonly derived: boolean;
  readonly comparator?: string;
}

export interface CumulativePath {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly decimals: number;
  readonly points: readonly CumulativePoint[];
  /** The yearly amount the straight line implies after the first year. */
  readonly impliedAnnual: number;
}

export interface DepthZone {
  readonly zone: string;
  readonly label: string;
  readonly lower: number;
  /** Upper end of a range target (水田 20–25); null for "at least" targets. */
  readonly upper: number | null;
  readonly comparator?: string;
  readonly text?: string;
}

export interface BlackSoilProvinceModel {
  readonly targets: readonly ProvinceTargetRow[];
  readonly hsfPaths: readonly CumulativePath[];
  readonly organicMatter: ProvinceTargetRow | null;
  readonly ploughDepth: {
    readonly unit: string;
    readonly decimals: number;
    readonly zones: readonly DepthZone[];
  };
}

function yearOf(period: string): number {
  return Number(period.slice(-4));
}

function rowOf(
  record: NormalizedRecord,
  lang: Lang,
  decimals: ReadonlyMap<string, number>,
): ProvinceTargetRow {
  const name = indicatorLabel(lang, record.indicator, record.indicatorName);
  // The Chinese names carry the zone (耕作层平均厚度（坡耕地）); the English glossary has one name.
  const zoned = lang === 'en' && record.zone ? `${name} (${zoneLabel(lang, record.zone)})` : name;
  return {
    indicator: record.indicator,
    name: zoned,
    period: record.period,
    comparator: record.comparator,
    value: record.value,
    unit: record.unit,
    stretch: record.stretch,
    upper: record.upper,
    zone: record.zone,
    text: record.text,
    decimals: decimals.get(record.indicator) ?? 0,
  };
}

function pathOf(rows: readonly ProvinceTargetRow[], first: string, end: string): CumulativePath | null {
  const start = rows.find((r) => r.indicator === first && r.value !== null);
  const finish = rows.find((r) => r.indicator === end && r.value !== null);
  if (!start || start.value === null || !finish || finish.value === null) return null;
  const from = yearOf(start.period);
  const span = yearOf(finish.period) - from;
  if (span <= 0) return null;
  const step = (finish.value - start.value) / span;
  const points = Array.from({ length: span + 1 }, (_, k): CumulativePoint => {
    if (k === 0) return { year: from, value: start.value ?? 0, derived: false, comparator: start.comparator };
    if (k === span)
      return { year: from + k, value: finish.value ?? 0, derived: false, comparator: finish.comparator };
    return { year: from + k, value: (start.value ?? 0) + step * k, derived: true };
  });
  return {
    indicator: end,
    name: finish.name,
    unit: finish.unit,
    points,
    impliedAnnual: step,
    decimals: Math.max(start.decimals, finish.decimals),
  };
}

function depthZones(rows: readonly ProvinceTargetRow[], lang: Lang): DepthZone[] {
  return rows
    .filter((r) => r.indicator === PLOUGH_DEPTH && r.value !== null && r.zone !== undefined)
    .map((r) => ({
      zone: r.zone ?? '',
      label: zoneLabel(lang, r.zone ?? ''),
      lower: r.value ?? 0,
      upper: r.upper ?? null,
      comparator: r.comparator,
      text: r.text,
    }));
}

export function toBlackSoilProvinceModel(
  records: readonly NormalizedRecord[],
  lang: Lang,
): BlackSoilProvinceModel {
  const decimals = decimalsByIndicator(records);
  const targets = records.filter((r) => r.kind === 'target').map((r) => rowOf(r, lang, decimals));
  const depth = targets.find((r) => r.indicator === PLOUGH_DEPTH);
  return {
    targets,
    hsfPaths: CUMULATIVE_PATHS.map((p) => pathOf(targets, p.first, p.end)).filter(
      (p): p is CumulativePath => p !== null,
    ),
    organicMatter: targets.find((r) => r.indicator === ORGANIC_MATTER && r.value !== null) ?? null,
    ploughDepth: {
      unit: depth?.unit ?? '',
      decimals: depth?.decimals ?? 0,
      zones: depthZones(targets, lang),
    },
  };
}
