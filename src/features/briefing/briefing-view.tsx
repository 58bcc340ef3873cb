/**
 * 打印简报: one A4 page per domain of the catalog — its key figures, its chart (briefing-charts.ts)
 * and its source — headed by the view and the filters it was opened from, written out so the paper
 * says what it shows. On screen the pages stand one under the other with a bar to print or go back;
 * print.css turns each into a page of its own.
 */
import { useMemo, type ReactElement } from 'react';
import { EChart } from '../../charts/echart';
import { headlinesOf, toOverviewCards, type OverviewCard } from '../../charts/overview/overview-model';
import { Headline } from '../../components/headline';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { SourceLine } from '../../components/source-line';
import { useChartSettings } from '../../components/use-chart-settings';
import { printMessages } from '../../i18n/print-messages';
import { useI18n } from '../../i18n/use-i18n';
import { useCatalog } from '../../queries/catalog-query';
import { provenanceOf } from '../../queries/data-version';
import type { LoadedDataset } from '../../queries/dataset-query';
import { useDatasets } from '../../queries/use-datasets';
import { useViewState } from '../../view-state/use-view-state';
import {
  BRIEFING_CHART_DATASETS,
  briefingChart,
  briefingZoom,
  type BriefingRecords,
} from './briefing-charts';
import { filterLine } from './print-text';

function DomainPage({
  card,
  data,
  loaded,
}: {
  readonly card: OverviewCard;
  readonly data: BriefingRecords;
  readonly loaded: ReadonlyMap<string, LoadedDataset>;
}): ReactElement {
  const { state } = useViewState();
  const { t, lang } = useI18n();
  const settings = useChartSettings();
  const text = printMessages(lang);
  const chart = useMemo(
    () => briefingChart(card.domain, card.dataset, data, state, settings),
    [card, data, state, settings],
  );
  const datasets = [card.dataset, ...(chart?.datasets ?? [])].flatMap((id) => loaded.get(id) ?? []);
  const unique = [...new Map(datasets.map((d) => [d.spec.id, d])).values()];
  return (
    <section
      className="panel briefing-page"
      aria-labelledby={`briefing-${card.domain}-title`}
      data-testid={`briefing-${card.domain}`}
    >
      <p className="briefing-kicker">
        {text.briefingTitle} · {t.appTitle}
      </p>
      <h2 id={`briefing-${card.domain}-title`}>{card.title}</h2>
      <p className="briefing-state">
        {text.briefingFrom}
        {text.fieldSeparator}
        {t.views[state.view]} · {filterLine(state, lang)}
      </p>
      <h3>{text.keyFigures}</h3>
      <ul className="headlines briefing-figures">
        {card.items.map((item) => (
          <Headline key={item.indicator} item={item} lang={lang} />
        ))}
      </ul>
      {chart && (
        <>
          <h3>{chart.title}</h3>
          <div className="chart-box" style={{ height: chart.height, zoom: briefingZoom(chart.height) }}>
            <EChart
              option={chart.option}
              label={chart.title}
              height={chart.height}
              testId={`briefing-${card.domain}-chart`}
            />
          </div>
        </>
      )}
      <SourceLine {...provenanceOf(unique, lang)} lang={lang} />
    </section>
  );
}

export function BriefingView({ onClose }: { readonly onClose: () => void }): ReactElement {
  const catalog = useCatalog();
  const specs = useMemo(() => headlinesOf(catalog), [catalog]);
  const ids = useMemo(
    () => [...new Set([...specs.map((s) => s.dataset), ...BRIEFING_CHART_DATASETS])],
    [specs],
  );
  const state = useDatasets(ids);
  const { lang } = useI18n();
  const text = printMessages(lang);
  const loaded = state.status === 'success' ? state.data : null;
  const data: BriefingRecords = useMemo(
    () => new Map([...(loaded ?? new Map<string, LoadedDataset>())].map(([id, d]) => [id, d.records])),
    [loaded],
  );
  if (state.status === 'pending') return <LoadingPanel label={text.briefingTitle} />;
  if (state.status === 'error') return <ErrorPanel error={state.error} />;
  const input = Object.fromEntries([...state.data].map(([id, d]) => [id, d.records]));
  const cards = toOverviewCards(input, lang, specs).filter((card) => card.loaded);
  return (
    <div className="briefing" data-testid="briefing">
      <div className="briefing-bar" role="toolbar" aria-label={text.briefingTitle}>
        <strong>{text.briefingTitle}</strong>
        <span className="muted">{text.briefingHint}</span>
        <button
          type="button"
          className="primary"
          onClick={() => {
            window.print();
          }}
        >
          {text.briefingPrint}
        </button>
        <button type="button" onClick={onClose}>
          {text.briefingClose}
        </button>
      </div>
      {cards.map((card) => (
        <DomainPage key={card.dataset} card={card} data={data} loaded={state.data} />
      ))}
    </div>
  );
}
