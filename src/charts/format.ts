/** Number and text formatting for charts: Chinese readers' conventions, escaped for HTML. */
import { format } from 'echarts/core';

/** Data-driven text going into an HTML tooltip must be escaped (region or indicator names). */
export function escapeHtml(text: string): string {
  return format.encodeHTML(text);
}

/** 1234.5 → "1,234.5"; keeps the precision the plan printed (never invents decimals). */
export function formatValue(value: number, maxDecimals = 2): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: maxDecimals });
}

export function formatPercent(ratio: number, decimals = 1): string {
  const sign = ratio > 0 ? '+' : '';
  return `${sign}${(ratio * 100).toFixed(decimals)}%`;
}

