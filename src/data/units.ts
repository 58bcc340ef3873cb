/**
 * Units of actual values against their targets: equal, or converted by an exact, stated factor —
 * never a silent comparison across units. Every unit is an integer multiple of a base unit of its
 * family, so a factor between two units is a ratio of integers and a conversion is exact up to the
 * float rounding of one multiplication and one division (cleaned to 12 significant digits).
 *
 * Where the factors come from: 市制 (1 市斤 = 500 克, so 1 吨 = 2000 斤 and 1 亿斤 = 5 万吨;
 * 1 亩 = 6000 平方尺 with 1 尺 = 1/3 米, so 1 亩 = 2000/3 m² and 1 公顷 = 15 亩), SI prefixes
 * (千克, 千米), and the Chinese number words 千 / 万 / 十万 / 百万 / 千万 / 亿 in front of a unit.
 * Anything else — 万吨 vs 万亩, % vs 个, 克/千克 vs 克 — has no factor, and the caller reports it.
 */
import { compactText } from './text';

type Family = 'area' | 'area-times' | 'weight' | 'length' | 'money' | 'ratio';

/** Base multiples within a family (integers: 1 亩 = 1, 1 公顷 = 15 亩). */
const BASE_UNITS: Readonly<Record<string, { readonly family: Family; readonly multiple: number }>> = {
  亩: { family: 'area', multiple: 1 },
  公顷: { family: 'area', multiple: 15 },
  平方公里: { family: 'area', multiple: 1500 },
  亩次: { family: 'area-times', multiple: 1 },
  斤: { family: 'weight', multiple: 1 },
  公斤: { family: 'weight', multiple: 2 },
  千克: { family: 'weight', multiple: 2 },
  吨: { family: 'weight', multiple: 2000 },
  毫米: { family: 'length', multiple: 1 },
  厘米: { family: 'length', multiple: 10 },
  米: { family: 'length', multiple: 1000 },
  公里: { family: 'length', multiple: 1_000_000 },
  元: { family: 'money', multiple: 1 },
  '‰': { family: 'ratio', multiple: 1 },
  '%': { family: 'ratio', multiple: 10 },
};

/** Number words staff put in front of a unit (万吨, 亿斤, 千公顷). Longest first. */
const PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['十万', 100_000], ['百万', 1_000_000], ['千万', 10_000_000], ['千', 1000], ['万', 10_000], ['亿', 100_000_000],
];

/** Spellings of one unit: full-width ％ folds by NFKC; 百分比 and 千分比 are words for them. */
const ALIASES: Readonly<Record<string, string>> = { 百分比: '%', 百分率: '%', 千分比: '‰', 千分率: '‰', 市斤: '斤', 平方千米: '平方公里', 千米: '公里' };

/** `（万吨）`, `单位：万吨`, ` 万 吨 ` → `万吨`. */
export function normalizeUnit(raw: string): string {
  const compact = compactText(raw).replace(/^单位[:：]?/, '').replace(/^[(（[【](.*)[)）\]】]$/, '$1');
  return ALIASES[compact] ?? compact;
}

interface Scaled {
  readonly family: Family | null;
  /** The unit itself when it has no family: counts (个, 户, 件) convert only by number words. */
  readonly base: string;
  readonly multiple: number;
}

function scaledUnit(unit: string): Scaled {
  const known = BASE_UNITS[unit];
  if (known) return { family: known.family, base: unit, multiple: known.multiple };
  for (const [word, factor] of PREFIXES) {
    if (!unit.startsWith(word) || unit.length === word.length) continue;
    const rest = unit.slice(word.length);
    // 千克 is a base unit above; a prefix never goes in front of a ratio unit (万% means nothing).
    if (rest.includes('/') || rest === '%' || rest === '‰') break;
    const inner = scaledUnit(ALIASES[rest] ?? rest);
    return { ...inner, multiple: inner.multiple * factor };
  }
  return { family: null, base: unit, multiple: 1 };
}

export interface UnitFactor {
  /** value in `from` × numerator ÷ denominator = value in `to`; both positive integers. */
  readonly numerator: number;
  readonly denominator: number;
  /** The stated rule: `1 亿斤 = 5 万吨`. Empty when the units are the same. */
  readonly rule_zh: string;
  readonly rule_en: string;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function ruleOf(from: string, to: string, numerator: number, denominator: number): string {
  return numerator >= denominator ? `1 ${from} = ${numerator / denominator} ${to}` : `1 ${to} = ${denominator / numerator} ${from}`;
}

/** The exact factor from one unit to another, or null when there is none. */
export function unitFactor(fromRaw: string, toRaw: string): UnitFactor | null {
  const from = normalizeUnit(fromRaw);
  const to = normalizeUnit(toRaw);
  if (from === to) return { numerator: 1, denominator: 1, rule_zh: '', rule_en: '' };
  const a = scaledUnit(from);
  const b = scaledUnit(to);
  const sameKind = a.family !== null ? a.family === b.family : b.family === null && a.base === b.base;
  if (!sameKind) return null;
  const divisor = gcd(a.multiple, b.multiple);
  const numerator = a.multiple / divisor;
  const denominator = b.multiple / divisor;
  const rule = ruleOf(from, to, numerator, denominator);
  return { numerator, denominator, rule_zh: rule, rule_en: rule };
}

/** Float noise of ×/÷ removed (7763.1 万吨 → 1552.62 亿斤, not 1552.6200000000001). */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

export type Converted =
  | { readonly ok: true; readonly value: number; readonly factor: UnitFactor }
  | { readonly ok: false };

export function convertUnit(value: number, from: string, to: string): Converted {
  const factor = unitFactor(from, to);
  if (!factor) return { ok: false };
  if (factor.numerator === 1 && factor.denominator === 1) return { ok: true, value, factor };
  return { ok: true, value: clean((value * factor.numerator) / factor.denominator), factor };
}

/** 亩 → 亩次: summing yearly areas gives area-times (保护性耕作 5 年累计 亿亩次 = Σ 每年 万亩). */
export function cumulativeUnit(unit: string): string {
  const normalized = normalizeUnit(unit);
  const scaled = scaledUnit(normalized);
  return scaled.family === 'area' && normalized.endsWith('亩') ? `${normalized}次` : normalized;
}
