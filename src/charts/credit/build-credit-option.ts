/**
 * Every numeric credit target against its comparator: one grid per unit, stacked vertically
 * (percent targets share a 0–100% axis; ‰, 个, 万户, 亿元 each get their own), a bar to the
 * target labelled "≥ 100%" / "< 0.02%" / "> 30 万户（2020：1.3283）", and the 2020 baseline as
 * an overlapped bar where the plan gives one. Floors (达到, 超过, …) and ceilings (低于, 以内,
 * 为) are separate series: the symbol in the label carries the direction, the colour repeats it.
 * A target too small to draw as a bar (= 0%, < 0.02%) gets a diamond at its value instead of an
 * empty row, and the legend lists only what is drawn (no baseline entry on a chart without one).
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import type { CreditModel, CreditNumericItem, CreditUnitGroup } from './credit-model';
import { layoutCreditChart, textWidthEm } from './credit-model';
import { escapeHtml, formatValue } from '../format';
import { decimalsOf, formatFixed, formatMeasure, formatTarget } from '../format-indicator';
import { axisText, barLabelLook, baseOption, legend, mutedText, perItem } from '../base-option';
import type { ChartOption } from '../chart-option';
import { paletteColor, type ChartSettings } from '../theme';

type SeriesKind = 'floor' | 'ceiling' | 'baseline';

function seriesName(kind: SeriesKind, lang: Lang): string {
  if (kind === 'floor')
    return pick(lang, '2025年目标（下限，越高越好）', '2025 target (floor: higher is better)');
  if (kind === 'ceiling')
    return pick(lang, '2025年目标（上限，越低越好）', '2025 target (ceiling: lower is better)');
  return pick(lang, '2020年基期值', '2020 baseline');
}

function kindOf(item: CreditNumericItem): 'floor' | 'ceiling' {
  return item.direction === 'decrease' ? 'ceiling' : 'floor';
}

/** The bar label: the target as the plan words it, then the baseline where one is known. */
export function creditTargetLabel(item: CreditNumericItem, lang: Lang): string {
  const target = formatTarget(
    { value: item.target, unit: item.unit, comparator: item.comparator },
    decimalsOf(item.target),
    lang,
  );
  if (!item.baseline) return target;
  // The baseline shares the target's unit, written once: "> 30 万户（2020：1.3283）".
  const base = formatFixed(item.baseline.value, item.decimals);
  return lang === 'zh'
    ? `${target}（${item.baseline.year}：${base}）`
    : `${target} (${item.baseline.year}: ${base})`;
}

function tooltipHtml(item: CreditNumericItem, lang: Lang): string {
  const rows = [
    item.text ? `${pick(lang, '目标', 'Target')}：${item.text}` : '',
    item.baseline
      ? `${pick(lang, '基期', 'Baseline')} ${item.baseline.year}：${formatMeasure(item.baseline.value, item.unit, item.decimals, lang)}`
      : '',
    item.baseline?.text ?? '',
    item.attribute ? `${pick(lang, '指标属性', 'Attribute')}：${item.attribute}` : '',
  ].filter(Boolean);
  return [`<strong>${escapeHtml(item.name)}</strong>`, ...rows.map(escapeHtml)].join('<br/>');
}

function unitHeading(unit: string, lang: Lang): string {
  const label = unitLabel(lang, unit);
  return pick(lang, `单位：${label}`, `Unit: ${label === '' ? 'count' : label}`);
}

function valueOf(item: CreditNumericItem, kind: SeriesKind): number | null {
  if (kind === 'baseline') return item.baseline?.value ?? null;
  return kindOf(item) === kind ? item.target : null;
}

function colorOf(kind: SeriesKind, settings: ChartSettings): string {
  const { theme } = settings;
  return kind === 'floor'
    ? paletteColor(theme, 0)
    : kind === 'ceiling'
      ? paletteColor(theme, 1)
      : theme.neutral;
}

/** Under 2 % of its axis a bar is no wider than its outline: such a target is drawn as a marker. */
const MARKER_SHARE = 0.02;

/** The group's axis end: the percent axis' 100, else the largest value drawn. */
function axisEnd(group: CreditUnitGroup): number {
  return group.axisMax ?? Math.max(0, ...group.items.flatMap((i) => [i.target, i.baseline?.value ?? 0]));
}

/** Whether the item's target is drawn as a marker rather than a bar. */
export function isMarkerTarget(item: CreditNumericItem, group: CreditUnitGroup): boolean {
  const end = axisEnd(group);
  return end <= 0 || item.target / end < MARKER_SHARE;
}

function markerSize(settings: ChartSettings): number {
  return Math.round(settings.type.label * 1.1);
}

