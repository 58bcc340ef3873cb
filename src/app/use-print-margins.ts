/**
 * What every printed page says about itself: the view's title and filters at the top, its
 * sources and data date at the bottom — in the page margins, through print.css's `@page` margin
 * boxes, which read the custom properties set here (a margin box repeats on every page; a heading
 * in the page would print once and push a tall first card to page 2).
 */
import { useEffect, useMemo } from 'react';
import { headlinesOf } from '../charts/overview/overview-model';
import { sourcesText } from '../components/source-line';
import type { DatasetId } from '../data/schema';
import { cssString, filterLine, runningFoot, runningHead } from '../features/briefing/print-text';
import { printMessages } from '../i18n/print-messages';
import { useI18n } from '../i18n/use-i18n';
import { useCatalog } from '../queries/catalog-query';
import { versionLabel } from '../queries/data-version';
import { useDatasets } from '../queries/use-datasets';
import { useViewState } from '../view-state/use-view-state';
import { viewDatasets } from './view-preload';

function useViewDatasetIds(briefing: boolean): readonly DatasetId[] {
  const { state } = useViewState();
  const catalog = useCatalog();
  return useMemo(() => {
    if (briefing) return headlinesOf(catalog).map((h) => h.dataset);
    if (state.view === 'plan' && state.plan !== null) return [state.plan];
    return viewDatasets(state.view) ?? headlinesOf(catalog).map((h) => h.dataset);
  }, [briefing, state.view, state.plan, catalog]);
}

/** briefing: the A4 briefing is shown instead of the view (its head says so). */
export function usePrintMargins(briefing: boolean): void {
  const { state } = useViewState();
  const { t, lang } = useI18n();
  const datasets = useDatasets(useViewDatasetIds(briefing));
  const loaded = datasets.status === 'success' ? [...datasets.data.values()] : [];
  const sources = sourcesText(loaded.map((d) => d.spec.source));
  const version = versionLabel(loaded, lang);
  const filters = filterLine(state, lang);
  const head = briefing
    ? runningHead(
        printMessages(lang).briefingTitle,
        t.appTitle,
        `${printMessages(lang).briefingFrom}${printMessages(lang).fieldSeparator}${t.views[state.view]} · ${filters}`,
      )
    : runningHead(t.views[state.view], t.appTitle, filters);
  const foot = runningFoot(sources, version, lang);
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--print-head', cssString(head));
    root.setProperty('--print-foot', cssString(foot));
    return () => {
      root.removeProperty('--print-head');
      root.removeProperty('--print-foot');
    };
  }, [head, foot]);
}
