/**
 * Region-keyed tasks: each county's completion as % of its allocation, largest first, a line at
 * 100 %, every bar labelled with its percentage and ✔/✘ — the verdict in symbols as well as hue.
 */
import type { Assessment } from '../../data/assess/types';
import { regionLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import { escapeHtml, formatValue } from '../format';
import { barLabelLook, baseOption, plotGrid, rowAxis, rowTooltip, valueAxis } from '../base-option';
import type { ChartOption } from '../chart-option';
import type { ChartSettings } from '../theme';
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
): ChartOption {
  const { theme, type, lang } = settings;
  return {
    ...baseOption(settings),
    animationDuration: 300,
    grid: plotGrid({ right: 110, top: 36 }),
    tooltip: rowTooltip(items, (item) => {
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
    }),
    xAxis: { name: pick(lang, '完成率（%）', 'Completion (%)'), ...valueAxis(settings) },
    yAxis: {
      ...rowAxis(settings, { interval: 0 }),
      data: items.map((i) => regionLabel(lang, i.region)),
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
          ...barLabelLook(settings),
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
