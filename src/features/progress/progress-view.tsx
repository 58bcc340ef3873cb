/**
 * Progress: for every numeric province target, its status by Open SDG's method once actual
 * values exist (they arrive by import: a file carrying 2022 实际值). Until then the table says
 * "no actual data yet" per indicator rather than inventing a status; each indicator with actuals
 * gets its chart of actual vs the path from baseline to target.
 */
import { useMemo, type ReactElement } from 'react';
import { buildProgressOption, progressStatusLabel } from '../../charts/build-progress-option';
import { EChart } from '../../charts/echart';
import { formatFixed } from '../../charts/format-indicator';
import { toProgressModel, type ProgressModel } from '../../charts/progress-model';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { SourceLine } from '../../components/source-line';
import { useChartSettings } from '../../components/use-chart-settings';
import { unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import type { DatasetId, NormalizedRecord } from '../../data/schema';
import { versionLabel } from '../../queries/data-version';
import type { LoadedDataset } from '../../queries/dataset-query';
import { useDatasets } from '../../queries/use-datasets';

const TARGET_DATASETS: readonly DatasetId[] = ['black-soil-targets', 'credit-indicators', 'ip-indicators', 'grain-livestock-2022'];
/** Actuals are their own (imported) table; they join the targets by indicator id. */
const PROVINCE_DATASETS: readonly DatasetId[] = [...TARGET_DATASETS, 'progress-actuals'];

/** Province-wide numeric targets (zone breakdowns and qualitative targets have no path). */
function trackedIndicators(records: readonly NormalizedRecord[]): string[] {
  const ids = records.filter((r) => r.kind === 'target' && r.value !== null && r.region === null && r.zone === undefined).map((r) => r.indicator);
  return [...new Set(ids)];
}

function fixed(model: ProgressModel, value: number | undefined): string {
  return value === undefined ? '—' : formatFixed(value, model.decimals);
}

function statusTable(models: readonly ProgressModel[], lang: Lang): TableSpec<ProgressModel> {
  return {
    caption: pick(lang, '各项数值目标的进展状态（Open SDG 方法）', 'Progress status of every numeric target (Open SDG method)'),
    rowKey: (m) => m.indicator,
    rows: models,
    columns: [
      { rowHeader: true, id: 'name', header: pick(lang, '指标', 'Indicator'), value: (m) => m.name },
      { id: 'unit', header: pick(lang, '单位', 'Unit'), value: (m) => m.unit, display: (m) => unitLabel(lang, m.unit) },
      { id: 'baseline', header: pick(lang, '基期', 'Baseline'), value: (m) => m.baseline?.value ?? null, display: (m) => (m.baseline ? `${fixed(m, m.baseline.value)}（${m.baseline.year}）` : '—'), numeric: true },
      { id: 'target', header: pick(lang, '目标', 'Target'), value: (m) => m.target?.value ?? null, display: (m) => (m.target ? `${fixed(m, m.target.value)}（${m.target.year}）` : '—'), numeric: true },
      { id: 'latest', header: pick(lang, '最新实际值', 'Latest actual'), value: (m) => m.latest?.value ?? null, display: (m) => (m.latest ? `${fixed(m, m.latest.value)}（${m.latest.year}）` : '—'), numeric: true },
      { id: 'status', header: pick(lang, '状态', 'Status'), value: (m) => progressStatusLabel(m.status, lang).text, display: (m) => { const s = progressStatusLabel(m.status, lang); return `${s.symbol} ${s.text}`; } },
    ],
  };
}

function modelsOf(datasets: readonly LoadedDataset[], lang: Lang): ProgressModel[] {
  const actuals = datasets.find((d) => d.spec.id === 'progress-actuals')?.records ?? [];
  return datasets.filter((d) => TARGET_DATASETS.includes(d.spec.id)).flatMap((d) => {
    // Targets first: a model takes its name and unit from the first record of its indicator.
    const records = [...d.records, ...actuals];
    return trackedIndicators(d.records).map((id) => toProgressModel(records, id, lang));
  });
}

export function ProgressView(): ReactElement {
  const state = useDatasets(PROVINCE_DATASETS);
  const settings = useChartSettings();
  const lang = settings.lang;
  const datasets = useMemo(() => (state.status === 'success' ? [...state.data.values()] : []), [state]);
  const models = useMemo(() => modelsOf(datasets, lang), [datasets, lang]);
  if (state.status === 'pending') return <LoadingPanel label={pick(lang, '进展', 'progress')} />;
  if (state.status === 'error') return <ErrorPanel error={state.error} />;
  const withActuals = models.filter((m) => m.actuals.length > 0);
  // The actuals table cites no gazette; its version label says which import it is.
  const sources = datasets.filter((d) => d.spec.id !== 'progress-actuals' || d.rows.length > 0).map((d) => d.spec.source);
  return (
    <div className="view">
      <section className="panel" aria-labelledby="progress-title">
        <h2 id="progress-title">{pick(lang, '目标进展', 'Progress towards the targets')}</h2>
        <p className="panel-note">{pick(lang,
          '方法：Open SDG 进展评估——实际年均变化与实现目标所需年均变化之比，≥95% 为“进度符合要求”，60%–95% 为“需加快”，0–60% 为“进展有限”，小于 0 为“背离目标方向”；“低于”类指标按下降方向计算。',
          'Method: Open SDG progress measure — observed annual change over the change required to meet the target; ≥95% on track, 60–95% needs acceleration, 0–60% off track, below 0 moving away; "below" targets count downwards.')}</p>
        {withActuals.length === 0 && (
          <p className="panel-state" role="status" data-testid="progress-empty">{pick(lang,
            `当前数据中还没有实际值（共 ${models.length} 项数值目标）。导入含“实际值”的文件后，这里将显示每项指标的进展和状态。`,
            `The data has no actual values yet (${models.length} numeric targets). Import a file with actual values to see each indicator's progress and status here.`)}</p>
        )}
        <SourceLine sources={sources} version={versionLabel(datasets, lang)} lang={lang} />
      </section>
      {withActuals.map((m) => (
        <ChartCard key={m.indicator} id={`progress-${m.indicator.replace(/[^a-z0-9-]/gi, '-')}`} title={m.name}
          table={statusTable([m], lang)} sources={sources} version={versionLabel(datasets, lang)}
          chart={<div className="chart-box"><EChart option={buildProgressOption(m, settings)} label={m.name} testId="progress-chart" /></div>} />
      ))}
      {withActuals.length > 0 && <ChartCard id="progress-status" title={pick(lang, '进展状态一览', 'Status of every target')} table={statusTable(models, lang)} png={false}
        sources={sources} version={versionLabel(datasets, lang)}
        chart={<StatusList models={models} lang={lang} />} />}
    </div>
  );
}

function StatusList({ models, lang }: { readonly models: readonly ProgressModel[]; readonly lang: Lang }): ReactElement {
  return (
    <ul className="status-list" data-testid="progress-status-list">
      {models.map((m) => {
        const status = progressStatusLabel(m.status, lang);
        return (
          <li key={m.indicator} className={`status status--${m.status}`}>
            <span className="status-symbol" aria-hidden="true">{status.symbol}</span>
            <span className="status-name">{m.name}</span>
            <span className="status-text">{status.text}</span>
          </li>
        );
      })}
    </ul>
  );
}
