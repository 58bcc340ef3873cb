/**
 * What every printed page says about itself: the view's title and filters at the top, its
 * sources and data date at the bottom — in the page margins, through print.css's `@page` margin
 * boxes, which read the custom properties set here (a margin box repeats on every page; a heading
 * in the page would print once and push a tall first card to page 2).
 */
import { useEffect, useMemo } from 'react';
import { headlinesOf } from '../charts/overview-model';
import { sourcesText } from '../components/source-line';
import type { DatasetId } from '../data/schema';
import { cssString, filterLine, runningFoot, runningHead } from '../features/briefing/print-text';
import { useI18n } from '../i18n/use-i18n';
import { useCatalog } from '../queries/catalog-query';
import { versionLabel } from '../queries/data-version';
import { useDatasets } from '../queries/use-datasets';
import { useViewState } from '../view-state/use-view-state';
import { viewDatasets } from './view-preload';

function useViewDatasetIds(): readonly DatasetId[] {
  const { state } = useViewState();
  const catalog = useCatalog();
  return useMemo(() => {
    if (state.view === 'plan' && state.plan !== null) return [state.plan];
    return viewDatasets(state.view) ?? headlinesOf(catalog).map((h) => h.dataset);
  }, [state.view, state.plan, catalog]);
}

export function usePrintMargins(): void {
  const { state } = useViewState();
  const { t, lang } = useI18n();
  const datasets = useDatasets(useViewDatasetIds());
  const loaded = datasets.status === 'success' ? [...datasets.data.values()] : [];
  const sources = sourcesText(loaded.map((d) => d.spec.source));
  const version = versionLabel(loaded, lang);
  const head = runningHead(t.views[state.view], t.appTitle, filterLine(state, lang));
  const foot = runningFoot(sources, version, lang);
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--print-head', cssString(head));
    root.setProperty('--print-foot', cssString(foot));
    return () => { root.removeProperty('--print-head'); root.removeProperty('--print-foot'); };
  }, [head, foot]);
}
