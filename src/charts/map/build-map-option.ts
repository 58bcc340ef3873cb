/**
 * The county map's ECharts option: a choropleth of one per-county metric, or the protection zone
 * types (build-zone-map-option.ts). Pure: model, shapes and settings in, option out; the shapes
 * come from register-map.ts, so this module never pulls the map asset in.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { indicatorLabel, unitLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import { formatValue } from '../format';
import type { ChartSettings } from '../theme';
import { buildZoneMapOption } from './build-zone-map-option';
import type { MapShape } from './map-join';
import type { MapCounty, MapModel, MetricMapModel } from './map-model';
import { buildMapBase, legendBottom, type CountyEntry } from './map-series';

/** Viridis: ordered in lightness, readable with colour blindness, and never grey like the counties outside the 39. */
const VIRIDIS = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;

/** More is darker on a light page, brighter on the dark wall screen. */
function ramp(settings: ChartSettings): string[] {
  return settings.theme.name === 'dark' ? [...VIRIDIS].reverse() : [...VIRIDIS];
}

function metricEntry(model: MetricMapModel, county: MapCounty | undefined, settings: ChartSettings, ranked: number): CountyEntry {
  const { lang } = settings;
  const name = indicatorLabel(lang, model.indicator, model.name);
  const value = county?.value ?? null;
  if (value === null) return { value: null, lines: [`${name}${pick(lang, '：无数据', ': no value')}`] };
  const amount = `${formatValue(value, model.decimals)} ${unitLabel(lang, model.unit)}`.trim();
  const rank = county?.rank ?? null;
  const rankLine = rank === null ? [] : [pick(lang, `第 ${rank} 名 / ${ranked} 个重点县`, `Rank ${rank} of ${ranked} key counties`)];
  return { value, lines: [`${name}${pick(lang, '：', ': ')}${amount}`, ...rankLine] };
}

export function buildMetricMapOption(model: MetricMapModel, shapes: readonly MapShape[], settings: ChartSettings, selected: string | null): EChartsCoreOption {
  const { theme, type, lang } = settings;
  const byCounty = new Map(model.counties.map((c) => [c.region, c]));
  const values = model.counties.flatMap((c) => (c.value === null ? [] : [c.value]));
  const min = values.length > 0 ? Math.min(...values) : 0;
  const max = values.length > 0 ? Math.max(...values) : 1;
  const text = (v: number): string => `${formatValue(v, model.decimals)} ${unitLabel(lang, model.unit)}`.trim();
  const base = buildMapBase({ settings, shapes, selected, entryOf: (county) => metricEntry(model, byCounty.get(county), settings, values.length) });
  return {
    ...base,
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      min,
      // A metric with one value everywhere still needs a span to colour.
      max: max > min ? max : min + 1,
      calculable: false,
      orient: 'vertical',
      left: 8,
      bottom: legendBottom(settings),
      itemWidth: type.axis,
      itemHeight: type.axis * 10,
      text: [text(max), text(min)],
      textStyle: { fontSize: type.axis, color: theme.text },
      inRange: { color: ramp(settings) },
      outOfRange: { color: theme.neutral },
    },
  };
}

export function buildMapOption(model: MapModel, shapes: readonly MapShape[], settings: ChartSettings, selected: string | null): EChartsCoreOption {
  return model.mode === 'metric'
    ? buildMetricMapOption(model, shapes, settings, selected)
    : buildZoneMapOption(model, shapes, settings, selected);
}
