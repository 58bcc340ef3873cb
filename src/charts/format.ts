/** Number and text formatting for charts: Chinese readers' conventions, escaped for HTML. */
const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Data-driven text going into an HTML tooltip must be escaped (region or indicator names). Here,
 * not ECharts' format.encodeHTML: this module is on every view's first path, and importing
 * `echarts/core` for one replace pulled ECharts' core into the initial chunks.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** The shortest decimal digits that read back as `abs` (what String() and Intl start from), and how many of them precede the point. */
function shortestDigits(abs: number): { readonly digits: string; readonly point: number } {
  const [mantissa = '0', exponent = '0'] = abs.toExponential().split('e');
  return { digits: mantissa.replace('.', ''), point: Number(exponent) + 1 };
}

/** "129" → "130" at a carry; "99" → "100" (one more digit before the point). */
function incremented(digits: string): { readonly digits: string; readonly carried: boolean } {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i -= 1;
  if (i < 0) return { digits: `1${'0'.repeat(digits.length)}`, carried: true };
  return {
    digits: `${digits.slice(0, i)}${String(Number(digits[i]) + 1)}${'0'.repeat(digits.length - i - 1)}`,
    carried: false,
  };
}

/**
 * Chinese digit grouping with `minDecimals`–`maxDecimals` decimals: 1234.5 (0, 2) → "1,234.5",
 * 2.5 (2, 2) → "2.50", 1.005 (0, 2) → "1.01". Exactly what `Intl.NumberFormat('zh-CN', {
 * minimumFractionDigits, maximumFractionDigits })` prints — rounding the shortest decimal form
 * half away from zero, "-0" for a negative that rounds to zero, "∞", "NaN" — which the tests
 * check against Intl for any number. Written out because the first Intl.NumberFormat of a page
 * costs 25–50 ms (ICU's locale data; `npm run bench`, first-chart attribution), and every
 * view's first chart and table format numbers.
 */
export function formatNumber(value: number, minDecimals: number, maxDecimals: number): string {
  if (
    !Number.isInteger(minDecimals) ||
    !Number.isInteger(maxDecimals) ||
    minDecimals < 0 ||
    minDecimals > maxDecimals
  )
    throw new RangeError(`decimals ${String(minDecimals)}–${String(maxDecimals)}`);
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const abs = Math.abs(value);
  if (abs === Infinity) return `${sign}∞`;
  let { digits, point } = shortestDigits(abs);
  const keep = point + maxDecimals;
  if (keep < digits.length) {
    const up = keep >= 0 && digits.charCodeAt(keep) >= 53; // '5' or more: half away from zero
    digits = keep > 0 ? digits.slice(0, keep) : '';
    if (up) {
      const next = incremented(digits);
      digits = next.digits;
      if (next.carried) point += 1;
    }
  }
  const whole = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
  const fraction = (point >= 0 ? digits.slice(point) : `${'0'.repeat(-point)}${digits}`)
    .slice(0, maxDecimals)
    .replace(/0+$/, '')
    .padEnd(minDecimals, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === '' ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/** 1234.5 → "1,234.5"; keeps the precision the plan printed (never invents decimals). */
export function formatValue(value: number, maxDecimals = 2): string {
  return formatNumber(value, 0, maxDecimals);
}

export function formatPercent(ratio: number, decimals = 1): string {
  const sign = ratio > 0 ? '+' : '';
  return `${sign}${(ratio * 100).toFixed(decimals)}%`;
}
