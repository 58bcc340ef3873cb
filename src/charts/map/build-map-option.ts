/**
 * The county map's ECharts option: a choropleth of one per-county metric, or the protection zone
 * types (build-zone-map-option.ts). Pure: model, shapes and settings in, option out; the shapes
 * come from register-map.ts, so this module never pulls the map asset in.
 */
import { indicatorLabel, unitLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import { METRIC_RAMP, outsideColor, rampColor } from '../counties/county-colors';
import { formatValue } from '../format';
import type { MapChartOption } from '../chart-option';
import type { ChartSettings } from '../theme';
import { buildZoneMapOption } from './build-zone-map-option';
import type { MapShape } from './map-join';
import type { MapCounty, MapModel, MetricMapModel } from './map-model';
import { buildMapBase, legendPlace, type CountyEntry, type MapLayout } from './map-series';

interface Span {
  readonly min: number;
  readonly max: number;
}

function metricEntry(
  model: MetricMapModel,
  county: MapCounty | undefined,
  settings: ChartSettings,
  span: Span,
  ranked: number,
): CountyEntry {
  const { lang, theme } = settings;
  const name = indicatorLabel(lang, model.indicator, model.name);
  const value = county?.value ?? null;
  if (value === null)
    return {
      value: null,
      fill: outsideColor(theme),
      lines: [`${name}${pick(lang, '：无数据', ': no value')}`],
    };
  const amount = `${formatValue(value, model.decimals)} ${unitLabel(lang, model.unit)}`.trim();
  const rank = county?.rank ?? null;
  const rankLine =
    rank === null
      ? []
      : [pick(lang, `第 ${rank} 名 / ${ranked} 个重点县`, `Rank ${rank} of ${ranked} key counties`)];
  return {
    value,
    fill: rampColor(value, span.min, span.max),
    lines: [`${name}${pick(lang, '：', ': ')}${amount}`, ...rankLine],
  };
}

export function buildMetricMapOption(
  model: MetricMapModel,
  shapes: readonly MapShape[],
  settings: ChartSettings,
  selected: string | null,
  layout: MapLayout = 'page',
): MapChartOption {
  const { theme, type, lang } = settings;
  const byCounty = new Map(model.counties.map((c) => [c.region, c]));
  const values = model.counties.flatMap((c) => (c.value === null ? [] : [c.value]));
  const min = values.length > 0 ? Math.min(...values) : 0;
  const max = values.length > 0 ? Math.max(...values) : 1;
  // A metric with one value everywhere still needs a span to colour.
  const span = { min, max: max > min ? max : min + 1 };
  const text = (v: number): string =>
    `${formatValue(v, model.decimals)} ${unitLabel(lang, model.unit)}`.trim();
  const base = buildMapBase({
    settings,
    shapes,
    selected,
    layout,
    entryOf: (county) => metricEntry(model, byCounty.get(county), settings, span, values.length),
  });
  return {
    ...base,
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      min: span.min,
      max: span.max,
      calculable: false,
      orient: 'vertical',
      ...legendPlace(settings, layout),
      itemWidth: type.axis,
      itemHeight: type.axis * 10,
      text: [text(max), text(min)],
      textStyle: { fontSize: type.axis, color: theme.text },
      inRange: { color: [...METRIC_RAMP] },
      outOfRange: { color: outsideColor(theme) },
    },
  };
}

export function buildMapOption(
  model: MapModel,
  shapes: readonly MapShape[],
  settings: ChartSettings,
  selected: string | null,
  layout: MapLayout = 'page',
): MapChartOption {
  return model.mode === 'metric'
    ? buildMetricMapOption(model, shapes, settings, selected, layout)
    : buildZoneMapOption(model, shapes, settings, selected, layout);
}
