/**
 * What a target asks for, read from the plan's own wording: the comparator word as printed
 * (以上 / 不少于 / 达到 ≥, 超过 >, 低于 <, 以内 ≤, 为 =, 区间 ∈, 左右 ≈, 每年 each year), or a
 * symbol written in the cell (每年 may also be in the task's name). A target without a comparator (an IP 预期值, a county's allocated
 * task) asks for at least its figure.
 *
 * 左右 needs a tolerance. A plan may state it in the wording (`±0.5`, `上下浮动 0.5`); otherwise
 * it is half a unit of the last digit the plan printed — "6% 左右" covers 5.5–6.5, "5.5% 左右"
 * covers 5.45–5.55 — so the figure read at the plan's own precision is the target. The source is
 * kept with the tolerance and shown with the verdict.
 */
import { comparatorMeaning } from '../comparators';
import { decimalsOf } from '../numbers';
import type { NormalizedRecord } from '../schema';
import { compactText } from '../text';

export type RuleKind = 'at-least' | 'above' | 'below' | 'at-most' | 'equal' | 'range' | 'about';

export interface Tolerance {
  readonly value: number;
  readonly source: 'stated' | 'printed-precision';
}

export interface TargetRule {
  readonly kind: RuleKind;
  readonly symbol: '≥' | '>' | '<' | '≤' | '=' | '∈' | '≈';
  /** 每年: every year of the period must meet the figure. */
  readonly eachYear: boolean;
  /** 年均: the mean of the period's years must meet the figure (年均增长 5左右). */
  readonly yearlyAverage: boolean;
  /** Which way is better (a range or 左右 target is neither; decided by where the value is). */
  readonly direction: 'increase' | 'decrease' | 'range';
  readonly value: number;
  readonly upper?: number;
  readonly tolerance?: Tolerance;
}

const SYMBOLS: Readonly<Record<string, RuleKind>> = {
  '≥': 'at-least', '>=': 'at-least', '＞': 'above', '>': 'above', '<': 'below', '＜': 'below', '≤': 'at-most', '<=': 'at-most', '=': 'equal',
};

const KIND_OF_SYMBOL: Readonly<Record<string, RuleKind>> = {
  '≥': 'at-least', '>': 'above', '<': 'below', '≤': 'at-most', '=': 'equal', '∈': 'range', '≈': 'about', '+': 'at-least',
};

const SYMBOL_OF_KIND: Readonly<Record<RuleKind, TargetRule['symbol']>> = {
  'at-least': '≥', above: '>', below: '<', 'at-most': '≤', equal: '=', range: '∈', about: '≈',
};

function kindOf(comparator: string | undefined): RuleKind {
  if (comparator === undefined) return 'at-least';
  const meaning = comparatorMeaning(comparator);
  if (meaning) return KIND_OF_SYMBOL[meaning.symbol] ?? 'at-least';
  return SYMBOLS[compactText(comparator)] ?? 'at-least';
}

function directionOf(kind: RuleKind): TargetRule['direction'] {
  if (kind === 'below' || kind === 'at-most' || kind === 'equal') return 'decrease';
  return kind === 'range' || kind === 'about' ? 'range' : 'increase';
}

const STATED = /(?:±|\+-|\+\/-|上下浮动|上下)\s*(\d+(?:\.\d+)?)/;
const NUMBER = /\d+(?:\.\d+)?/g;

/** Tolerance of a 左右 target: stated in the wording, or half a unit of its printed precision. */
export function toleranceOf(value: number, text: string | undefined): Tolerance {
  const wording = text === undefined ? '' : text.normalize('NFKC');
  const stated = STATED.exec(wording);
  if (stated?.[1] !== undefined) return { value: Number(stated[1]), source: 'stated' };
  // Digits as printed: "6.0%" keeps its one decimal, which the stored number 6 has lost.
  const printed = (wording.match(NUMBER) ?? []).find((n) => Number(n) === value);
  const decimals = printed === undefined ? decimalsOf(value) : (printed.split('.')[1] ?? '').length;
  return { value: Number((0.5 * 10 ** -decimals).toPrecision(12)), source: 'printed-precision' };
}

/** The rule of a numeric target record; null for a qualitative one (no figure). */
export function ruleOf(target: NormalizedRecord): TargetRule | null {
  if (target.value === null) return null;
  const kind = target.upper !== undefined && kindOf(target.comparator) === 'at-least' ? 'range' : kindOf(target.comparator);
  const rule: TargetRule = {
    kind,
    symbol: SYMBOL_OF_KIND[kind],
    // 每年 as the comparator, or in the task's own name (附件1 保护性耕作每年实施面积).
    eachYear: target.comparator === '每年' || (target.period.includes('-') && target.indicatorName.includes('每年')),
    yearlyAverage: target.yearlyAverage === true,
    direction: directionOf(kind),
    value: target.value,
    ...(target.upper === undefined ? {} : { upper: target.upper }),
    ...(kind === 'about' ? { tolerance: toleranceOf(target.value, target.text) } : {}),
  };
  return rule;
}

/**
 * Does a value meet the rule? At the boundary exactly as worded: 1500 以上 is met by 1500,
 * 超过 98 is not met by 98, 低于 1 is met by 0.5, 为 0 only by 0.
 */
export function meets(rule: TargetRule, value: number): boolean {
  switch (rule.kind) {
    case 'at-least': return value >= rule.value;
    case 'above': return value > rule.value;
    case 'below': return value < rule.value;
    case 'at-most': return value <= rule.value;
    case 'equal': return value === rule.value;
    case 'range': return value >= rule.value && value <= (rule.upper ?? rule.value);
    case 'about': {
      const tolerance = rule.tolerance?.value ?? 0;
      // Compared at 12 significant digits: 5.5 − 6 must not miss −0.5 by float noise.
      return Number(Math.abs(value - rule.value).toPrecision(12)) <= tolerance;
    }
  }
}

/** Where a trend towards the target aims: the nearer end of a range from outside it. */
export function aimOf(rule: TargetRule, from: number): number {
  if (rule.kind === 'range' && rule.upper !== undefined && from > rule.upper) return rule.upper;
  return rule.value;
}
