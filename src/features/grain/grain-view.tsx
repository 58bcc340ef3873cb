/**
 * Grain and livestock 2022: five floors and goals in five different units (亿亩, 亿斤, 万亩,
 * 万头). No chart can put them on one axis honestly, so they are headline figures with their
 * comparator, unit and the plan's wording, plus the table.
 */
import type { ReactElement } from 'react';
import { formatValue } from '../../charts/format';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { comparatorColumn, indicatorColumn, unitColumn } from '../../components/table-columns';
import { KpiTile } from '../../components/kpi-tile';
import { OriginalText, wordingColumn } from '../../components/original-text';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { indicatorLabel, unitLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import { comparatorMeaning } from '../../data/comparators';
import type { NormalizedRecord } from '../../data/schema';
import { useI18n } from '../../i18n/use-i18n';
import { provenanceOf } from '../../queries/data-version';
import { useDatasets } from '../../queries/use-datasets';
import { GRAIN_DATASETS } from './datasets';
import { grainText } from './grain-text';

function goalTable(goals: readonly NormalizedRecord[], lang: Lang): TableSpec<NormalizedRecord> {
  const t = grainText(lang);
  return {
    caption: t.caption,
    rowKey: (g) => g.indicator,
    rows: goals,
    columns: [
      indicatorColumn(
        lang,
        t.indicator,
        (g) => g.indicator,
        (g) => g.indicatorName,
      ),
      comparatorColumn(lang, t.comparator, (g) => g.comparator),
      {
        id: 'value',
        header: t.goal,
        value: (g) => g.value,
        display: (g) => (g.value === null ? '—' : formatValue(g.value)),
        numeric: true,
      },
      unitColumn(lang, t.unit, (g) => g.unit),
      { id: 'period', header: t.year, value: (g) => g.period },
      wordingColumn(lang, (g) => g.text ?? ''),
    ],
  };
}

export function GrainView(): ReactElement {
  const state = useDatasets(GRAIN_DATASETS);
  const { lang } = useI18n();
  const t = grainText(lang);
  if (state.status === 'pending') return <LoadingPanel label={t.loading} />;
  if (state.status === 'error') return <ErrorPanel error={state.error} />;
  const dataset = state.data.get('grain-livestock-2022');
  const goals = dataset?.records.filter((r) => r.kind === 'target') ?? [];
  const title = t.title;
  return (
    <div className="view">
      <ChartCard
        id="grain-goals"
        title={title}
        table={goalTable(goals, lang)}
        png={false}
        {...provenanceOf(dataset ? [dataset] : [], lang)}
        note={t.note}
        chart={
          <div className="kpi-grid" data-testid="grain-tiles">
            {goals.map((g) => (
              <KpiTile
                key={g.indicator}
                name={indicatorLabel(lang, g.indicator, g.indicatorName)}
                comparator={comparatorMeaning(g.comparator)?.symbol}
                value={g.value === null ? '—' : formatValue(g.value)}
                unit={unitLabel(lang, g.unit)}
                detail={
                  g.text === undefined ? undefined : <OriginalText text={g.text} lang={lang} labelled />
                }
              />
            ))}
          </div>
        }
      />
    </div>
  );
}
