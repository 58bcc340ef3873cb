/**
 * Target cells as plans print them: `500`, `≥5`, `<5.5`, `98%以上`, `[2.5]` / `〔2.5〕` (a
 * five-year cumulative), `20—25` (a range), `—` (none), and wording (`承诺率达到 100%`). Wording
 * is read into comparator, value and unit only when it holds exactly one figure in one of the
 * shapes below; anything else stays the plan's words, flagged so a person sees it was not read.
 */
import { isUnitText } from '../indicator-names';
import { parseNumberCell } from '../numbers';

export type TargetCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'none' }
  | {
      readonly kind: 'figure';
      readonly value: number;
      /** As printed (`≥`, `超过`, `以上`, `区间` for a range); absent for a plain figure. */
      readonly comparator?: string;
      readonly upper?: number;
      /** Unit written in the cell after the figure (`%`, `万户`). */
      readonly unit?: string;
      /** `[x]` / `〔x〕`: the five-year total, not the final year's level. */
      readonly cumulative: boolean;
      /** The plan's wording when the figure was read out of a sentence. */
      readonly wording?: string;
    }
  /** Only numerals written as words (`五百`): where a figure is required this is an error. */
  | { readonly kind: 'number-words' }
  /** Qualitative, or more than one figure: kept as the plan's words with a warning. */
  | { readonly kind: 'words'; readonly text: string };

const PREFIX = ['不少于', '不低于', '不超过', '不高于', '不小于', '不大于', '超过', '高于', '低于', '大于', '小于', '达到', '≥', '≤', '>', '<', '>=', '<='] as const;
const SUFFIX = ['以上', '以内', '以下', '左右'] as const;
const NONE = new Set(['—', '——', '-', '--', '–', '/', '无', '－']);
const CUMULATIVE = /^[[〔［【](.+)[\]〕］】]$/s;
const NUMERAL_WORDS = /^[零〇一二两三四五六七八九十百千万亿点]+[^\d]{0,3}$/;
const FIGURE = /(\d+(?:\.\d+)?)/g;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const RANGE = new RegExp(`^${NUMBER}\\s*[—–~～\\-至]+\\s*${NUMBER}(.*)$`);
const ALL_PREFIX = PREFIX.map((p) => p.replace(/[<>=]/g, (c) => `\\${c}`)).join('|');
/** subject? comparator? figure unit? suffix? — a sentence that names one figure. */
const SENTENCE = new RegExp(`^(.*?)(${ALL_PREFIX}|为|达)?\\s*${NUMBER}\\s*([^\\d\\s]{0,6}?)\\s*(${SUFFIX.join('|')})?$`);

function fold(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\u3000]+/g, ' ').trim();
}

function unitOrNull(text: string): string | undefined | null {
  const t = text.trim();
  if (t === '') return undefined;
  return isUnitText(t) ? t : null;
}

function readRange(text: string, cumulative: boolean): TargetCell | null {
  const m = RANGE.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const unit = unitOrNull(m[3] ?? '');
  const low = Number(m[1].replace(/,/g, ''));
  const high = Number(m[2].replace(/,/g, ''));
  if (unit === null || high <= low) return null;
  return { kind: 'figure', value: low, upper: high, comparator: '区间', cumulative, ...(unit ? { unit } : {}) };
}

const LINKS = new Set(['为', '达', '达到']);

/** `达 5 个以上` is 以上; `超过 5 以内` says two things: not certain. */
function comparatorOf(prefix: string | undefined, suffix: string | undefined): string | undefined | null {
  if (prefix === undefined) return suffix;
  if (suffix !== undefined) return LINKS.has(prefix) || suffix === '左右' ? suffix : null;
  return prefix === '>=' ? '≥' : prefix === '<=' ? '≤' : prefix === '达' ? '达到' : prefix;
}

/** `≥5`, `<5.5`, `98%以上`, `承诺率达到 100%`, `不少于 16 个`: one figure, certain reading. */
function readSentence(text: string, cumulative: boolean): TargetCell | null {
  const figures = text.match(FIGURE) ?? [];
  if (figures.length !== 1 && !/^\D*\d{1,3}(,\d{3})+(\.\d+)?\D*$/.test(text)) return null;
  const m = SENTENCE.exec(text);
  if (!m?.[3]) return null;
  const subject = (m[1] ?? '').trim();
  const prefix = m[2];
  const suffix = m[5];
  const unit = unitOrNull(m[4] ?? '');
  // A subject before the figure is only certain with a comparator word between them.
  if (unit === null || (subject !== '' && !prefix)) return null;
  const comparator = comparatorOf(prefix, suffix);
  if (comparator === null) return null;
  const value = Number(m[3].replace(/,/g, ''));
  return {
    kind: 'figure', value, cumulative,
    ...(comparator ? { comparator } : {}),
    ...(unit ? { unit } : {}),
    ...(subject !== '' ? { wording: text } : {}),
  };
}

export function parseTargetCell(raw: string): TargetCell {
  const folded = fold(raw);
  if (folded === '') return { kind: 'empty' };
  if (NONE.has(folded)) return { kind: 'none' };
  const bracket = CUMULATIVE.exec(folded);
  const cumulative = bracket !== null;
  const text = (bracket?.[1] ?? folded).trim();
  const plain = parseNumberCell(text);
  if (plain.kind === 'number') {
    return { kind: 'figure', value: plain.value, cumulative, ...(plain.suffix ? { unit: plain.suffix } : {}) };
  }
  if (NUMERAL_WORDS.test(text)) return { kind: 'number-words' };
  return readRange(text, cumulative) ?? readSentence(text, cumulative) ?? { kind: 'words', text: fold(raw) };
}

/** A base-year cell: a figure (possibly with its unit) or none; anything else is not a number. */
export function parseBaseCell(raw: string): TargetCell {
  const cell = parseTargetCell(raw);
  if (cell.kind !== 'figure') return cell;
  return cell.comparator === undefined && cell.wording === undefined ? cell : { kind: 'words', text: fold(raw) };
}
