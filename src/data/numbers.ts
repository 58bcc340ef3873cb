/**
 * Number cells as staff type them: `1,234.5`, full-width `１２３４`, `12.5%`, `1‰`, `—` for
 * "none". A cell that is not a number is reported, never turned into NaN.
 */
import { compactText } from './text';

export type NumberCell =
  | { readonly kind: 'number'; readonly value: number; readonly suffix: '' | '%' | '‰' }
  | { readonly kind: 'empty' }
  /** An explicit "no value" mark (—, -, /), distinct from a forgotten cell. */
  | { readonly kind: 'none-mark' }
  | { readonly kind: 'invalid' };

const NONE_MARKS = new Set(['—', '-', '–', '/', '\u2014\u2014', '--', '无']);
const PLAIN = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Most cells are plain ASCII decimals: skip the Unicode folding (the costly part) for them. */
const ASCII_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Digits split by spaces: only thousands groups (`1 234`) read as one number, not `8 3.3`. */
const SPACED_DIGITS = /\d[\s\u3000]+\d/;
const SPACE_GROUPED = /^[+-]?\d{1,3}([\s\u3000]\d{3})+(\.\d+)?[%‰]?$/;

export function parseNumberCell(raw: string): NumberCell {
  if (ASCII_DECIMAL.test(raw)) return { kind: 'number', value: Number(raw), suffix: '' };
  const folded = raw.normalize('NFKC').trim();
  if (SPACED_DIGITS.test(folded) && !SPACE_GROUPED.test(folded)) return { kind: 'invalid' };
  // NFKC turns full-width digits, comma, period and ％ into ASCII; ‰ is left as is.
  const text = compactText(raw);
  if (text === '') return { kind: 'empty' };
  if (NONE_MARKS.has(text)) return { kind: 'none-mark' };
  const suffix = text.endsWith('%') ? '%' : text.endsWith('‰') ? '‰' : '';
  const body = suffix ? text.slice(0, -1) : text;
  if (PLAIN.test(body)) return { kind: 'number', value: Number(body), suffix };
  // Thousands separators only where they group correctly: `1,234` yes, `1,23` (a typo) no.
  if (GROUPED.test(body)) return { kind: 'number', value: Number(body.replace(/,/g, '')), suffix };
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

