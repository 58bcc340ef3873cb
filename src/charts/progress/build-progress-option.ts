/**
 * One indicator's progress: actuals as bars per year, the expected paths from baseline to target
 * as lines (straight line dashed, constant growth dotted), the target as a reference line, and
 * the status in words and a symbol in the subtitle — never by colour alone.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import { escapeHtml, formatValue } from '../format';
import { decimalsOf, formatMeasure, formatTarget } from '../format-indicator';
import type { ProgressModel, ProgressStatus } from './progress-model';
import { baseOption, legend, mutedText, perAxis, plotGrid, valueAxis } from '../base-option';
import type { ChartOption } from '../chart-option';
import { paletteColor, type ChartSettings, type ChartTheme } from '../theme';

export interface StatusLabel {
  readonly symbol: string;
  readonly text: string;
}

const STATUS_TEXT: Readonly<Record<ProgressStatus, readonly [string, string, string]>> = {
  achieved: ['✔', '已实现目标', 'Target achieved'],
  'on-track': ['▲', '进度符合要求', 'On track'],
  'needs-acceleration': ['△', '有进展，需加快', 'Progress made, acceleration needed'],
  'off-track': ['▼', '进展有限，难以按期实现', 'Limited progress, off track'],
  'moving-away': ['✖', '背离目标方向', 'Moving away from the target'],
  'no-data': ['—', '暂无实际数据', 'No actual data yet'],
};

/** The status as a symbol and words, for titles, tiles and table cells. */
export function progressStatusLabel(status: ProgressStatus, lang: Lang): StatusLabel {
  const [symbol, zh, en] = STATUS_TEXT[status];
  return { symbol, text: pick(lang, zh, en) };
}

/** Open SDG's gauge order (green, yellow, orange, red) in the Okabe–Ito palette; a hint only. */
export function progressStatusColor(status: ProgressStatus, theme: ChartTheme): string {
  const index: Record<ProgressStatus, number> = {
    achieved: 2,
    'on-track': 0,
    'needs-acceleration': 6,
    'off-track': 1,
    'moving-away': 5,
    'no-data': -1,
  };
  return index[status] < 0 ? theme.neutral : paletteColor(theme, index[status]);
}

function subtitle(model: ProgressModel, lang: Lang): string {
  const { symbol, text } = progressStatusLabel(model.status, lang);
  const parts = [`${symbol} ${text}`];
  if (model.ratio !== null && model.status !== 'achieved') {
    const percent = Math.round(model.ratio * 100);
    parts.push(
      pick(lang, `实际增速为所需增速的 ${percent}%`, `observed pace ${percent}% of the required pace`),
    );
  }
  if (model.method === 'linear')
    parts.push(pick(lang, '按直线路径计算', 'measured on the straight-line path'));
  if (model.baseline && !model.baselineFromPlan)
    parts.push(pick(lang, '以首个实际值为基期', 'first actual used as baseline'));
  return parts.join(' · ');
}

function yearsOf(model: ProgressModel): number[] {
  const years = [model.baseline?.year, model.target?.year, ...model.actuals.map((a) => a.year)].filter(
    (y): y is number => y !== undefined,
  );
  if (years.length === 0) return [];
  const from = Math.min(...years);
  return Array.from({ length: Math.max(...years) - from + 1 }, (_, k) => from + k);
}

function targetLines(model: ProgressModel, settings: ChartSettings): Pick<BarSeriesOption, 'markLine'> {
  const { target } = model;
  if (!target) return {};
  // A threshold is printed at its own precision: "> 30 万户", not "> 30.0000 万户" beside 1.3283.
  const printed = formatTarget(
    { ...target, value: target.printed, unit: model.unit },
    Math.max(decimalsOf(target.printed), decimalsOf(target.upper ?? 0)),
    settings.lang,
  );
  const text = `${pick(settings.lang, '目标', 'Target')} ${target.year}：${printed}`;
  const levels = target.upper === undefined ? [target.value] : [target.value, target.upper];
  return {
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { color: settings.theme.text, type: 'solid', width: 1.5 },
      label: {
        formatter: text,
        position: 'insideEndTop',
        color: settings.theme.text,
        fontSize: settings.type.label,
      },
      data: levels.map((yAxis) => ({ yAxis })),
    },
  };
}

