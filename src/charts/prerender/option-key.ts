/**
 * A chart option's identity for prerendering: the content hash of its JSON, with each function
 * (label and tooltip formatters) written as its source, so two options share a key only when every
 * number, text, colour, size and formatter the chart is drawn from is the same.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { contentHash } from '../../data/content-hash';

function withFunctionSource(_key: string, value: unknown): unknown {
  return typeof value === 'function' ? `ƒ ${String(value)}` : value;
}

export function optionKey(option: EChartsCoreOption): string {
  return contentHash(new TextEncoder().encode(JSON.stringify(option, withFunctionSource)));
}
