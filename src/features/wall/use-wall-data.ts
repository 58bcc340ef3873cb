/**
 * The wall's data: every dataset its slides read, through the same query-option factory as the
 * desktop views (constant keys ['dataset', id], so the cache never grows however long the screen
 * runs), refreshed every `?refresh=` seconds and on imports like every view. Unlike useDatasets,
 * one failed table does not blank the whole wall: each slide waits only for its own tables.
 */
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import type { DatasetId } from '../../data/schema';
import { datasetQuery, shownData, type LoadedDataset } from '../../queries/dataset-query';
import type { WallSlideId } from '../../view-state/wall-state';
import { buildSlide, slideDatasets, type SlideContext } from './slide-builders';
import type { SlideModel } from './slide-model';

export function useWallData(ids: readonly DatasetId[]): ReadonlyMap<DatasetId, LoadedDataset> {
  return useQueries({
    queries: ids.map((id) => datasetQuery(id)),
    // A table whose first read failed is drawn from the bundled copy (the slide says so).
    combine: (results) =>
      new Map(
        results.flatMap((r) => {
          const d = shownData(r);
          return d ? [[d.spec.id, d] as const] : [];
        }),
      ),
  });
}

interface Built {
  readonly inputs: readonly (LoadedDataset | undefined)[];
  readonly context: SlideContext;
  readonly model: SlideModel | null;
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

type SlideModelCache = (
  id: WallSlideId,
  data: ReadonlyMap<DatasetId, LoadedDataset>,
  context: SlideContext,
) => SlideModel | null;

/**
 * A memo of buildSlide by slide: the last model of each slide, returned again while that slide's
 * own datasets (by identity) and the settings are the ones it was built from. A pure function of
 * its arguments as far as callers can tell — the same inputs give the same model — so calling it
 * while rendering is safe; a second StrictMode render finds the entry the first one left.
 */
function slideModelCache(): SlideModelCache {
  const built = new Map<WallSlideId, Built>();
  return (id, data, context) => {
    const inputs = slideDatasets(id, context.metricKey).map((d) => data.get(d));
    const last = built.get(id);
    if (last && last.context === context && sameInputs(last.inputs, inputs)) return last.model;
    const model = buildSlide(id, data, context);
    built.set(id, { inputs, context, model });
    return model;
  };
}

/**
 * Every slide's model, each rebuilt only when one of its own datasets (or the settings) changed.
 * The data map is new whenever any query's status flips (every refresh), but react-query keeps
 * an unchanged dataset's object, so comparing a slide's datasets by identity means a refresh that
 * finds the same files hands ECharts the same option: no setOption, no redraw. The cache holds
 * one entry per slide id (seven at most), replaced, never added to.
 */
export function useSlideModels(
  slides: readonly WallSlideId[],
  data: ReadonlyMap<DatasetId, LoadedDataset>,
  context: SlideContext,
): (SlideModel | null)[] {
  // One cache for the wall's life, made on the first render (a lazy initial state, never set).
  const [modelOf] = useState(slideModelCache);
  return slides.map((id) => modelOf(id, data, context));
}
