/**
 * Cumulative high-standard farmland, 2021–2025: one row per year, one bar per path (all farmland
 * and its standardised demonstration area — same unit, so one axis). The two published points
 * are solid bars labelled with their comparator; the years between are the straight line the
 * model derives, drawn hollow with a dashed border and labelled "推算" / "implied".
 */
import type { BarSeriesOption } from 'echarts/charts';
import { unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import type { CumulativePath, CumulativePoint } from './black-soil-province-model';
import { escapeHtml, formatValue } from '../format';
import { formatTarget, withUnit } from '../format-indicator';
import {
  barLabelLook,
  baseOption,
  hollowBar,
  legend,
  perAxis,
  plotGrid,
  rowAxis,
  valueAxis,
} from '../base-option';
import type { ChartOption } from '../chart-option';
import { paletteColor, type ChartSettings } from '../theme';

function pointLabel(path: CumulativePath, point: CumulativePoint, lang: Lang): string {
  if (!point.derived)
    return formatTarget(
      { value: point.value, unit: path.unit, comparator: point.comparator },
      path.decimals,
      lang,
    );
  // Derived values keep one more decimal than the plan printed: 1,136.5, not a rounded 1,137.
  return `${pick(lang, '推算', 'implied')} ${withUnit(formatValue(point.value, path.decimals + 1), path.unit, lang)}`;
}

function tooltipHtml(paths: readonly CumulativePath[], year: number, lang: Lang): string {
  const rows = paths.map((path) => {
    const point = path.points.find((p) => p.year === year);
    if (!point) return '';
    const how = point.derived
      ? pick(
          lang,
          `推算（两端规划值之间按直线，每年约 ${formatValue(path.impliedAnnual, path.decimals + 1)}）`,
          `implied (straight line between the published points, about ${formatValue(path.impliedAnnual, path.decimals + 1)} a year)`,
        )
      : pick(lang, '规划值', 'published target');
    return `${escapeHtml(path.name)}：${escapeHtml(pointLabel(path, point, lang))} · ${escapeHtml(how)}`;
  });
  return [`<strong>${year}</strong>`, ...rows.filter(Boolean)].join('<br/>');
}

function pathSeries(
  path: CumulativePath,
  years: readonly number[],
  index: number,
  derived: boolean,
  settings: ChartSettings,
): BarSeriesOption {
  const { lang, theme, type } = settings;
  const color = paletteColor(theme, index === 0 ? 0 : 2);
  const itemStyle = derived ? hollowBar(color) : { color };
  return {
    type: 'bar',
    name: `${path.name}${pick(lang, derived ? '（推算）' : '（规划值）', derived ? ' (implied)' : ' (published)')}`,
    // Published and implied bars of one path share a stack: each year has exactly one of them.
    stack: path.indicator,
    barMaxWidth: Math.round(type.label * 1.8),
    itemStyle,
    data: years.map((year) => {
      const point = path.points.find((p) => p.year === year);
      return point && point.derived === derived ? point.value : null;
    }),
    label: {
      ...barLabelLook(settings),
      formatter: (p: { dataIndex: number }) => {
        const point = path.points.find((q) => q.year === years[p.dataIndex]);
        return point && point.derived === derived ? pointLabel(path, point, lang) : '';
      },
    },
  };
}

export function buildHsfPathOption(paths: readonly CumulativePath[], settings: ChartSettings): ChartOption {
  const { lang, type } = settings;
  const years = [...new Set(paths.flatMap((p) => p.points.map((q) => q.year)))].sort((a, b) => a - b);
  const unit = paths[0]?.unit ?? '';
  return {
    ...baseOption(settings),
    legend: legend(settings),
    grid: plotGrid({ right: Math.round(type.label * 9), top: Math.round(type.axis * 5) }),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: perAxis((p) => tooltipHtml(paths, years[p[0]?.dataIndex ?? -1] ?? NaN, lang)),
    },
    xAxis: {
      name: unitLabel(lang, unit),
      ...valueAxis(settings, { formatter: (v: number) => formatValue(v) }),
    },
    yAxis: { ...rowAxis(settings), data: years.map(String) },
    series: paths.flatMap((path, index) =>
      [false, true].map((derived) => pathSeries(path, years, index, derived, settings)),
    ),
  };
}
