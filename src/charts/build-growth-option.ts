/**
 * Baseline → target as required growth: one bar per indicator, length = % change the plan asks
 * for, label = the two figures in the indicator's own unit. Indicators in different units never
 * share a value axis; only their relative change does.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { escapeHtml, formatPercent, formatValue } from './format';
import type { GrowthItem } from './growth-model';
import { DESKTOP_TYPE, FONT_FAMILY, MUTED_TEXT, PALETTE, TEXT_COLOR, type TypeScale } from './theme';

export interface GrowthOptionSettings {
  readonly type?: TypeScale;
  readonly valueAxisName: string;
}

function barLabel(item: GrowthItem): string {
  const change = item.changeRatio === null ? '' : `  ${formatPercent(item.changeRatio)}`;
  return `${formatValue(item.baseline)} → ${formatValue(item.target)} ${item.unit}${change}`;
}

function tooltipHtml(item: GrowthItem): string {
  const rows = [
    `${item.baselineYear} 基期值：${formatValue(item.baseline)} ${item.unit}`,
    `${item.targetYear} 目标值：${formatValue(item.target)} ${item.unit}`,
    `需增加：${formatValue(item.change)} ${item.unit}${item.changeRatio === null ? '' : `（${formatPercent(item.changeRatio)}）`}`,
    item.annualRate === null ? '' : `年均需增长：${formatPercent(item.annualRate)}`,
  ].filter(Boolean);
  return `<strong>${escapeHtml(item.name)}</strong><br/>${rows.map(escapeHtml).join('<br/>')}`;
}

export function buildGrowthOption(items: readonly GrowthItem[], settings: GrowthOptionSettings): EChartsCoreOption {
  const type = settings.type ?? DESKTOP_TYPE;
  return {
    aria: { enabled: true },
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    grid: { left: 8, right: 230, top: 16, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: { dataIndex: number }) => {
        const item = items[params.dataIndex];
        return item ? tooltipHtml(item) : '';
      },
    },
    xAxis: {
      type: 'value',
      name: settings.valueAxisName,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { fontSize: type.axis, color: MUTED_TEXT },
      axisLabel: { fontSize: type.axis, color: MUTED_TEXT, formatter: '{value}%' },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((i) => i.name),
      axisLabel: { fontSize: type.axis, color: TEXT_COLOR },
      axisTick: { show: false },
    },
    series: [{
      type: 'bar',
      name: settings.valueAxisName,
      data: items.map((i) => (i.changeRatio === null ? null : Math.round(i.changeRatio * 1000) / 10)),
      itemStyle: { color: PALETTE[0] },
      barMaxWidth: 28,
      label: {
        show: true,
        position: 'right',
        fontSize: type.label,
        color: TEXT_COLOR,
        formatter: (params: { dataIndex: number }) => {
          const item = items[params.dataIndex];
          return item ? barLabel(item) : '';
        },
      },
    }],
  };
}
