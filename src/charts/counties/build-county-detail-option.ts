/**
 * A county against the mean of the counties shown, one bar per metric as an index (mean = 100).
 * Metrics differ in unit, so only the unit-free index shares the axis; each bar's label gives the
 * value in its own unit.
 */
import { indicatorLabel, unitLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import type { CountyDetail } from './county-detail-model';
import { escapeHtml } from '../format';
import { formatFixed } from '../format-indicator';
import { barLabelLook, baseOption, plotGrid, rowAxis, rowTooltip, valueAxis } from '../base-option';
import type { ChartOption } from '../chart-option';
import { paletteColor, type ChartSettings } from '../theme';

export function buildCountyDetailOption(detail: CountyDetail, settings: ChartSettings): ChartOption {
  const { theme, lang } = settings;
  const rows = detail.rows;
  const index = (r: (typeof rows)[number]): number | null =>
    r.ratioToMean === null ? null : Math.round(r.ratioToMean * 1000) / 10;
  return {
    ...baseOption(settings),
    animationDuration: 300,
    grid: plotGrid({ right: 200, top: 24, bottom: 32 }),
    tooltip: rowTooltip(rows, (r) => {
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
    }),
    xAxis: {
      name: pick(lang, '所示县均值 = 100', 'mean of counties shown = 100'),
      nameLocation: 'middle',
      nameGap: 28,
      ...valueAxis(settings),
    },
    yAxis: {
      ...rowAxis(settings, { interval: 0, width: 260, overflow: 'break' }),
      data: rows.map((r) => indicatorLabel(lang, r.indicator, r.name)),
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
          ...barLabelLook(settings),
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
