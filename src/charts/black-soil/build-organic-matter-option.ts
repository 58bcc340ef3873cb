/**
 * Soil organic matter gain by 2025: the target (平均增加 1 克/千克以上) as a solid bar and the
 * stretch value (力争 1.5) as a hollow dashed bar below it, on one axis in the target's unit.
 * Both are named and labelled in words, so "target" and "stretch" never rely on fill alone.
 */
import { unitLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import type { ProvinceTargetRow } from './black-soil-province-model';
import { escapeHtml, formatValue } from '../format';
import { decimalsOf, formatMeasure, formatTarget } from '../format-indicator';
import { axisText, barLabelLook, baseOption, hollowBar, plotGrid, rowAxis, valueAxis } from '../base-option';
import type { ChartOption } from '../chart-option';
import { paletteColor, type ChartSettings } from '../theme';

export function buildOrganicMatterOption(
  target: ProvinceTargetRow | null,
  settings: ChartSettings,
): ChartOption {
  const { lang, theme, type } = settings;
  const value = target?.value ?? null;
  const stretch = target?.stretch ?? null;
  const unit = target?.unit ?? '';
  const color = paletteColor(theme, 2);
  // Each figure at its own precision, as printed: "≥ 1 克/千克", "1.5 克/千克".
  const targetText =
    value === null
      ? ''
      : formatTarget({ value, unit, comparator: target?.comparator }, decimalsOf(value), lang);
  const stretchText = stretch === null ? '' : formatMeasure(stretch, unit, decimalsOf(stretch), lang);
  const name = target?.name ?? '';
  const rows = [
    { category: pick(lang, '目标', 'Target'), value, text: targetText, itemStyle: { color } },
    {
      category: pick(lang, '力争', 'Stretch'),
      value: stretch,
      text: stretchText,
      itemStyle: hollowBar(color),
    },
  ].filter((row) => row.value !== null);
  const tooltipRows = [...rows.map((r) => `${r.category}：${r.text}`), target?.text ?? ''].filter(Boolean);
  return {
    ...baseOption(settings),
    grid: plotGrid({ right: Math.round(type.label * 9), top: Math.round(type.axis * 2.4) }),
    tooltip: {
      trigger: 'item',
      formatter: () => [`<strong>${escapeHtml(name)}</strong>`, ...tooltipRows.map(escapeHtml)].join('<br/>'),
    },
    xAxis: {
      min: 0,
      name: unitLabel(lang, unit),
      ...valueAxis(settings, { formatter: (v: number) => formatValue(v) }),
    },
    yAxis: {
      // The indicator heads the chart (the axis is inverted, so its start is the top).
      ...rowAxis(settings),
      data: rows.map((r) => r.category),
      name,
      nameLocation: 'start',
      nameTextStyle: { ...axisText(settings), align: 'left', verticalAlign: 'bottom' },
    },
    series: [
      {
        type: 'bar',
        name,
        barMaxWidth: Math.round(type.label * 2.2),
        // Target solid, stretch hollow and dashed; each says which it is in its label.
        data: rows.map((r) => ({ value: r.value, itemStyle: r.itemStyle, label: { formatter: r.text } })),
        label: barLabelLook(settings),
      },
    ],
  };
}
