/** The verdict table: every target with what the plan asks, the actual compared and the verdict in words. */
import { formatFixed, decimalsOf } from '../../charts/format-indicator';
import { shortPlanName } from '../../charts/progress/build-verdict-option';
import { verdictLabel } from '../../charts/progress/verdict-labels';
import type { TableSpec } from '../../components/data-table';
import type { Assessment } from '../../data/assess/types';
import { indicatorLabel, regionLabel, unitLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import { progressText } from './progress-text';

export function targetText(a: Assessment, lang: Lang): string {
  if (a.target === null) return a.text ?? '';
  const upper = a.rule?.upper === undefined ? '' : `—${formatFixed(a.rule.upper, decimalsOf(a.rule.upper))}`;
  const tolerance = a.rule?.tolerance
    ? progressText(lang).tolerance(a.rule.tolerance.value, a.rule.tolerance.source === 'stated')
    : '';
  return `${a.comparator ?? ''} ${formatFixed(a.target, decimalsOf(a.target))}${upper} ${unitLabel(lang, a.unit)}${tolerance}（${a.period.replace('-', '—')}）`.trim();
}

export function actualText(a: Assessment, lang: Lang): string {
  if (a.actual === null) return '—';
  const years = a.basis?.years ?? [];
  const t = progressText(lang);
  const basis =
    a.basis?.kind === 'sum'
      ? t.sumOf(years)
      : a.basis?.kind === 'mean'
        ? t.meanOf(years)
        : `${a.actualYear ?? ''}`;
  const converted = a.basis && a.basis.conversions.length > 0 ? t.converted(a.basis.conversions) : '';
  return `${formatFixed(a.actual, Math.max(decimalsOf(a.actual), 0))} ${unitLabel(lang, a.unit)}（${basis}${converted}）`;
}

export function verdictText(a: Assessment, lang: Lang): string {
  const { symbol, text } = verdictLabel(a.status, lang);
  const binding = a.bindingMissed ? progressText(lang).binding : '';
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
  const t = progressText(lang);
  return {
    caption,
    rowKey: (a) => `${a.indicator}|${a.region ?? ''}|${a.zone ?? ''}|${a.period}`,
    rows: assessments,
    columns: [
      { rowHeader: true, id: 'name', header: t.indicator, value: (a) => nameOf(a, lang), data: true },
      { id: 'plan', header: t.plan, value: (a) => shortPlanName(a.plan), data: true },
      { id: 'target', header: t.target, value: (a) => targetText(a, lang), data: true },
      {
        id: 'actual',
        header: t.actual,
        value: (a) => a.actual,
        display: (a) => actualText(a, lang),
        numeric: true,
      },
      { id: 'status', header: t.verdict, value: (a) => verdictText(a, lang) },
    ],
  };
}