function tooltipHtml(model: ProgressModel, year: number, lang: Lang): string {
  const measure = (v: number): string => escapeHtml(formatMeasure(v, model.unit, model.decimals, lang));
  const actual = model.actuals.find((a) => a.year === year);
  const path = model.path.find((p) => p.year === year);
  const rows = [
    model.baseline?.year === year
      ? `${pick(lang, '基期值', 'Baseline')}：${measure(model.baseline.value)}`
      : '',
    actual ? `${pick(lang, '实际值', 'Actual')}：${measure(actual.value)}` : '',
    path ? `${pick(lang, '直线路径', 'Straight-line path')}：${measure(path.linear)}` : '',
    path && path.constantGrowth !== null
      ? `${pick(lang, '等速增长路径', 'Constant-growth path')}：${measure(path.constantGrowth)}`
      : '',
  ].filter(Boolean);
  return [`<strong>${escapeHtml(model.name)}</strong> ${year}`, ...rows].join('<br/>');
}

function lineSeries(
  name: string,
  data: Array<number | null>,
  color: string,
  type: 'dashed' | 'dotted',
): LineSeriesOption {
  return {
    type: 'line',
    name,
    data,
    symbol: 'circle',
    symbolSize: 6,
    connectNulls: false,
    itemStyle: { color },
    lineStyle: { color, type, width: 2 },
  };
}

function progressSeries(
  model: ProgressModel,
  years: readonly number[],
  settings: ChartSettings,
): Array<BarSeriesOption | LineSeriesOption> {
  const { lang, theme, type } = settings;
  const byYear = <T extends { readonly year: number }>(list: readonly T[], year: number): T | undefined =>
    list.find((item) => item.year === year);
  const label = (v: unknown): string =>
    typeof v === 'number' ? formatMeasure(v, model.unit, model.decimals, lang) : '';
  const barLabel = {
    show: true,
    position: 'top' as const,
    fontSize: type.label,
    color: theme.text,
    formatter: (p: { value: unknown }) => label(p.value),
  };
  // Baseline and actual of the same year overlap (barGap −100%): one bar per year.
  const series: Array<BarSeriesOption | LineSeriesOption> = [
    {
      type: 'bar',
      name: pick(lang, '基期值', 'Baseline'),
      barMaxWidth: 40,
      barGap: '-100%',
      itemStyle: { color: theme.neutral },
      label: barLabel,
      data: years.map((y) =>
        model.baselineFromPlan && model.baseline?.year === y ? model.baseline.value : null,
      ),
    },
    {
      type: 'bar',
      name: pick(lang, '实际值', 'Actual'),
      barMaxWidth: 40,
      itemStyle: { color: paletteColor(theme, 0) },
      label: barLabel,
      data: years.map((y) => byYear(model.actuals, y)?.value ?? null),
      ...targetLines(model, settings),
    },
    lineSeries(
      pick(lang, '直线路径', 'Straight-line path'),
      years.map((y) => byYear(model.path, y)?.linear ?? null),
      paletteColor(theme, 1),
      'dashed',
    ),
  ];
  if (model.path.some((p) => p.constantGrowth !== null)) {
    series.push(
      lineSeries(
        pick(lang, '等速增长路径', 'Constant-growth path'),
        years.map((y) => byYear(model.path, y)?.constantGrowth ?? null),
        paletteColor(theme, 3),
        'dotted',
      ),
    );
  }
  return series;
}

export function buildProgressOption(model: ProgressModel, settings: ChartSettings): ChartOption {
  const { lang, theme, type } = settings;
  const years = yearsOf(model);
  return {
    ...baseOption(settings),
    title: {
      text: model.name,
      subtext: subtitle(model, lang),
      left: 0,
      textStyle: { fontSize: type.axis + 2, color: theme.text },
      subtextStyle: { fontSize: type.axis, color: theme.text },
    },
    legend: legend(settings, { bottom: 0 }),
    // Title, subtitle and the unit above the axis.
    grid: plotGrid({ right: 24, top: Math.round(type.axis * 6.5), bottom: type.axis * 3 }),
    tooltip: {
      trigger: 'axis',
      formatter: perAxis((p) => tooltipHtml(model, years[p[0]?.dataIndex ?? -1] ?? NaN, lang)),
    },
    xAxis: { type: 'category', data: years.map(String), axisLabel: mutedText(settings) },
    yAxis: {
      name: unitLabel(lang, model.unit),
      ...valueAxis(settings, { formatter: (v: number) => formatValue(v) }),
      // Reference lines do not widen the axis: without a path to reach it, the target could sit above the top.
      max: (extent: { max: number }) =>
        Math.max(extent.max, model.target?.upper ?? model.target?.value ?? extent.max),
    },
    series: progressSeries(model, years, settings),
  };
}
