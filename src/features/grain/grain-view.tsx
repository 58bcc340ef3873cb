/**
 * Grain and livestock 2022: five floors and goals in five different units (亿亩, 亿斤, 万亩,
 * 万头). No chart can put them on one axis honestly, so they are headline figures with their
 * comparator, unit and the plan's wording, plus the table.
 */
import type { ReactElement } from 'react';
import { formatValue } from '../../charts/format';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { KpiTile } from '../../components/kpi-tile';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { comparatorLabel, indicatorLabel, unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import { comparatorMeaning } from '../../data/comparators';
import type { NormalizedRecord } from '../../data/schema';
import { useI18n } from '../../i18n/use-i18n';
import { versionLabel } from '../../queries/data-version';
import { useDatasets } from '../../queries/use-datasets';
import { GRAIN_DATASETS } from './datasets';

function goalTable(goals: readonly NormalizedRecord[], lang: Lang): TableSpec<NormalizedRecord> {
  return {
    caption: pick(lang, '2022年粮食和畜牧目标', 'Grain and livestock goals for 2022'),
    rowKey: (g) => g.indicator,
    rows: goals,
    columns: [
      {
        rowHeader: true,
        id: 'name',
        header: pick(lang, '指标', 'Indicator'),
        value: (g) => g.indicatorName,
        display: (g) => indicatorLabel(lang, g.indicator, g.indicatorName),
      },
      {
        id: 'comparator',
        header: pick(lang, '比较', 'Comparator'),
        value: (g) => g.comparator ?? '',
        display: (g) => comparatorLabel(lang, g.comparator ?? ''),
      },
      {
        id: 'value',
        header: pick(lang, '目标值', 'Goal'),
        value: (g) => g.value,
        display: (g) => (g.value === null ? '—' : formatValue(g.value)),
        numeric: true,
      },
      {
        id: 'unit',
        header: pick(lang, '单位', 'Unit'),
        value: (g) => g.unit,
        display: (g) => unitLabel(lang, g.unit),
      },
      { id: 'period', header: pick(lang, '年份', 'Year'), value: (g) => g.period },
      { id: 'text', header: pick(lang, '原文', 'Plan wording'), value: (g) => g.text ?? '' },
    ],
  };
}

export function GrainView(): ReactElement {
  const state = useDatasets(GRAIN_DATASETS);
  const { lang } = useI18n();
  if (state.status === 'pending')
    return <LoadingPanel label={pick(lang, '粮食和畜牧目标', 'grain and livestock goals')} />;
  if (state.status === 'error') return <ErrorPanel error={state.error} />;
  const dataset = state.data.get('grain-livestock-2022');
  const goals = dataset?.records.filter((r) => r.kind === 'target') ?? [];
  const title = pick(lang, '粮食和畜牧：2022年目标', 'Grain and livestock: 2022 goals');
  return (
    <div className="view">
      <ChartCard
        id="grain-goals"
        title={title}
        table={goalTable(goals, lang)}
        png={false}
        sources={dataset ? [dataset.spec.source] : []}
        version={dataset ? versionLabel([dataset], lang) : ''}
        note={pick(
          lang,
          '五项目标单位各不相同，逐项列出，不放在同一坐标轴上比较。',
          'The five goals have five different units, so they are listed, not charted on one axis.',
        )}
        chart={
          <div className="kpi-grid" data-testid="grain-tiles">
            {goals.map((g) => (
              <KpiTile
                key={g.indicator}
                name={indicatorLabel(lang, g.indicator, g.indicatorName)}
                comparator={comparatorMeaning(g.comparator)?.symbol}
                value={g.value === null ? '—' : formatValue(g.value)}
                unit={unitLabel(lang, g.unit)}
                detail={g.text}
              />
            ))}
          </div>
        }
      />
    </div>
  );
}
