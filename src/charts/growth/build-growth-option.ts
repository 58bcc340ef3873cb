/**
 * Baseline → target as required growth: one bar per indicator, length = % change the plan asks
 * for, label = the two figures in the indicator's own unit. Indicators in different units never
 * share a value axis; only their relative change does.
 */
import { indicatorLabel, unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import { planText } from '../../i18n/plan-text';
import { escapeHtml, formatPercent, formatValue } from '../format';
import type { GrowthItem } from './growth-model';
import { barLabelLook, baseOption, plotGrid, rowAxis, rowTooltip, valueAxis } from '../base-option';
import type { ChartOption } from '../chart-option';
import { paletteColor, type ChartSettings } from '../theme';

/** The bar's length: the % change asked for; 0 when the baseline already meets the bound. */
function barValue(item: GrowthItem): number | null {
  if (item.asked.kind === 'met') return 0;
  return item.asked.changeRatio === null ? null : Math.round(item.asked.changeRatio * 1000) / 10;
}

export function growthBarLabel(item: GrowthItem, lang: Lang): string {
  const { asked } = item;
  const change =
    asked.kind === 'met'
      ? `  ${planText(lang).met(asked.bound)}`
      : asked.changeRatio === null
        ? ''
        : `  ${formatPercent(asked.changeRatio)}`;
  const unit = unitLabel(lang, item.unit);
  return `${formatValue(item.baseline)} → ${formatValue(item.target)}${unit === '' ? '' : ` ${unit}`}${change}`;
}

function tooltipHtml(item: GrowthItem, lang: Lang): string {
  const unit = unitLabel(lang, item.unit);
  const { asked } = item;
  const ratio =
    asked.kind === 'change' && asked.changeRatio !== null ? `（${formatPercent(asked.changeRatio)}）` : '';
  const rows = [
    pick(lang, `${item.baselineYear} 基期值：`, `${item.baselineYear} baseline: `) +
      `${formatValue(item.baseline)} ${unit}`,
    pick(lang, `${item.targetYear} 目标值：`, `${item.targetYear} target: `) +
      `${formatValue(item.target)} ${unit}`,
    asked.kind === 'met'
      ? planText(lang).met(asked.bound)
      : pick(lang, '需增加：', 'Required change: ') + `${formatValue(asked.change)} ${unit}${ratio}`,
    asked.kind === 'met' || asked.annualRate === null
      ? ''
      : pick(lang, '年均需增长：', 'Required annual growth: ') + formatPercent(asked.annualRate),
  ].filter(Boolean);
  return `<strong>${escapeHtml(indicatorLabel(lang, item.indicator, item.name))}</strong><br/>${rows.map(escapeHtml).join('<br/>')}`;
}

export function growthChartHeight(count: number, settings: ChartSettings): number {
  return 80 + count * Math.max(40, settings.type.axis * 2.6);
}

export function buildGrowthOption(items: readonly GrowthItem[], settings: ChartSettings): ChartOption {
  const { theme, type, lang } = settings;
  const axisName = pick(lang, '基期 → 目标 需增长（%）', 'Required change, baseline → target (%)');
  return {
    ...baseOption(settings),
    animationDuration: 300,
    // The axis name sits nameGap (2 em) below the axis line: room for it at any type size.
    grid: plotGrid({ right: type.label * 16, top: 16, bottom: Math.max(40, Math.round(type.axis * 2.6)) }),
    tooltip: rowTooltip(items, (item) => tooltipHtml(item, lang)),
    xAxis: {
      name: axisName,
      nameLocation: 'middle',
      nameGap: type.axis * 2,
      // At wall type sizes a narrow plot would run the ticks together ("0%10%20%…"): every bar
      // carries its own figure, so ticks that would touch are dropped.
      ...valueAxis(settings, { formatter: '{value}%', hideOverlap: true }),
    },
    yAxis: {
      ...rowAxis(settings, { width: type.axis * 16, overflow: 'break' }),
      data: items.map((i) => indicatorLabel(lang, i.indicator, i.name)),
    },
    series: [
      {
        type: 'bar',
        name: axisName,
        data: items.map(barValue),
        itemStyle: { color: paletteColor(theme, 0) },
        barMaxWidth: 28,
        label: {
          ...barLabelLook(settings),
          formatter: (p: { dataIndex: number }) => {
            const item = items[p.dataIndex];
            return item ? growthBarLabel(item, lang) : '';
          },
        },
      },
    ],
  };
}
