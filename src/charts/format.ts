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

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Chinese digit grouping with `min`–`max` decimals, one formatter per pair: `toLocaleString`
 * with options builds a new Intl.NumberFormat on every call, which showed up as the largest
 * single cost of a first render (every table cell, label and tooltip formats a number).
 */
export function numberFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}-${max}`;
  let formatter = numberFormats.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, formatter);
  }
  return formatter;
}

/** 1234.5 → "1,234.5"; keeps the precision the plan printed (never invents decimals). */
export function formatValue(value: number, maxDecimals = 2): string {
  return numberFormat(0, maxDecimals).format(value);
}

export function formatPercent(ratio: number, decimals = 1): string {
  const sign = ratio > 0 ? '+' : '';
  return `${sign}${(ratio * 100).toFixed(decimals)}%`;
}
