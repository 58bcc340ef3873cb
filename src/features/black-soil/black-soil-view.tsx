/**
 * Black-soil protection, province level (黑政办规〔2021〕40号 三、目标任务 and 五、分区保护):
 * the 2021 and 2021—2025 targets as figures, the cumulative high-standard farmland path, the
 * organic-matter goal with its stretch value, and plough-layer depth by zone type.
 */
import { useMemo, type ReactElement } from 'react';
import {
  toBlackSoilProvinceModel,
  type ProvinceTargetRow,
} from '../../charts/black-soil/black-soil-province-model';
import { buildHsfPathOption } from '../../charts/black-soil/build-hsf-path-option';
import { buildOrganicMatterOption } from '../../charts/black-soil/build-organic-matter-option';
import { buildPloughDepthOption } from '../../charts/black-soil/build-plough-depth-option';
import { EChart } from '../../charts/echart';
import { formatFixed } from '../../charts/format-indicator';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { comparatorColumn, unitColumn } from '../../components/table-columns';
import { KpiTile } from '../../components/kpi-tile';
import { wordingColumn } from '../../components/original-text';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { useChartSettings } from '../../components/use-chart-settings';
import { comparatorMeaning } from '../../data/comparators';
import { unitLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import { provenanceOf } from '../../queries/data-version';
import { useDatasets } from '../../queries/use-datasets';
import { blackSoilText } from './black-soil-text';
import { BLACK_SOIL_DATASETS } from './datasets';

function targetTable(rows: readonly ProvinceTargetRow[], lang: Lang): TableSpec<ProvinceTargetRow> {
  const fixed = (r: ProvinceTargetRow, v: number | null | undefined): string =>
    v === null || v === undefined ? '—' : formatFixed(v, r.decimals);
  const t = blackSoilText(lang);
  return {
    caption: t.caption,
    rowKey: (r) => `${r.indicator}|${r.zone ?? ''}`,
    rows,
    columns: [
      { rowHeader: true, id: 'name', header: t.indicator, value: (r) => r.name, data: true },
      { id: 'period', header: t.year, value: (r) => r.period },
      comparatorColumn(lang, t.comparator, (r) => r.comparator),
      {
        id: 'value',
        header: t.target,
        value: (r) => r.value,
        display: (r) => fixed(r, r.value),
        numeric: true,
      },
      {
        id: 'upper',
        header: t.upper,
        value: (r) => r.upper ?? null,
        display: (r) => fixed(r, r.upper),
        numeric: true,
      },
      {
        id: 'stretch',
        header: t.stretch,
        value: (r) => r.stretch ?? null,
        display: (r) => fixed(r, r.stretch),
        numeric: true,
      },
      unitColumn(lang, t.unit, (r) => r.unit),
      wordingColumn(lang, (r) => r.text ?? ''),
    ],
  };
}

export function BlackSoilView(): ReactElement {
  const state = useDatasets(BLACK_SOIL_DATASETS);
  const settings = useChartSettings();
  const lang = settings.lang;
  const dataset = state.status === 'success' ? state.data.get('black-soil-targets') : undefined;
  const model = useMemo(() => toBlackSoilProvinceModel(dataset?.records ?? [], lang), [dataset, lang]);
  const options = useMemo(
    () => ({
      path: buildHsfPathOption(model.hsfPaths, settings),
      organic: buildOrganicMatterOption(model.organicMatter, settings),
      depth: buildPloughDepthOption(model.ploughDepth, settings),
    }),
    [model, settings],
  );
  const t = blackSoilText(lang);
  if (state.status === 'pending') return <LoadingPanel label={t.loading} />;
  if (state.status === 'error') return <ErrorPanel error={state.error} />;
  if (!dataset) return <LoadingPanel label="black-soil-targets" />;
  const common = provenanceOf([dataset], lang);
  const headline = model.targets.filter(
    (r) => r.zone === undefined && r.indicator !== model.organicMatter?.indicator,
  );
  const { pathTitle, depthTitle, organicTitle } = t;
  return (
    <div className="view">
      <ChartCard
        id="black-soil-targets"
        title={t.targetsTitle}
        png={false}
        table={targetTable(model.targets, lang)}
        {...common}
        chart={
          <div className="kpi-grid" data-testid="black-soil-tiles">
            {headline.map((r) => (
              <KpiTile
                key={r.indicator}
                name={r.name}
                comparator={comparatorMeaning(r.comparator)?.symbol}
                value={r.value === null ? '—' : formatFixed(r.value, r.decimals)}
                unit={unitLabel(lang, r.unit)}
                detail={t.period(r.period)}
              />
            ))}
          </div>
        }
      />
      <div className="two-up">
        <ChartCard
          id="hsf-path"
          title={pathTitle}
          table={targetTable(
            model.targets.filter((r) => r.indicator.includes('hsf')),
            lang,
          )}
          {...common}
          note={t.pathNote}
          chart={
            <div className="chart-box">
              <EChart option={options.path} label={pathTitle} testId="hsf-path-chart" />
            </div>
          }
        />
        <ChartCard
          id="plough-depth"
          title={depthTitle}
          table={targetTable(
            model.targets.filter((r) => r.zone !== undefined),
            lang,
          )}
          {...common}
          chart={
            <div className="chart-box">
              <EChart option={options.depth} label={depthTitle} testId="plough-depth-chart" />
            </div>
          }
        />
      </div>
      <ChartCard
        id="organic-matter"
        title={organicTitle}
        table={targetTable(model.organicMatter ? [model.organicMatter] : [], lang)}
        {...common}
        chart={
          <div className="chart-box chart-box--short">
            <EChart option={options.organic} label={organicTitle} testId="organic-matter-chart" />
          </div>
        }
      />
    </div>
  );
}
