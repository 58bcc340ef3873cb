/**
 * Ranked horizontal bars of one county metric, coloured by city. One stacked series per city
 * (each county has a value in exactly one of them) gives a real legend that can hide a city.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { CITIES } from '../data/regions';
import { escapeHtml, formatValue } from './format';
import type { RankingModel } from './ranking-model';
import { DESKTOP_TYPE, FONT_FAMILY, MUTED_TEXT, PALETTE, TEXT_COLOR, type TypeScale } from './theme';

export function cityColor(city: string): string {
  const index = CITIES.findIndex((c) => c.name === city);
  return PALETTE[index < 0 ? PALETTE.length - 1 : index % PALETTE.length] ?? '#999999';
}

function tooltipHtml(model: RankingModel, index: number): string {
  const item = model.counties[index];
  if (!item) return '';
  const share = model.total ? `，占合计 ${formatValue((item.value / model.total) * 100, 1)}%` : '';
  return [
    `<strong>${escapeHtml(item.region)}</strong>（${escapeHtml(item.city)}）`,
    escapeHtml(`${model.name}：${formatValue(item.value)} ${model.unit}`),
    escapeHtml(`第 ${item.rank} 名 / ${model.counties.length} 个重点县${share}`),
  ].join('<br/>');
}

export function buildRankingOption(model: RankingModel, type: TypeScale = DESKTOP_TYPE): EChartsCoreOption {
  const cities = CITIES.map((c) => c.name).filter((city) => model.counties.some((c) => c.city === city));
  return {
    aria: { enabled: true },
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    legend: { top: 0, left: 0, itemGap: 16, textStyle: { fontSize: type.axis, color: TEXT_COLOR } },
    grid: { left: 8, right: 72, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => tooltipHtml(model, p.dataIndex) },
    xAxis: { type: 'value', axisLabel: { fontSize: type.axis, color: MUTED_TEXT }, name: model.unit, nameTextStyle: { color: MUTED_TEXT } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: model.counties.map((c) => c.region),
      axisLabel: { fontSize: type.axis, color: TEXT_COLOR, interval: 0 },
      axisTick: { show: false },
    },
    series: cities.map((city) => ({
      type: 'bar',
      name: city,
      stack: 'county',
      itemStyle: { color: cityColor(city) },
      barMaxWidth: 18,
      data: model.counties.map((c) => (c.city === city ? c.value : null)),
      label: { show: true, position: 'right', fontSize: type.label - 2, color: TEXT_COLOR, formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? formatValue(p.value) : '') },
    })),
  };
}
