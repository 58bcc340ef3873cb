/** The datasets this view draws; the app shell also prefetches them when the view opens first. */
import type { DatasetId } from '../../data/schema';

export const GRAIN_DATASETS: readonly DatasetId[] = ['grain-livestock-2022'];
