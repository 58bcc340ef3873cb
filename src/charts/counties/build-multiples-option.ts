/**
 * Small multiples: one panel per city with its key counties' bars, all on one value scale so
 * panels compare at a glance. One ECharts instance with a grid per city (not nine instances):
 * cheaper to draw and one thing to resize.
 */
import { regionLabel, unitLabel } from '../../data/glossary';
import { CITIES } from '../../data/regions';
import { cityColor } from './county-colors';
import type { CountyMetricModel, CountyValue } from './county-model';
import { escapeHtml } from '../format';
import { formatFixed } from '../format-indicator';
import { barLabelLook, baseOption, perItem, rowAxis } from '../base-option';
import type { ChartOption } from '../chart-option';
import type { ChartSettings } from '../theme';

/** Share of a panel's width kept for the county names left of its plot. */
const LABEL_SHARE = 0.24;

export interface MultiplesLayout {
  readonly columns: number;
  readonly panelHeight: number;
  readonly height: number;
}

interface CityPanel {
  readonly city: string;
  readonly counties: readonly CountyValue[];
}

export function cityPanels(model: CountyMetricModel, selected: readonly string[]): CityPanel[] {
  return CITIES.map((city) => ({
    city: city.name,
    counties: model.counties
      .filter((c) => c.city === city.name && selected.includes(c.region) && c.value !== null)
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0)),
  })).filter((p) => p.counties.length > 0);
}

export function multiplesLayout(
  panels: readonly CityPanel[],
  columns: number,
  settings: ChartSettings,
): MultiplesLayout {
  const most = Math.max(1, ...panels.map((p) => p.counties.length));
  const panelHeight = 56 + most * Math.max(20, settings.type.axis * 1.6);
  return { columns, panelHeight, height: Math.ceil(panels.length / columns) * panelHeight };
}

export function buildMultiplesOption(
  model: CountyMetricModel,
  panels: readonly CityPanel[],
  layout: MultiplesLayout,
  settings: ChartSettings,
): ChartOption {
  const { theme, type, lang } = settings;
  const max = Math.max(0, ...panels.flatMap((p) => p.counties.map((c) => c.value ?? 0)));
  const width = 100 / layout.columns;
  const place = (i: number): { left: string; top: number } => ({
    left: `${(i % layout.columns) * width + 1}%`,
    top: Math.floor(i / layout.columns) * layout.panelHeight,
  });
  return {
    ...baseOption(settings),
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: perItem((p) => {
        const c = panels[p.seriesIndex ?? -1]?.counties[p.dataIndex];
        return c
          ? `<strong>${escapeHtml(regionLabel(lang, c.region))}</strong><br/>${escapeHtml(`${formatFixed(c.value ?? 0, model.decimals)} ${unitLabel(lang, model.unit)}`)}`
          : '';
      }),
    },
    title: panels.map((p, i) => ({
      text: regionLabel(lang, p.city),
      ...place(i),
      textStyle: { fontSize: type.axis + 2, color: theme.text },
    })),
    // Same plot width in every panel, whatever its county names: label room is a fixed share of
    // the panel (not fitted to the labels), or one scale would draw equal values at two lengths.
    grid: panels.map((_, i) => ({
      left: `${(i % layout.columns) * width + LABEL_SHARE * width}%`,
      top: place(i).top + 32,
      width: `${width * (1 - LABEL_SHARE) - 7}%`,
      height: layout.panelHeight - 56,
      outerBoundsMode: 'none' as const,
    })),
    xAxis: panels.map((_, i) => ({
      type: 'value',
      gridIndex: i,
      max,
      axisLabel: { show: false },
      splitLine: { lineStyle: { color: theme.gridLine } },
    })),
    yAxis: panels.map((p, i) => ({
      ...rowAxis(settings, { interval: 0 }),
      gridIndex: i,
      data: p.counties.map((c) => regionLabel(lang, c.region)),
    })),
    series: panels.map((p, i) => ({
      type: 'bar',
      xAxisIndex: i,
      yAxisIndex: i,
      name: regionLabel(lang, p.city),
      barMaxWidth: 18,
      itemStyle: { color: cityColor(p.city, theme) },
      data: p.counties.map((c) => c.value),
      label: {
        ...barLabelLook(settings),
        formatter: (v: { value: unknown }) =>
          typeof v.value === 'number' ? formatFixed(v.value, model.decimals) : '',
      },
    })),
  };
}
