/** The verdict table: every target with what the plan asks, the actual compared and the verdict in words. */
import { formatFixed, decimalsOf } from '../../charts/format-indicator';
import { shortPlanName } from '../../charts/build-verdict-option';
import { verdictLabel } from '../../charts/verdict-labels';
import type { TableSpec } from '../../components/data-table';
import type { Assessment } from '../../data/assess/types';
import { indicatorLabel, regionLabel, unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';

export function targetText(a: Assessment, lang: Lang): string {
  if (a.target === null) return a.text ?? '';
  const upper = a.rule?.upper === undefined ? '' : `—${formatFixed(a.rule.upper, decimalsOf(a.rule.upper))}`;
  const tolerance = a.rule?.tolerance
    ? pick(
        lang,
        `（±${a.rule.tolerance.value}${a.rule.tolerance.source === 'stated' ? '，规划所定' : '，按末位有效数字'}）`,
        ` (±${a.rule.tolerance.value})`,
      )
    : '';
  return `${a.comparator ?? ''} ${formatFixed(a.target, decimalsOf(a.target))}${upper} ${unitLabel(lang, a.unit)}${tolerance}（${a.period.replace('-', '—')}）`.trim();
}

export function actualText(a: Assessment, lang: Lang): string {
  if (a.actual === null) return '—';
  const years = a.basis?.years ?? [];
  const basis =
    a.basis?.kind === 'sum'
      ? pick(lang, `${years.join('、')}年合计`, `sum of ${years.join(', ')}`)
      : a.basis?.kind === 'mean'
        ? pick(lang, `${years.join('、')}年平均`, `mean of ${years.join(', ')}`)
        : `${a.actualYear ?? ''}`;
  const converted =
    a.basis && a.basis.conversions.length > 0
      ? pick(
          lang,
          `；按 ${a.basis.conversions.join('、')} 换算`,
          `; converted: ${a.basis.conversions.join(', ')}`,
        )
      : '';
  return `${formatFixed(a.actual, Math.max(decimalsOf(a.actual), 0))} ${unitLabel(lang, a.unit)}（${basis}${converted}）`;
}

export function verdictText(a: Assessment, lang: Lang): string {
  const { symbol, text } = verdictLabel(a.status, lang);
  const binding = a.bindingMissed ? pick(lang, '（约束性）', ' (binding)') : '';
  return `${symbol} ${text}${binding}`;
}

export function nameOf(a: Assessment, lang: Lang): string {
  const name = indicatorLabel(lang, a.indicator, a.name);
  const where = a.region === null ? '' : ` · ${regionLabel(lang, a.region)}`;
  return `${name}${a.zone ? ` · ${a.zone}` : ''}${where}`;
}

export function verdictTable(
  assessments: readonly Assessment[],
  lang: Lang,
  caption: string,
): TableSpec<Assessment> {
  return {
    caption,
    rowKey: (a) => `${a.indicator}|${a.region ?? ''}|${a.zone ?? ''}|${a.period}`,
    rows: assessments,
    columns: [
      { rowHeader: true, id: 'name', header: pick(lang, '指标', 'Indicator'), value: (a) => nameOf(a, lang) },
      { id: 'plan', header: pick(lang, '规划', 'Plan'), value: (a) => shortPlanName(a.plan) },
      { id: 'target', header: pick(lang, '目标', 'Target'), value: (a) => targetText(a, lang) },
      {
        id: 'actual',
        header: pick(lang, '实际值', 'Actual'),
        value: (a) => a.actual,
        display: (a) => actualText(a, lang),
        numeric: true,
      },
      { id: 'status', header: pick(lang, '完成情况', 'Verdict'), value: (a) => verdictText(a, lang) },
    ],
  };
}
