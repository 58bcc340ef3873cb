/**
 * Decimal text and doubles, exactly. A cell is stored as a double; a cell whose decimal a double
 * cannot hold (20 significant digits, 401 digits → Infinity) must be refused rather than rounded,
 * and a number from JSON must be written back as plain digits (`1e-7` → `0.0000001`), not in the
 * exponent form a number cell refuses.
 */

interface Decimal {
  /** Significant digits without leading or trailing zeros ('' for zero). */
  readonly digits: string;
  /** value = digits × 10^exponent. */
  readonly exponent: number;
}

const SCIENTIFIC = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

function decimalOf(text: string): Decimal | null {
  const match = SCIENTIFIC.exec(text.replace(/^[+-]/, ''));
  if (!match) return null;
  const int = match[1] ?? '';
  const frac = match[2] ?? '';
  let digits = (int + frac).replace(/^0+/, '');
  let exponent = Number(match[3] ?? '0') - frac.length;
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end -= 1;
  exponent += digits.length - end;
  digits = digits.slice(0, end);
  return digits === '' ? { digits: '', exponent: 0 } : { digits, exponent };
}

/** Any decimal of up to 15 digits survives a double: the usual cell takes no work. */
const ALWAYS_EXACT_LENGTH = 15;

/**
 * Whether `value` (parsed from `text`, a plain decimal like `-1234.50`) is exactly the decimal
 * the text shows, to the shortest representation of the double: `0.1` yes, `9007199254740993`
 * (read as …992) no, 401 nines (read as Infinity) no.
 */
export function isExactDecimal(text: string, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (text.length <= ALWAYS_EXACT_LENGTH) return true;
  const written = decimalOf(text);
  const stored = decimalOf(String(Math.abs(value)));
  return written !== null && stored !== null && written.digits === stored.digits && written.exponent === stored.exponent;
}

/** A finite double as plain digits, never in exponent form: 1e-7 → 0.0000001, 1e21 → 1 and 21 zeros. */
export function formatPlainDecimal(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(value);
  if (!text.includes('e')) return text === '-0' ? '0' : text;
  const parsed = decimalOf(text);
  if (!parsed) return text;
  const sign = value < 0 ? '-' : '';
  const { digits, exponent } = parsed;
  if (exponent >= 0) return `${sign}${digits}${'0'.repeat(exponent)}`;
  const point = digits.length + exponent;
  return point > 0 ? `${sign}${digits.slice(0, point)}.${digits.slice(point)}` : `${sign}0.${'0'.repeat(-point)}${digits}`;
}

/** A finite double's decimal (its shortest form) as integer units of 10^-scale: 12.5 → 125, 1. */
function scaledOf(value: number): { readonly units: bigint; readonly scale: number } {
  const text = formatPlainDecimal(value);
  const negative = text.startsWith('-');
  const [int = '0', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const units = BigInt(`${int}${frac}`);
  return { units: negative ? -units : units, scale: frac.length };
}

function rescaled(x: { readonly units: bigint; readonly scale: number }, scale: number): bigint {
  return x.units * 10n ** BigInt(scale - x.scale);
}

/**
 * The exact decimal sum of figures read from cells (each exactly the decimal it showed, see
 * isExactDecimal), as plain text: 0.1 + 0.2 is `0.3`, never 0.30000000000000004. Totals are
 * compared on these, not on doubles, so a right 合计 never warns and a wrong one always does.
 */
export function exactSum(values: readonly number[]): string {
  const parts = values.map(scaledOf);
  const scale = Math.max(0, ...parts.map((p) => p.scale));
  const total = parts.reduce((sum, p) => sum + rescaled(p, scale), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}${frac === '' ? '' : `.${frac}`}`;
}

/** Exact comparison of two figures read from cells: -1, 0 or 1. */
export function compareExact(a: number, b: number): -1 | 0 | 1 {
  const x = scaledOf(a);
  const y = scaledOf(b);
  const scale = Math.max(x.scale, y.scale);
  const d = rescaled(x, scale) - rescaled(y, scale);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}
