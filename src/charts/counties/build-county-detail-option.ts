/**
 * A county against the mean of the counties shown, one bar per metric as an index (mean = 100).
 * Metrics differ in unit, so only the unit-free index shares the axis; each bar's label gives the
 * value in its own unit.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { indicatorLabel, unitLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import type { CountyDetail } from './county-detail-model';
import { escapeHtml } from '../format';
import { formatFixed } from '../format-indicator';
import { FONT_FAMILY, paletteColor, type ChartSettings } from '../theme';

export function buildCountyDetailOption(detail: CountyDetail, settings: ChartSettings): EChartsCoreOption {
  const { theme, type, lang } = settings;
  const rows = detail.rows;
  const index = (r: (typeof rows)[number]): number | null =>
    r.ratioToMean === null ? null : Math.round(r.ratioToMean * 1000) / 10;
  return {
    aria: { enabled: true },
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: theme.text },
    grid: {
      left: 8,
      right: 200,
      top: 24,
      bottom: 32,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const r = rows[p.dataIndex];
        if (!r) return '';
        const unit = unitLabel(lang, r.unit);
        const mean = r.meanOfShown === null ? '—' : formatFixed(r.meanOfShown, r.decimals);
        return [
          `<strong>${escapeHtml(indicatorLabel(lang, r.indicator, r.name))}</strong>`,
          escapeHtml(`${r.value === null ? '—' : formatFixed(r.value, r.decimals)} ${unit}`),
          escapeHtml(
            pick(
              lang,
              `所示 ${detail.shownCount} 县均值 ${mean} ${unit}`,
              `mean of ${detail.shownCount} counties shown: ${mean} ${unit}`,
            ),
          ),
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      name: pick(lang, '所示县均值 = 100', 'mean of counties shown = 100'),
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: theme.muted, fontSize: type.axis },
      axisLabel: { fontSize: type.axis, color: theme.muted },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      axisTick: { show: false },
      data: rows.map((r) => indicatorLabel(lang, r.indicator, r.name)),
      axisLabel: { fontSize: type.axis, color: theme.text, interval: 0, width: 260, overflow: 'break' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        name: pick(lang, '相对均值', 'index to mean'),
        itemStyle: { color: paletteColor(theme, 0) },
        data: rows.map(index),
        markLine: {
          silent: true,
          symbol: 'none',
          data: [{ xAxis: 100 }],
          lineStyle: { color: theme.text, type: 'dashed' },
          label: { show: false },
        },
        label: {
          // Opaque behind the text: the dashed mean line runs through the longer labels.
          show: true,
          position: 'right',
          fontSize: type.label,
          color: theme.text,
          backgroundColor: theme.surface,
          padding: [0, 4],
          formatter: (p: { dataIndex: number }) => {
            const r = rows[p.dataIndex];
            if (r?.value === null || r === undefined) return '';
            const indexText = r.ratioToMean === null ? '' : ` · ${Math.round(r.ratioToMean * 100)}`;
            return `${formatFixed(r.value, r.decimals)} ${unitLabel(lang, r.unit)}${indexText}`;
          },
        },
      },
    ],
  };
}
