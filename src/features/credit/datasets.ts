/** The datasets this view draws; the app shell also prefetches them when the view opens first. */
import type { DatasetId } from '../../data/schema';

export const CREDIT_DATASETS: readonly DatasetId[] = ['credit-indicators'];
