/**
 * "Where do our plan targets stand": one card per domain with its headline figures — target,
 * unit, baseline and the change it asks for (absolute, %, yearly rate), 预期性/约束性 — and a
 * link to the domain's own view. Qualitative targets are shown as words with their attribute.
 */
import { useMemo, type MouseEvent, type ReactElement } from 'react';
import { formatPercent } from '../../charts/format';
import { formatFixed, formatMeasure } from '../../charts/format-indicator';
import {
  headlinesOf,
  toOverviewCards,
  type DomainId,
  type HeadlineFigure,
  type OverviewCard,
} from '../../charts/overview/overview-model';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { Headline, type FigureLines } from '../../components/headline';
import { SourceLine } from '../../components/source-line';
import { dataLang, type Lang } from '../../data/lang';
import type { NormalizedRecord } from '../../data/schema';
import { useI18n } from '../../i18n/use-i18n';
import { provenanceOf } from '../../queries/data-version';
import { useCatalog } from '../../queries/catalog-query';
import { useDatasets } from '../../queries/use-datasets';
import { planText } from '../../i18n/plan-text';
import { periodQualifier } from '../../charts/plan/plan-model';
import { navigateTo, useViewState } from '../../view-state/use-view-state';
import { serializeViewState, type ViewId } from '../../view-state/view-state';
import { overviewText } from './overview-text';
import { VerdictSummary } from './verdict-summary';

/** The view registry for domains with a bespoke view; every other plan opens the generic plan view. */
const DOMAIN_VIEW: Readonly<Partial<Record<DomainId, ViewId>>> = {
  'black-soil': 'black-soil',
  credit: 'credit',
  ip: 'ip',
  'grain-livestock': 'grain',
};

function changeLine(item: HeadlineFigure, lang: Lang): string | null {
  if (!item.baseline || !item.growth) return null;
  const t = overviewText(lang);
  const from = t.baseline(
    item.baseline.year,
    formatMeasure(item.baseline.value, item.unit, item.decimals, lang),
  );
  const { asked } = item.growth;
  if (asked.kind === 'met') return `${from} · ${planText(lang).met(asked.bound)}`;
  const parts = [`${asked.change >= 0 ? '+' : ''}${formatFixed(asked.change, item.decimals)}`];
  if (asked.changeRatio !== null) parts.push(formatPercent(asked.changeRatio));
  if (asked.annualRate !== null) parts.push(t.yearly(formatPercent(asked.annualRate)));
  return `${from} · ${t.needs(parts)}`;
}

/** Under the figure: the period, the stretch value, and the change asked for from the baseline. */
function figureLines(item: HeadlineFigure, lang: Lang): FigureLines {
  const change = changeLine(item, lang);
  const stretch =
    item.stretch === undefined
      ? null
      : overviewText(lang).stretch(formatMeasure(item.stretch, item.unit, item.decimals, lang));
  return {
    qualifier: periodQualifier(item, lang),
    detail: [item.period.replace('-', '—'), stretch, change].filter((x) => x !== null).join(' · '),
  };
}

function DomainCard({
  card,
  records,
  source,
  version,
  lang,
}: {
  readonly card: OverviewCard;
  readonly records: readonly NormalizedRecord[];
  readonly source: ReactElement;
  readonly version: string;
  readonly lang: Lang;
}): ReactElement {
  const { state } = useViewState();
  const view = DOMAIN_VIEW[card.domain];
  const href =
    serializeViewState(view ? { ...state, view } : { ...state, view: 'plan', plan: card.dataset }) || '?';
  const open = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigateTo(href);
  };
  const t = overviewText(lang);
  const counts = card.counts ? t.counts(card.counts.quantitative, card.counts.qualitative) : '';
  return (
    <section
      className="panel domain-card"
      aria-labelledby={`card-${card.domain}`}
      data-testid={`overview-${card.domain}`}
      data-records={records.length}
    >
      <div className="panel-head">
        <h2 id={`card-${card.domain}`} lang={dataLang(card.title)}>
          {card.title}
        </h2>
        <a href={href} onClick={open} className="card-link">
          {t.details}
        </a>
      </div>
      <p className="panel-note">{counts}</p>
      <ul className="headlines">
        {card.items.map((item) => (
          <Headline
            key={item.indicator}
            item={item}
            lang={lang}
            withAttribute
            lines={(figure) => figureLines(figure, lang)}
          />
        ))}
      </ul>
      {source}
      <span hidden>{version}</span>
    </section>
  );
}

/** Cards grouped by five-year period, newest first (2026—2030 above 2021—2025). */
function groupsOf(cards: readonly OverviewCard[]): Array<[string, OverviewCard[]]> {
  const groups = new Map<string, OverviewCard[]>();
  for (const card of cards) groups.set(card.group ?? '', [...(groups.get(card.group ?? '') ?? []), card]);
  return [...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : b.localeCompare(a)));
}

export function OverviewView(): ReactElement {
  const catalog = useCatalog();
  const specs = useMemo(() => headlinesOf(catalog), [catalog]);
  const state = useDatasets(specs.map((s) => s.dataset));
  const { lang, t } = useI18n();
  if (state.status === 'pending') return <LoadingPanel label={t.views.overview} />;
  if (state.status === 'error') return <ErrorPanel error={state.error} />;
  const input = Object.fromEntries([...state.data].map(([id, d]) => [id, d.records]));
  const cards = toOverviewCards(input, lang, specs);
  const groups = groupsOf(cards);
  return (
    <div className="view">
      <VerdictSummary lang={lang} />
      {groups.map(([group, list]) => (
        <section
          key={group}
          className="overview-period"
          aria-label={group || planText(lang).otherPeriod}
          data-testid={`overview-period-${group}`}
        >
          {groups.length > 1 && (
            <h2 className="overview-period-title">
              {group ? planText(lang).period2(group) : planText(lang).otherPeriod}
            </h2>
          )}
          <div className="overview-grid">
            {list.map((card) => {
              const dataset = state.data.get(card.dataset);
              if (!dataset) return null;
              const provenance = provenanceOf([dataset], lang);
              return (
                <DomainCard
                  key={card.dataset}
                  card={card}
                  records={dataset.records}
                  lang={lang}
                  version={provenance.version}
                  source={<SourceLine {...provenance} lang={lang} />}
                />
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