/** Diamonds at the targets too small for a bar, in the colour (and under the legend name) of their kind. */
function markerSeries(
  group: CreditUnitGroup,
  index: number,
  kind: 'floor' | 'ceiling',
  settings: ChartSettings,
): LineSeriesOption {
  return {
    // A line series without its line: the scatter module is not registered (bundle size).
    type: 'line',
    name: seriesName(kind, settings.lang),
    lineStyle: { opacity: 0 },
    showSymbol: true,
    xAxisIndex: index,
    yAxisIndex: index,
    symbol: 'diamond',
    symbolSize: markerSize(settings),
    // Its left tip at the value: centred on 0 it would cover the end of the row's name.
    symbolOffset: [markerSize(settings) / 2, 0],
    itemStyle: { color: colorOf(kind, settings), borderColor: settings.theme.text, borderWidth: 1 },
    // [value, row] pairs: a point on a category axis needs its row; '-' keeps an item's index.
    data: group.items.map((item, row) =>
      kindOf(item) === kind && isMarkerTarget(item, group) ? [item.target, row] : '-',
    ),
  };
}

function groupSeries(
  group: CreditUnitGroup,
  index: number,
  kind: SeriesKind,
  settings: ChartSettings,
): BarSeriesOption {
  const { lang, type } = settings;
  // A marked target's label starts past its diamond.
  const data = group.items.map((item) => {
    const value = valueOf(item, kind);
    return kind !== 'baseline' && value !== null && isMarkerTarget(item, group)
      ? { value, label: { distance: markerSize(settings) + 6 } }
      : value;
  });
  return {
    type: 'bar',
    name: seriesName(kind, lang),
    xAxisIndex: index,
    yAxisIndex: index,
    barGap: '-100%',
    barMaxWidth: Math.round(type.label * 1.6),
    itemStyle: { color: colorOf(kind, settings) },
    data,
    label:
      kind === 'baseline'
        ? { show: false }
        : {
            ...barLabelLook(settings),
            formatter: (p: { dataIndex: number }) => {
              const item = group.items[p.dataIndex];
              return item ? creditTargetLabel(item, lang) : '';
            },
          },
  };
}

export function buildCreditOption(model: CreditModel, settings: ChartSettings): ChartOption {
  const { lang, type } = settings;
  const layout = layoutCreditChart(model, type);
  const labelPx =
    Math.max(0, ...model.numeric.map((i) => textWidthEm(creditTargetLabel(i, lang)))) * type.label;
  const right = Math.round(labelPx + 24);
  const bars = model.groups.flatMap((group, index) =>
    (['floor', 'ceiling', 'baseline'] as const).map((kind) => groupSeries(group, index, kind, settings)),
  );
  const markers = model.groups.flatMap((group, index) =>
    (['floor', 'ceiling'] as const).map((kind) => markerSeries(group, index, kind, settings)),
  );
  // The tooltip finds its item by series: every series of a grid holds that grid's items.
  const owners = [
    ...model.groups.flatMap((g) => [g.items, g.items, g.items]),
    ...model.groups.flatMap((g) => [g.items, g.items]),
  ];
  // No legend entry without a mark: a kind is listed only when some item has a value of it.
  const drawn = (['floor', 'ceiling', 'baseline'] as const).filter((kind) =>
    model.groups.some((g) => g.items.some((i) => valueOf(i, kind) !== null)),
  );
  return {
    ...baseOption(settings),
    legend: legend(settings, { top: 0, left: 0, data: drawn.map((kind) => seriesName(kind, lang)) }),
    tooltip: {
      trigger: 'item',
      formatter: perItem((p) => {
        const item = owners[p.seriesIndex ?? -1]?.[p.dataIndex];
        return item ? tooltipHtml(item, lang) : '';
      }),
    },
    grid: layout.grids.map((g) => ({ left: layout.labelWidth + 16, right, top: g.top, height: g.height })),
    xAxis: model.groups.map((group, index) => ({
      type: 'value',
      gridIndex: index,
      min: 0,
      max: group.axisMax ?? undefined,
      axisLabel: { ...mutedText(settings), formatter: (v: number) => formatValue(v) },
      splitLine: { lineStyle: { color: settings.theme.gridLine } },
    })),
    yAxis: model.groups.map((group, index) => ({
      // The unit heads each grid (above the labels, as the axis is inverted): units on every tick
      // crowd a half-width chart, and a name at the value axis's end collides with bar labels.
      type: 'category',
      gridIndex: index,
      inverse: true,
      data: group.items.map((i) => i.label),
      axisTick: { show: false },
      name: unitHeading(group.unit, lang),
      nameLocation: 'start',
      nameGap: Math.round(type.axis * 0.6),
      nameTextStyle: { ...mutedText(settings), align: 'right', verticalAlign: 'bottom' },
      axisLabel: {
        ...axisText(settings),
        width: layout.labelWidth,
        overflow: 'break',
        lineHeight: Math.round(type.axis * 1.3),
        interval: 0,
      },
    })),
    series: [...bars, ...markers],
  };
}
