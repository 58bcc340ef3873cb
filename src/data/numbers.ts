/**
 * Number cells as staff type them: `1,234.5`, full-width `１２３４`, `12.5%`, `1‰`, `—` for
 * "none". A cell that is not a number is reported, never turned into NaN — nor into a number it
 * does not show: digits a double cannot hold exactly, footnote marks (`4.53¹`), circled digits
 * (`⑤`) and a comma that may be a decimal comma are refused with their reason.
 */
import { isExactDecimal } from './decimal';
import { compactText } from './text';

/**
 * Why a cell that looks numeric was refused: `inexact` (more digits than a double holds, or
 * beyond its range), `lookalike` (superscript, subscript, circled or other non-digit that NFKC
 * would fold into a digit), `ambiguous` (one comma and no point, where a decimal comma is
 * plausible: a `;`-separated file, or a column written with decimals).
 */
export type RefusalReason = 'inexact' | 'lookalike' | 'ambiguous';

export interface NumberContext {
  readonly decimalCommaPlausible?: boolean;
}

export type NumberCell =
  | { readonly kind: 'number'; readonly value: number; readonly suffix: '' | '%' | '‰' }
  | { readonly kind: 'empty' }
  /** An explicit "no value" mark (—, -, /), distinct from a forgotten cell. */
  | { readonly kind: 'none-mark' }
  | { readonly kind: 'invalid'; readonly reason?: RefusalReason };

const NONE_MARKS = new Set(['—', '-', '–', '/', '\u2014\u2014', '--', '无']);
const PLAIN = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Most cells are plain ASCII decimals: skip the Unicode folding (the costly part) for them. */
const ASCII_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Digits split by spaces: only thousands groups (`1 234`) read as one number, not `8 3.3`. */
const SPACED_DIGITS = /\d[\s\u3000]+\d/;
const SPACE_GROUPED = /^[+-]?\d{1,3}([\s\u3000]\d{3})+(\.\d+)?[%‰]?$/;

/** Typed by a keyboard as digits: ASCII and full-width digits, and what is not a digit at all. */
const TYPED = /^[\t\n\r -\u007f\uff01-\uff5e\u3000\u2030\u2014\u2013\u200b-\u200f\u2060\ufeff无]*$/u;

/** A character that is not a digit but that NFKC folds into one (¹ → 1, ⑤ → 5, ½ → 1⁄2). */
function hasDigitLookalike(raw: string): boolean {
  if (TYPED.test(raw)) return false;
  for (const c of raw) if (!TYPED.test(c) && /\d/.test(c.normalize('NFKC'))) return true;
  return false;
}

function exactly(text: string, suffix: '' | '%' | '‰'): NumberCell {
  const value = Number(text);
  return isExactDecimal(text, value) ? { kind: 'number', value, suffix } : { kind: 'invalid', reason: 'inexact' };
}

const ONE_COMMA = /^[+-]?\d+,\d+$/;

export function parseNumberCell(raw: string, context: NumberContext = {}): NumberCell {
  if (ASCII_DECIMAL.test(raw)) return exactly(raw, '');
  if (hasDigitLookalike(raw)) return { kind: 'invalid', reason: 'lookalike' };
  const folded = raw.normalize('NFKC').trim();
  if (SPACED_DIGITS.test(folded) && !SPACE_GROUPED.test(folded)) return { kind: 'invalid' };
  // NFKC turns full-width digits, comma, period and ％ into ASCII; ‰ is left as is.
  const text = compactText(raw);
  if (text === '') return { kind: 'empty' };
  if (NONE_MARKS.has(text)) return { kind: 'none-mark' };
  const suffix = text.endsWith('%') ? '%' : text.endsWith('‰') ? '‰' : '';
  const body = suffix ? text.slice(0, -1) : text;
  if (PLAIN.test(body)) return exactly(body, suffix);
  // `3,125` in a `;` file is 3.125 to its author: neither reading is safe.
  if (context.decimalCommaPlausible === true && ONE_COMMA.test(body)) return { kind: 'invalid', reason: 'ambiguous' };
  // Thousands separators only where they group correctly: `1,234` yes, `1,23` (a typo) no.
  if (GROUPED.test(body)) return exactly(body.replace(/,/g, ''), suffix);
  return { kind: 'invalid' };
}

const MAX_PRINTED_DECIMALS = 8;

/**
 * Decimal places as written, so a total is compared, and a figure printed, at the precision the
 * gazette used: 2.57 → 2, 5600 → 0, 1.3283 → 4, 1e-7 → 7 (capped at 8: beyond is float noise).
 */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = Math.abs(value).toString();
  const exponent = /^\d(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (exponent) {
    const digits = exponent[1]?.length ?? 0;
    return Math.min(MAX_PRINTED_DECIMALS, Math.max(0, digits - Number(exponent[2])));
  }
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(MAX_PRINTED_DECIMALS, text.length - dot - 1);
}

