/**
 * A head start for the view a link opens first: its chunk (which brings ECharts) and its data
 * files are requested while the shell renders, in parallel. Left to React they form a chain —
 * the entry, then the view chunk once the shell has rendered, then the data once the view has
 * mounted — and a link straight to a chart view waits for each step in turn (`npm run bench`,
 * first chart vs a bare page). The import() specifiers are app.tsx's lazy views', so each
 * resolves to the same module and React.lazy finds it loaded or loading. The overview is in the
 * entry chunk already; views not listed simply load on mount.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { DatasetId } from '../data/schema';
import { BLACK_SOIL_DATASETS } from '../features/black-soil/datasets';
import { COUNTY_DATASETS } from '../features/counties/datasets';
import { CREDIT_DATASETS } from '../features/credit/datasets';
import { GRAIN_DATASETS } from '../features/grain/datasets';
import { IP_DATASETS } from '../features/ip/datasets';
import { datasetQuery } from '../queries/dataset-query';
import type { ViewId } from '../view-state/view-state';

interface ViewPreload {
  readonly chunk: () => Promise<unknown>;
  readonly datasets: readonly DatasetId[];
}

const PRELOADS: Partial<Record<ViewId, ViewPreload>> = {
  'black-soil': {
    chunk: () => import('../features/black-soil/black-soil-view'),
    datasets: BLACK_SOIL_DATASETS,
  },
  counties: { chunk: () => import('../features/counties/counties-view'), datasets: COUNTY_DATASETS },
  ip: { chunk: () => import('../features/ip/ip-view'), datasets: IP_DATASETS },
  credit: { chunk: () => import('../features/credit/credit-view'), datasets: CREDIT_DATASETS },
  grain: { chunk: () => import('../features/grain/grain-view'), datasets: GRAIN_DATASETS },
};

/** The datasets a view with a bespoke layout draws (undefined: the overview, progress and plan views). */
export function viewDatasets(view: ViewId): readonly DatasetId[] | undefined {
  return PRELOADS[view]?.datasets;
}

export function preloadView(view: ViewId, queryClient: QueryClient): void {
  const preload = PRELOADS[view];
  if (!preload) return;
  // Only a head start: if it fails, the view's own load fails the same way and shows its error.
  preload.chunk().catch(() => undefined);
  for (const id of preload.datasets) queryClient.query(datasetQuery(id)).catch(() => undefined);
}
