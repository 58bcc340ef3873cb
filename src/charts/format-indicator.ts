/**
 * Formatting an indicator's figures the way the plan printed them: every value of one indicator
 * gets the same number of decimals — the most the plan used for it — so 2.57 → 4.53 reads as
 * a pair and 5,600 never turns into "5,600.0". Targets read with their comparator as a symbol
 * ("≥ 100%", "< 0.02%", "20–25 厘米"), so direction is never carried by colour alone.
 */
import { comparatorMeaning } from '../data/comparators';
import { unitLabel } from '../data/glossary';
import type { Lang } from '../data/lang';
import { decimalsOf } from '../data/numbers';
import type { NormalizedRecord } from '../data/schema';
import { formatNumber } from './format';

export { decimalsOf };

/** More than this is float noise, not a printed figure. */
const MAX_DECIMALS = 8;

function printedNumbers(record: NormalizedRecord): number[] {
  return [record.value, record.upper, record.stretch].filter((v): v is number => typeof v === 'number');
}

/** The most decimals among the indicator's published values (value, upper, stretch; all kinds). */
export function indicatorDecimals(records: readonly NormalizedRecord[], indicator: string): number {
  let decimals = 0;
  for (const record of records) {
    if (record.indicator !== indicator) continue;
    for (const value of printedNumbers(record)) decimals = Math.max(decimals, decimalsOf(value));
  }
  return decimals;
}

/** `indicatorDecimals` for every indicator of the records at once. */
export function decimalsByIndicator(records: readonly NormalizedRecord[]): ReadonlyMap<string, number> {
  const result = new Map<string, number>();
  for (const record of records) {
    const decimals = Math.max(0, ...printedNumbers(record).map(decimalsOf));
    result.set(record.indicator, Math.max(result.get(record.indicator) ?? 0, decimals));
  }
  return result;
}

/** Chinese digit grouping with exactly `decimals` decimals: 5600 → "5,600", 2.5 (2) → "2.50". */
export function formatFixed(value: number, decimals: number): string {
  const digits = Math.min(MAX_DECIMALS, Math.max(0, Math.round(decimals)));
  // -0 would print as "-0"; a zero target (瞒报率为 0) must read "0".
  const clean = Object.is(value, -0) ? 0 : value;
  return formatNumber(clean, digits, digits);
}

/** % and ‰ attach to the number; words (万亩, 10k mu) follow a space; an empty unit adds nothing. */
export function withUnit(number: string, unit: string, lang: Lang): string {
  const label = unitLabel(lang, unit);
  if (label === '') return number;
  return label === '%' || label === '‰' ? `${number}${label}` : `${number} ${label}`;
}

/** A value in its unit with the indicator's decimals: "1.33 万户", "100%". */
export function formatMeasure(value: number, unit: string, decimals: number, lang: Lang): string {
  return withUnit(formatFixed(value, decimals), unit, lang);
}

export interface TargetFigure {
  readonly value: number;
  readonly unit: string;
  readonly comparator?: string;
  readonly upper?: number;
}

/**
 * The target as a reader should take it: "≥ 100%", "> 30 万户", "< 0.02%", "20–25 厘米",
 * "+20%". A comparator the table does not know is left out rather than guessed.
 */
export function formatTarget(target: TargetFigure, decimals: number, lang: Lang): string {
  const meaning = comparatorMeaning(target.comparator);
  const value = formatFixed(target.value, decimals);
  if (meaning?.symbol === '∈' || target.upper !== undefined) {
    const upper = target.upper === undefined ? '' : `–${formatFixed(target.upper, decimals)}`;
    return withUnit(`${value}${upper}`, target.unit, lang);
  }
  if (meaning?.symbol === '+') return withUnit(`+${value}`, target.unit, lang);
  const measure = withUnit(value, target.unit, lang);
  return meaning ? `${meaning.symbol} ${measure}` : measure;
}
