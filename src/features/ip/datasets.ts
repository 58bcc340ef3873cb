/** The datasets this view draws; the app shell also prefetches them when the view opens first. */
import type { DatasetId } from '../../data/schema';

export const IP_DATASETS: readonly DatasetId[] = ['ip-indicators', 'shuangyashan-ip'];
