/**
 * Ranked horizontal bars of one county metric, coloured by city or zone type. One stacked series
 * per colour group (each county has a value in exactly one of them) gives a real legend that can
 * hide a group. Ranks printed are ranks among all 39, whatever the filter shows.
 */
import { regionLabel, unitLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import { colorGroups, groupKey, type ColorMode } from './county-groups';
import type { CountyMetricModel, CountyValue } from './county-model';
import { escapeHtml } from '../format';
import { formatFixed } from '../format-indicator';
import { barLabelLook, baseOption, legend, plotGrid, rowAxis, rowTooltip, valueAxis } from '../base-option';
import type { ChartOption } from '../chart-option';
import type { ChartSettings } from '../theme';

export interface RankingView {
  readonly model: CountyMetricModel;
  /** Counties to draw, largest first (see rankedSelection). */
  readonly items: readonly CountyValue[];
  readonly colorBy: ColorMode;
  /** County whose detail is open: its label is emphasised. */
  readonly selected: string | null;
}

function tooltipHtml(view: RankingView, item: CountyValue, settings: ChartSettings): string {
  const { model } = view;
  const lang = settings.lang;
  const value = item.value === null ? '—' : formatFixed(item.value, model.decimals);
  const share = model.total && item.value !== null ? (item.value / model.total) * 100 : null;
  const rankText = pick(
    lang,
    `第 ${item.rank ?? '—'} 名 / 39 个重点县`,
    `rank ${item.rank ?? '—'} of 39 key counties`,
  );
  const shareText =
    share === null ? '' : pick(lang, `占合计 ${share.toFixed(1)}%`, `${share.toFixed(1)}% of the total`);
  return [
    `<strong>${escapeHtml(regionLabel(lang, item.region))}</strong>（${escapeHtml(regionLabel(lang, item.city))}）`,
    escapeHtml(`${value} ${unitLabel(lang, model.unit)}`),
    escapeHtml(rankText),
    escapeHtml(shareText),
  ]
    .filter((line) => line !== '')
    .join('<br/>');
}

export function rankingChartHeight(count: number, settings: ChartSettings): number {
  const row = Math.max(22, settings.type.axis * 1.7);
  return Math.max(160, 72 + count * row);
}

export function buildRankingOption(view: RankingView, settings: ChartSettings): ChartOption {
  const { model, items } = view;
  const { theme, lang } = settings;
  const groups = colorGroups(items, view.colorBy, settings);
  return {
    ...baseOption(settings),
    animationDuration: 300,
    legend: legend(settings, { top: 0, left: 0, itemGap: 16 }),
    grid: plotGrid({ right: 96, top: 44 }),
    tooltip: rowTooltip(items, (item) => tooltipHtml(view, item, settings)),
    xAxis: { name: unitLabel(lang, model.unit), ...valueAxis(settings) },
    yAxis: {
      ...rowAxis(settings, { interval: 0 }),
      data: items.map((c) => ({
        value: regionLabel(lang, c.region),
        textStyle: c.region === view.selected ? { fontWeight: 'bold', color: theme.text } : undefined,
      })),
    },
    series: groups.map((group) => ({
      type: 'bar',
      name: group.label,
      stack: 'county',
      itemStyle: { color: group.color },
      emphasis: { focus: 'none' },
      barMaxWidth: 22,
      data: items.map((c) => (groupKey(c, view.colorBy) === group.key ? c.value : null)),
      label: {
        ...barLabelLook(settings),
        formatter: (p: { value: unknown }) =>
          typeof p.value === 'number' ? formatFixed(p.value, model.decimals) : '',
      },
    })),
  };
}
