/** The plan view's table: every target, as the chart card shows and exports it. */
import { formatValue } from '../../charts/format';
import { decimalsOf, formatTarget } from '../../charts/format-indicator';
import { periodQualifier, type PlanRow } from '../../charts/plan/plan-model';
import type { TableSpec } from '../../components/data-table';
import { wordingColumn } from '../../components/original-text';
import { attributeColumn, percentColumn, unitColumn } from '../../components/table-columns';
import type { AskedChange } from '../../data/asked-change';
import type { Lang } from '../../data/lang';
import { planText } from '../../i18n/plan-text';

function targetText(row: PlanRow, lang: Lang): string {
  if (row.target === null) return '—';
  const figure = formatTarget(
    {
      value: row.target,
      unit: row.unit,
      ...(row.comparator ? { comparator: row.comparator } : {}),
      ...(row.upper !== null ? { upper: row.upper } : {}),
    },
    decimalsOf(row.target),
    lang,
  );
  const qualifier = periodQualifier(row, lang);
  return qualifier === null ? figure : `${qualifier} ${figure}`;
}

/** The change asked for, or null when there is none to compute or the bound is already met. */
function changeOf(row: PlanRow): Extract<AskedChange, { kind: 'change' }> | null {
  return row.growth?.asked.kind === 'change' ? row.growth.asked : null;
}

function changeText(row: PlanRow, lang: Lang): string {
  const asked = row.growth?.asked;
  if (!asked) return '—';
  return asked.kind === 'met' ? planText(lang).met(asked.bound) : formatValue(asked.change);
}

export function planTable(rows: readonly PlanRow[], title: string, lang: Lang): TableSpec<PlanRow> {
  const t = planText(lang);
  return {
    caption: t.tableCaption(title),
    rowKey: (r) => r.indicator,
    rows,
    columns: [
      { rowHeader: true, id: 'name', header: t.indicator, value: (r) => r.name, data: true },
      unitColumn(lang, t.unit, (r) => r.unit),
      {
        id: 'baseline',
        header: t.baseline,
        value: (r) => r.baseline?.value ?? null,
        display: (r) => (r.baseline ? `${formatValue(r.baseline.value)}（${r.baseline.year}）` : '—'),
        numeric: true,
      },
      {
        id: 'target',
        header: t.target,
        value: (r) => r.target,
        display: (r) => targetText(r, lang),
        numeric: true,
      },
      { id: 'period', header: t.period, value: (r) => r.period.replace('-', '—') },
      {
        id: 'change',
        header: t.change,
        value: (r) => changeOf(r)?.change ?? null,
        display: (r) => changeText(r, lang),
        numeric: true,
      },
      percentColumn('ratio', t.ratio, (r) => changeOf(r)?.changeRatio),
      percentColumn('annual', t.annual, (r) => changeOf(r)?.annualRate),
      attributeColumn(lang, t.attribute, (r) => r.attribute ?? undefined),
      wordingColumn(lang, (r) => r.text ?? ''),
    ],
  };
}
