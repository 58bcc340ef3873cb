/**
 * Any catalog plan's indicator table (`?view=plan&plan=<dataset>`): baseline → target as the
 * change asked for, every target in the table (cumulative as such, qualitative as words), CSV/PNG
 * export and the citation — the same for a seed table and a plan added by import.
 */
import { useMemo, type ReactElement } from 'react';
import { buildGrowthOption, growthChartHeight } from '../../charts/growth/build-growth-option';
import { EChart } from '../../charts/echart';
import { toPlanModel } from '../../charts/plan/plan-model';
import { ChartCard } from '../../components/chart-card';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { useChartSettings } from '../../components/use-chart-settings';
import type { CatalogEntry } from '../../data/catalog/catalog-schema';
import { catalogEntries } from '../../data/catalog/catalog-schema';
import { dataLang, pick } from '../../data/lang';
import { useCatalog } from '../../queries/catalog-query';
import { provenanceOf } from '../../queries/data-version';
import { useDatasets } from '../../queries/use-datasets';
import { useViewState } from '../../view-state/use-view-state';
import { planTable } from './plan-table-spec';
import { planText } from '../../i18n/plan-text';

function PlanTables({ entry }: { readonly entry: CatalogEntry }): ReactElement {
  const settings = useChartSettings();
  const { lang } = settings;
  const t = planText(lang);
  const state = useDatasets([entry.table.dataset]);
  const dataset = state.status === 'success' ? state.data.get(entry.table.dataset) : undefined;
  const model = useMemo(() => toPlanModel(dataset?.records ?? []), [dataset]);
  const option = useMemo(() => buildGrowthOption(model.growth, settings), [model, settings]);
  const title = pick(lang, entry.table.title_zh, entry.table.title_en);
  if (state.status === 'pending') return <LoadingPanel label={title} />;
  if (state.status === 'error' || !dataset)
    return <ErrorPanel error={state.status === 'error' ? state.error : new Error(t.notFound)} />;
  const height = growthChartHeight(Math.max(1, model.growth.length), settings);
  return (
    <div className="view" data-testid="plan-view" data-plan={entry.table.dataset}>
      <section className="panel">
        <h2 lang={dataLang(entry.document.title)}>{entry.document.title}</h2>
        <p className="panel-note">
          {[
            t.period2(entry.document.period),
            t.counts(model.counts.quantitative, model.counts.cumulative, model.counts.qualitative),
          ].join(' · ')}
        </p>
      </section>
      <ChartCard
        id={`plan-${entry.table.dataset}`}
        title={t.chartTitle(pick(lang, entry.table.section, entry.table.title_en))}
        table={planTable(model.rows, title, lang)}
        {...provenanceOf([dataset], lang)}
        note={model.growth.length > 0 ? t.chartNote : t.noGrowth}
        chart={
          <div className="chart-box" style={{ height }}>
            <EChart option={option} label={t.chartLabel} height={height} testId="plan-growth-chart" />
          </div>
        }
      />
    </div>
  );
}

export function PlanView(): ReactElement {
  const { state } = useViewState();
  const catalog = useCatalog();
  const entry = catalogEntries(catalog).find((e) => e.table.dataset === state.plan);
  if (!entry) return <ErrorPanel error={new Error(planText(state.lang).notFound)} />;
  return <PlanTables key={entry.table.dataset} entry={entry} />;
}
