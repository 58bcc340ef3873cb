/**
 * Intellectual property: the province's 8 indicators, 2020 baseline → 2025 target as required
 * growth (sorted), with their table and the plan's own notes on discrepancies; Shuangyashan's
 * city goals beside them.
 */
import type { ReactElement } from 'react';
import { useMemo } from 'react';
import { buildGrowthOption, growthChartHeight } from '../../charts/growth/build-growth-option';
import { EChart } from '../../charts/echart';
import { formatValue } from '../../charts/format';
import { withUnit } from '../../charts/format-indicator';
import { toGrowthItems, type GrowthItem } from '../../charts/growth/growth-model';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { indicatorColumn, percentColumn, unitColumn } from '../../components/table-columns';
import { OriginalText } from '../../components/original-text';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { SourceLine } from '../../components/source-line';
import { useChartSettings } from '../../components/use-chart-settings';
import { comparatorLabel, indicatorLabel } from '../../data/glossary';
import { dataLang, type Lang } from '../../data/lang';
import type { NormalizedRecord } from '../../data/schema';
import { provenanceOf } from '../../queries/data-version';
import type { LoadedDataset } from '../../queries/dataset-query';
import { useDatasets } from '../../queries/use-datasets';
import { IP_DATASETS } from './datasets';
import { ipText } from './ip-text';

function growthTable(
  items: readonly GrowthItem[],
  notes: ReadonlyMap<string, string>,
  lang: Lang,
): TableSpec<GrowthItem> {
  const t = ipText(lang);
  return {
    caption: t.caption,
    rowKey: (i) => i.indicator,
    rows: items,
    columns: [
      indicatorColumn(
        lang,
        t.indicator,
        (i) => i.indicator,
        (i) => i.name,
      ),
      unitColumn(lang, t.unit, (i) => i.unit),
      {
        id: 'baseline',
        header: t.baseline,
        value: (i) => i.baseline,
        display: (i) => formatValue(i.baseline),
        numeric: true,
      },
      {
        id: 'target',
        header: t.target,
        value: (i) => i.target,
        display: (i) => formatValue(i.target),
        numeric: true,
      },
      {
        id: 'change',
        header: t.change,
        value: (i) => i.change,
        display: (i) => formatValue(i.change),
        numeric: true,
      },
      percentColumn('ratio', t.ratio, (i) => i.changeRatio),
      percentColumn('cagr', t.annual, (i) => i.annualRate),
      { id: 'note', header: t.note, value: (i) => notes.get(i.indicator) ?? '', data: true },
    ],
  };
}

function ShuangyashanCard({
  dataset,
  lang,
}: {
  readonly dataset: LoadedDataset;
  readonly lang: Lang;
}): ReactElement {
  const goals = dataset.records.filter((r: NormalizedRecord) => r.kind === 'target');
  return (
    <aside className="panel side-card" aria-labelledby="shuangyashan-title" data-testid="shuangyashan-card">
      <h2 id="shuangyashan-title">{ipText(lang).cityTitle}</h2>
      <ul className="goal-list">
        {goals.map((goal) => (
          <li key={goal.indicator}>
            <span
              className="goal-name"
              lang={dataLang(indicatorLabel(lang, goal.indicator, goal.indicatorName))}
            >
              {indicatorLabel(lang, goal.indicator, goal.indicatorName)}
            </span>
            <span className="goal-value">
              {goal.comparator ? `${comparatorLabel(lang, goal.comparator)} ` : ''}
              {goal.value === null ? '—' : withUnit(formatValue(goal.value), goal.unit, lang)}
            </span>
            <span className="muted">
              {goal.period.replace('-', '—')}
              {goal.text ? (
                <>
                  {' · '}
                  <OriginalText text={goal.text} lang={lang} labelled />
                </>
              ) : (
                ''
              )}
            </span>
          </li>
        ))}
      </ul>
      <SourceLine {...provenanceOf([dataset], lang)} lang={lang} />
    </aside>
  );
}

export function IpView(): ReactElement {
  const state = useDatasets(IP_DATASETS);
  const settings = useChartSettings();
  const lang = settings.lang;
  const province = state.status === 'success' ? state.data.get('ip-indicators') : undefined;
  const items = useMemo(() => toGrowthItems(province?.records ?? []), [province]);
  const notes = useMemo(
    () =>
      new Map(
        (province?.records ?? [])
          .filter((r) => r.kind === 'baseline' && r.text)
          .map((r) => [r.indicator, r.text ?? '']),
      ),
    [province],
  );
  const option = useMemo(() => buildGrowthOption(items, settings), [items, settings]);
  const t = ipText(lang);
  if (state.status === 'pending') return <LoadingPanel label={t.loading} />;
  if (state.status === 'error') return <ErrorPanel error={state.error} />;
  const city = state.data.get('shuangyashan-ip');
  const title = t.title;
  const height = growthChartHeight(items.length, settings);
  return (
    <div className="view with-side">
      <ChartCard
        id="ip-growth"
        title={title}
        table={growthTable(items, notes, lang)}
        {...provenanceOf(province ? [province] : [], lang)}
        note={t.chartNote}
        chart={
          <div className="chart-box" style={{ height }}>
            <EChart option={option} label={t.chartLabel} height={height} testId="ip-growth-chart" />
          </div>
        }
      />
      {city && <ShuangyashanCard dataset={city} lang={lang} />}
    </div>
  );
}
