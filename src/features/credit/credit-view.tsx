/**
 * Social credit: every numeric 2025 target against its comparator (超过 / 低于 / 不少于 / 达到),
 * with the 2020 baseline where the plan gives one, and the qualitative targets as a checklist of
 * the plan's own wording — never as a made-up number.
 */
import { useMemo, type ReactElement } from 'react';
import { buildCreditOption, creditTargetLabel } from '../../charts/credit/build-credit-option';
import {
  layoutCreditChart,
  toCreditModel,
  type CreditModel,
  type CreditNumericItem,
} from '../../charts/credit/credit-model';
import { EChart } from '../../charts/echart';
import { formatValue } from '../../charts/format';
import { AttributeTag } from '../../components/attribute-tag';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import {
  attributeColumn,
  comparatorColumn,
  indicatorColumn,
  unitColumn,
} from '../../components/table-columns';
import { OriginalText, wordingColumn } from '../../components/original-text';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { SourceLine } from '../../components/source-line';
import { useChartSettings } from '../../components/use-chart-settings';
import { indicatorLabel } from '../../data/glossary';
import { dataLang, type Lang } from '../../data/lang';
import { provenanceOf } from '../../queries/data-version';
import type { LoadedDataset } from '../../queries/dataset-query';
import { useDatasets } from '../../queries/use-datasets';
import { creditText } from './credit-text';
import { CREDIT_DATASETS } from './datasets';

function creditTable(model: CreditModel, lang: Lang): TableSpec<CreditNumericItem> {
  const t = creditText(lang);
  return {
    caption: t.caption,
    rowKey: (i) => i.indicator,
    rows: model.numeric,
    columns: [
      indicatorColumn(
        lang,
        t.indicator,
        (i) => i.indicator,
        (i) => i.name,
      ),
      comparatorColumn(lang, t.comparator, (i) => i.comparator),
      {
        id: 'target',
        header: t.target,
        value: (i) => i.target,
        display: (i) => creditTargetLabel(i, lang),
        numeric: true,
      },
      unitColumn(lang, t.unit, (i) => i.unit),
      {
        id: 'baseline',
        header: t.baseline,
        value: (i) => i.baseline?.value ?? null,
        display: (i) => (i.baseline ? formatValue(i.baseline.value) : '—'),
        numeric: true,
      },
      attributeColumn(lang, t.attribute, (i) => i.attribute),
      wordingColumn(lang, (i) => i.text ?? ''),
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
      <h2 id="credit-qualitative-title">{creditText(lang).qualitative}</h2>
      <ul className="checklist">
        {model.qualitative.map((item) => (
          <li key={item.indicator}>
            <span className="check-mark" aria-hidden="true">
              ☐
            </span>
            <div>
              <strong lang={dataLang(indicatorLabel(lang, item.indicator, item.name))}>
                {indicatorLabel(lang, item.indicator, item.name)}
              </strong>
              <AttributeTag attribute={item.attribute} lang={lang} />
              <p>
                <OriginalText text={item.text} lang={lang} labelled />
              </p>
            </div>
          </li>
        ))}
      </ul>
      <SourceLine {...provenanceOf([dataset], lang)} lang={lang} />
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
  const t = creditText(lang);
  if (state.status === 'pending') return <LoadingPanel label={t.loading} />;
  if (state.status === 'error') return <ErrorPanel error={state.error} />;
  if (!dataset) return <LoadingPanel label="credit-indicators" />;
  const title = t.title;
  const height = layoutCreditChart(model, settings.type).height;
  const counts = t.counts(
    model.indicatorCount,
    model.numeric.length,
    model.qualitative.length,
    model.bindingCount,
  );
  return (
    <div className="view">
      <ChartCard
        id="credit-targets"
        title={title}
        table={creditTable(model, lang)}
        {...provenanceOf([dataset], lang)}
        note={
          <>
            {counts} {t.axes}
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
