/**
 * What the worker compares an import against: every loaded dataset as CSV text in the app's
 * layout, and the ids of all targets (an actual for an id outside them would show nowhere).
 */
import type { QueryClient } from '@tanstack/react-query';
import { assessInputsOf, targetRefsOf } from '../../data/assess/tables';
import { tableCsvText } from '../../data/import/table-csv';
import type { IndicatorRef } from '../../data/indicator-names';
import { allDatasets } from '../../data/registry';
import type { DatasetId } from '../../data/schema';
import { datasetQuery, type LoadedDataset } from '../../queries/dataset-query';

export function loadedDataset(client: QueryClient, id: DatasetId): LoadedDataset | undefined {
  return client.getQueryData(datasetQuery(id).queryKey);
}

export function currentTables(client: QueryClient): Partial<Record<DatasetId, string>> {
  const tables: Partial<Record<DatasetId, string>> = {};
  for (const spec of allDatasets()) {
    const loaded = loadedDataset(client, spec.id);
    if (loaded) tables[spec.id] = tableCsvText(spec, loaded.rows, loaded.columnLabels);
  }
  return tables;
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
