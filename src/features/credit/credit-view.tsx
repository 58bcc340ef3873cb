/**
 * Social credit: every numeric 2025 target against its comparator (超过 / 低于 / 不少于 / 达到),
 * with the 2020 baseline where the plan gives one, and the qualitative targets as a checklist of
 * the plan's own wording — never as a made-up number.
 */
import { useMemo, type ReactElement } from 'react';
import { buildCreditOption, creditTargetLabel } from '../../charts/build-credit-option';
import {
  layoutCreditChart,
  toCreditModel,
  type CreditModel,
  type CreditNumericItem,
} from '../../charts/credit-model';
import { EChart } from '../../charts/echart';
import { formatValue } from '../../charts/format';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { SourceLine } from '../../components/source-line';
import { useChartSettings } from '../../components/use-chart-settings';
import { comparatorLabel, indicatorLabel, unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import { versionLabel } from '../../queries/data-version';
import type { LoadedDataset } from '../../queries/dataset-query';
import { useDatasets } from '../../queries/use-datasets';
import { CREDIT_DATASETS } from './datasets';

function attributeText(attribute: string | undefined, lang: Lang): string {
  if (attribute === undefined) return '';
  if (lang === 'zh') return attribute;
  return attribute === '约束性' ? 'binding' : 'indicative';
}

function creditTable(model: CreditModel, lang: Lang): TableSpec<CreditNumericItem> {
  return {
    caption: pick(lang, '社会信用体系建设主要指标（2025年目标）', 'Social credit indicators (2025 targets)'),
    rowKey: (i) => i.indicator,
    rows: model.numeric,
    columns: [
      {
        rowHeader: true,
        id: 'name',
        header: pick(lang, '指标', 'Indicator'),
        value: (i) => i.name,
        display: (i) => indicatorLabel(lang, i.indicator, i.name),
      },
      {
        id: 'comparator',
        header: pick(lang, '比较', 'Comparator'),
        value: (i) => i.comparator ?? '',
        display: (i) => comparatorLabel(lang, i.comparator ?? ''),
      },
      {
        id: 'target',
        header: pick(lang, '2025年目标值', '2025 target'),
        value: (i) => i.target,
        display: (i) => creditTargetLabel(i, lang),
        numeric: true,
      },
      {
        id: 'unit',
        header: pick(lang, '单位', 'Unit'),
        value: (i) => i.unit,
        display: (i) => unitLabel(lang, i.unit),
      },
      {
        id: 'baseline',
        header: pick(lang, '2020年基期值', '2020 baseline'),
        value: (i) => i.baseline?.value ?? null,
        display: (i) => (i.baseline ? formatValue(i.baseline.value) : '—'),
        numeric: true,
      },
      {
        id: 'attribute',
        header: pick(lang, '属性', 'Attribute'),
        value: (i) => i.attribute ?? '',
        display: (i) => attributeText(i.attribute, lang),
      },
      { id: 'text', header: pick(lang, '原文', 'Plan wording'), value: (i) => i.text ?? '' },
    ],
  };
}

function Checklist({
  model,
  dataset,
  lang,
}: {
  readonly model: CreditModel;
  readonly dataset: LoadedDataset;
  readonly lang: Lang;
}): ReactElement {
  return (
    <section className="panel" aria-labelledby="credit-qualitative-title" data-testid="credit-checklist">
      <h2 id="credit-qualitative-title">{pick(lang, '定性目标', 'Qualitative targets')}</h2>
      <ul className="checklist">
        {model.qualitative.map((item) => (
          <li key={item.indicator}>
            <span className="check-mark" aria-hidden="true">
              ☐
            </span>
            <div>
              <strong>{indicatorLabel(lang, item.indicator, item.name)}</strong>
              {item.attribute !== undefined && (
                <span className={`attr attr--${item.attribute === '约束性' ? 'binding' : 'indicative'}`}>
                  {attributeText(item.attribute, lang)}
                </span>
              )}
              <p>{item.text}</p>
            </div>
          </li>
        ))}
      </ul>
      <SourceLine sources={[dataset.spec.source]} version={versionLabel([dataset], lang)} lang={lang} />
    </section>
  );
}

export function CreditView(): ReactElement {
  const state = useDatasets(CREDIT_DATASETS);
  const settings = useChartSettings();
  const lang = settings.lang;
  const dataset = state.status === 'success' ? state.data.get('credit-indicators') : undefined;
  const model = useMemo(() => toCreditModel(dataset?.records ?? [], lang), [dataset, lang]);
  const option = useMemo(() => buildCreditOption(model, settings), [model, settings]);
  if (state.status === 'pending')
    return <LoadingPanel label={pick(lang, '社会信用指标', 'credit indicators')} />;
  if (state.status === 'error') return <ErrorPanel error={state.error} />;
  if (!dataset) return <LoadingPanel label="credit-indicators" />;
  const title = pick(lang, '社会信用体系：2025年数值目标', 'Social credit: numeric 2025 targets');
  const height = layoutCreditChart(model, settings.type).height;
  const counts = pick(
    lang,
    `共 ${model.indicatorCount} 项指标：数值目标 ${model.numeric.length} 个，定性目标 ${model.qualitative.length} 个；约束性 ${model.bindingCount} 个，其余为预期性。`,
    `${model.indicatorCount} indicators: ${model.numeric.length} numeric and ${model.qualitative.length} qualitative targets; ${model.bindingCount} binding, the rest indicative.`,
  );
  return (
    <div className="view">
      <ChartCard
        id="credit-targets"
        title={title}
        table={creditTable(model, lang)}
        sources={[dataset.spec.source]}
        version={versionLabel([dataset], lang)}
        note={
          <>
            {counts} {pick(lang, '不同单位分组绘制，互不共用坐标轴。', 'Each unit has its own axis.')}
          </>
        }
        chart={
          <div className="chart-box" style={{ height }}>
            <EChart option={option} label={title} height={height} testId="credit-chart" />
          </div>
        }
      />
      <Checklist model={model} dataset={dataset} lang={lang} />
    </div>
  );
}
