/** The datasets this view draws; the app shell also prefetches them when the view opens first. */
import type { DatasetId } from '../../data/schema';

export const BLACK_SOIL_DATASETS: readonly DatasetId[] = ['black-soil-targets'];
