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

export function parseNumberCell(raw: string): NumberCell {
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

/** Decimal places as written, so a total can be compared at the precision the gazette printed. */
export function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}
