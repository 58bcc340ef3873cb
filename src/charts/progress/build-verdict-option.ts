/**
 * Verdict counts per plan as stacked bars: one bar per plan, one segment per verdict, each
 * segment labelled with its symbol and count (✔ 12), the legend naming the verdicts in words —
 * readable without telling the colours apart.
 */
import type { PlanSummary } from '../../data/assess/summary';
import type { Verdict } from '../../data/assess/types';
import { pick } from '../../data/lang';
import { textWidthEm } from '../credit/credit-model';
import { escapeHtml } from '../format';
import { baseOption, legend, perItem, plotGrid, rowAxis, valueAxis } from '../base-option';
import type { ChartOption } from '../chart-option';
import type { ChartSettings } from '../theme';
import { verdictColor, verdictLabel } from './verdict-labels';

/** Shown in this order, left to right; qualitative targets are counted apart, in words. */
const SHOWN: readonly Verdict[] = ['met', 'not-met', 'on-track', 'moderate', 'off-track', 'no-data'];

/** 《黑龙江省“十四五”社会信用体系建设规划》 → “十四五”社会信用体系建设规划: the axis needs the distinctive part. */
export function shortPlanName(title: string): string {
  return title.replace(/^黑龙江省/, '').replace(/（\d{4}—\d{4}年）$/, '');
}

/**
 * Room for a plan's name (em): the longest embedded one, 贯彻落实国务院扎实稳住经济一揽子政策措施实施方案,
 * is 24. A handful of rows can spare it, wherever the type scale's usual label width is narrower.
 */
const PLAN_NAME_EM = 26;

export function verdictChartHeight(plans: number, settings: ChartSettings): number {
  return Math.max(160, 90 + plans * Math.max(34, settings.type.axis * 2.2));
}

export function buildVerdictOption(plans: readonly PlanSummary[], settings: ChartSettings): ChartOption {
  const { theme, type, lang } = settings;
  const used = SHOWN.filter((v) => plans.some((p) => p.counts[v] > 0));
  const names = plans.map((p) => shortPlanName(p.plan));
  // As wide as the longest name needs (up to PLAN_NAME_EM): a name broken in the middle ("…运用规
  // / 划") cannot be read from across a room, and unused width is left to the bars. A phone's
  // narrow chart truncates it instead (fit-width.ts).
  const labelEm = Math.min(
    Math.max(type.labelWidthEm ?? 12, PLAN_NAME_EM),
    Math.max(1, ...names.map(textWidthEm)) + 0.5,
  );
  return {
    ...baseOption(settings),
    animationDuration: 300,
    legend: legend(settings, { top: 0, left: 0, itemGap: 16 }),
    // 'all': the axis name under the labels is inside the chart's box too, not over what follows.
    grid: plotGrid({ right: 24, top: 44 + type.axis }, 'all'),
    tooltip: {
      trigger: 'item',
      // A segment's value is its count: a number (empty segments are null and never hovered).
      formatter: perItem((p) => {
        const count = typeof p.value === 'number' ? p.value : '';
        return `<strong>${escapeHtml(p.name)}</strong><br/>${escapeHtml(`${p.seriesName ?? ''}：${count}`)}`;
      }),
    },
    xAxis: {
      minInterval: 1,
      name: pick(lang, '目标数（项）', 'Targets'),
      // Centred under the numbers: at the axis' end it ran past the chart's right edge.
      nameLocation: 'middle',
      nameGap: type.axis * 1.8,
      ...valueAxis(settings),
    },
    yAxis: {
      ...rowAxis(settings, { interval: 0, width: type.axis * labelEm, overflow: 'break' }),
      data: names,
    },
    series: used.map((verdict) => {
      const { symbol, text } = verdictLabel(verdict, lang);
      return {
        type: 'bar',
        name: `${symbol} ${text}`,
        stack: 'verdicts',
        barMaxWidth: type.axis * 1.8,
        itemStyle: { color: verdictColor(verdict, theme), borderColor: theme.surface, borderWidth: 1 },
        data: plans.map((p) => (p.counts[verdict] > 0 ? p.counts[verdict] : null)),
        label: {
          show: true,
          fontSize: type.label,
          color: verdict === 'no-data' ? theme.text : '#000000',
          formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? `${symbol}${p.value}` : ''),
        },
      };
    }),
  };
}
