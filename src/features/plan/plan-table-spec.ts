/** The plan view's table: every target, as the chart card shows and exports it. */
import { formatPercent, formatValue } from '../../charts/format';
import { formatTarget } from '../../charts/format-indicator';
import type { PlanRow } from '../../charts/plan-model';
import type { TableSpec } from '../../components/data-table';
import { unitLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import { planText } from '../../i18n/plan-text';

const pct = (r: number | null | undefined): number | null => (r === null || r === undefined ? null : Math.round(r * 1000) / 10);

function targetText(row: PlanRow, lang: Lang): string {
  if (row.target === null) return '—';
  const figure = formatTarget({ value: row.target, unit: row.unit, ...(row.comparator ? { comparator: row.comparator } : {}), ...(row.upper !== null ? { upper: row.upper } : {}) }, 2, lang);
  return row.cumulative ? `${figure}（${planText(lang).cumulative}）` : figure;
}

export function planTable(rows: readonly PlanRow[], title: string, lang: Lang): TableSpec<PlanRow> {
  const t = planText(lang);
  return {
    caption: t.tableCaption(title),
    rowKey: (r) => r.indicator,
    rows,
    columns: [
      { rowHeader: true, id: 'name', header: t.indicator, value: (r) => r.name },
      { id: 'unit', header: t.unit, value: (r) => r.unit, display: (r) => unitLabel(lang, r.unit) },
      { id: 'baseline', header: t.baseline, value: (r) => r.baseline?.value ?? null, display: (r) => (r.baseline ? `${formatValue(r.baseline.value)}（${r.baseline.year}）` : '—'), numeric: true },
      { id: 'target', header: t.target, value: (r) => r.target, display: (r) => targetText(r, lang), numeric: true },
      { id: 'period', header: t.period, value: (r) => r.period.replace('-', '—') },
      { id: 'change', header: t.change, value: (r) => r.growth?.change ?? null, display: (r) => (r.growth ? formatValue(r.growth.change) : '—'), numeric: true },
      { id: 'ratio', header: t.ratio, value: (r) => pct(r.growth?.changeRatio), display: (r) => (r.growth?.changeRatio == null ? '—' : formatPercent(r.growth.changeRatio)), numeric: true },
      { id: 'annual', header: t.annual, value: (r) => pct(r.growth?.annualRate), display: (r) => (r.growth?.annualRate == null ? '—' : formatPercent(r.growth.annualRate)), numeric: true },
      { id: 'attribute', header: t.attribute, value: (r) => r.attribute ?? '' },
      { id: 'text', header: t.wording, value: (r) => r.text ?? '' },
    ],
  };
}
