/**
 * Region-keyed tasks: each county's completion as % of its allocation, largest first, a line at
 * 100 %, every bar labelled with its percentage and ✔/✘ — the verdict in symbols as well as hue.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Assessment } from '../../data/assess/types';
import { regionLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import { escapeHtml, formatValue } from '../format';
import { FONT_FAMILY, type ChartSettings } from '../theme';
import { verdictColor, verdictLabel } from './verdict-labels';

export interface CompletionItem {
  readonly region: string;
  readonly completion: number;
  readonly assessment: Assessment;
}

/** Counties with a completion figure, highest first. */
export function completionItems(assessments: readonly Assessment[]): CompletionItem[] {
  return assessments
    .flatMap((a) =>
      a.completion !== null && a.region !== null
        ? [{ region: a.region, completion: a.completion, assessment: a }]
        : [],
    )
    .sort((a, b) => b.completion - a.completion);
}

export function completionChartHeight(count: number, settings: ChartSettings): number {
  return Math.max(160, 72 + count * Math.max(22, settings.type.axis * 1.7));
}

export function buildCompletionOption(
  items: readonly CompletionItem[],
  settings: ChartSettings,
): EChartsCoreOption {
  const { theme, type, lang } = settings;
  return {
    aria: { enabled: true },
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: theme.text },
    grid: {
      left: 8,
      right: 110,
      top: 36,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const item = items[p.dataIndex];
        if (!item) return '';
        const a = item.assessment;
        const { symbol, text } = verdictLabel(a.status, lang);
        return [
          `<strong>${escapeHtml(regionLabel(lang, item.region))}</strong>`,
          escapeHtml(`${symbol} ${text} · ${formatValue(item.completion, 1)}%`),
          escapeHtml(
            pick(
              lang,
              `完成 ${a.actual ?? '—'} / 任务 ${a.target ?? '—'} ${a.unit}`,
              `done ${a.actual ?? '—'} of ${a.target ?? '—'} ${a.unit}`,
            ),
          ),
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      name: pick(lang, '完成率（%）', 'Completion (%)'),
      nameTextStyle: { color: theme.muted, fontSize: type.axis },
      axisLabel: { fontSize: type.axis, color: theme.muted },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((i) => regionLabel(lang, i.region)),
      axisLabel: { fontSize: type.axis, color: theme.text, interval: 0 },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: pick(lang, '完成率', 'Completion'),
        barMaxWidth: 22,
        data: items.map((i) => ({
          value: i.completion,
          itemStyle: { color: verdictColor(i.assessment.status, theme) },
        })),
        label: {
          show: true,
          position: 'right',
          fontSize: type.label,
          color: theme.text,
          formatter: (p: { dataIndex: number }) => {
            const item = items[p.dataIndex];
            return item
              ? `${formatValue(item.completion, 1)}% ${verdictLabel(item.assessment.status, lang).symbol}`
              : '';
          },
        },
        markLine: {
          silent: true,
          symbol: 'none',
          data: [{ xAxis: 100 }],
          lineStyle: { color: theme.text, type: 'dashed' },
          label: { show: true, formatter: '100%', color: theme.text, fontSize: type.label },
        },
      },
    ],
  };
}
