/**
 * Every plan's targets assessed against the actual values, for the overview, the progress view
 * and the wall: all datasets through their query factories, then the pure engine. The year of the
 * assessment is today's (a 2025 target is final in 2026).
 */
import { useMemo } from 'react';
import { assessTargets } from '../data/assess/assess';
import { assessInputsOf } from '../data/assess/tables';
import type { AssessReport } from '../data/assess/types';
import { datasetIdsOf } from '../data/registry';
import { useCatalog } from './catalog-query';
import type { LoadedDataset } from './dataset-query';
import { useDatasets } from './use-datasets';

export function assessLoaded(datasets: readonly LoadedDataset[], currentYear: number): AssessReport {
  const inputs = assessInputsOf(datasets);
  return assessTargets(inputs.tables, inputs.actuals, { currentYear });
}

export type AssessmentState =
  | { readonly status: 'pending' }
  | { readonly status: 'error'; readonly error: Error }
  | {
      readonly status: 'success';
      readonly report: AssessReport;
      readonly datasets: readonly LoadedDataset[];
    };

export function useAssessment(): AssessmentState {
  // Every table of the catalog in use, so a plan served in catalog.json or added by import is assessed too.
  const catalog = useCatalog();
  const ids = useMemo(() => datasetIdsOf(catalog), [catalog]);
  const state = useDatasets(ids);
  return useMemo(() => {
    if (state.status !== 'success') return state;
    const datasets = [...state.data.values()];
    return { status: 'success', report: assessLoaded(datasets, new Date().getFullYear()), datasets };
  }, [state]);
}
