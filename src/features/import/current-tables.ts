/**
 * What the worker checks an import's actual values against: the ids of all targets (an actual
 * for an id outside them would show nowhere) and every plan's targets by name. The tables the
 * import is compared with come from the version store and the served files (import-base.ts).
 */
import type { QueryClient } from '@tanstack/react-query';
import { assessInputsOf, targetRefsOf } from '../../data/assess/tables';
import type { IndicatorRef } from '../../data/indicator-names';
import { allDatasets } from '../../data/registry';
import type { DatasetId } from '../../data/schema';
import { datasetQuery, type LoadedDataset } from '../../queries/dataset-query';

function loadedDataset(client: QueryClient, id: DatasetId): LoadedDataset | undefined {
  return client.getQueryData(datasetQuery(id).queryKey);
}

export function targetIndicators(client: QueryClient): string[] {
  const ids = new Set<string>();
  for (const spec of allDatasets()) {
    if (spec.id === 'progress-actuals') continue;
    for (const record of loadedDataset(client, spec.id)?.records ?? [])
      if (record.kind !== 'actual') ids.add(record.indicator);
  }
  return [...ids];
}

/**
 * Every plan's targets with names and units, for matching actual values by name: the tables a
 * view has not opened yet are loaded first (a broken served table is left out, not fatal).
 */
export async function loadTargets(client: QueryClient): Promise<IndicatorRef[]> {
  const loaded = await Promise.all(
    allDatasets().map((spec) =>
      client.query({ ...datasetQuery(spec.id), staleTime: 'static' }).catch(() => undefined),
    ),
  );
  return targetRefsOf(assessInputsOf(loaded.filter((d): d is LoadedDataset => d !== undefined)).tables);
}
