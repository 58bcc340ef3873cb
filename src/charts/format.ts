/** Number and text formatting for charts: Chinese readers' conventions, escaped for HTML. */
import { format } from 'echarts/core';
import { decimalsOf } from '../data/numbers';

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

/** The most decimals any of an indicator's published values has: 2.57 and 4.53 → 2; 5600 → 0. */
export function decimalsOfValues(values: ReadonlyArray<number | null>): number {
  return Math.min(4, Math.max(0, ...values.map((v) => (v === null ? 0 : decimalsOf(v)))));
}

/** A value at its indicator's fixed precision, grouped for Chinese readers: 1,144.0 → "1,144.0". */
export function formatFixed(value: number, decimals: number): string {
  return value.toLocaleString('zh-CN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
