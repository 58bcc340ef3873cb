/**
 * One builder per wall slide: data in, SlideModel out (or null while its data is missing), and
 * the datasets each reads. The builders are in domain-slides.ts, county-slides.ts, plan-slide.ts
 * and progress-slide.ts; the charts come from the desktop views' builders with wall settings.
 */
import type { DatasetId } from '../../data/schema';
import { catalogEntry } from '../../data/registry';
import { isBuiltinSlide, type BuiltinSlideId, type WallSlideId } from '../../view-state/wall-state';
import { countiesSlide, mapSlide, metricOf } from './county-slides';
import {
  blackSoilSlide,
  creditSlide,
  grainSlide,
  ipSlide,
  OVERVIEW_IDS,
  overviewSlide,
} from './domain-slides';
import { planSlide } from './plan-slide';
import { PROGRESS_DATASETS, progressSlide } from './progress-slide';
import type { SlideContext } from './slide-parts';
import type { SlideModel, WallData } from './slide-model';

export type { SlideContext } from './slide-parts';

const BUILDERS: Readonly<
  Record<BuiltinSlideId, (data: WallData, context: SlideContext) => SlideModel | null>
> = {
  overview: overviewSlide,
  'black-soil': blackSoilSlide,
  counties: countiesSlide,
  map: mapSlide,
  ip: ipSlide,
  credit: creditSlide,
  grain: grainSlide,
  progress: (data, context) => progressSlide(data, context),
};

export function buildSlide(id: WallSlideId, data: WallData, context: SlideContext): SlideModel | null {
  return isBuiltinSlide(id) ? BUILDERS[id](data, context) : planSlide(id, data, context);
}

/** Every dataset a slide reads, for loading and for telling when the slide's data changed. */
export function slideDatasets(id: WallSlideId, metricKey: string): readonly DatasetId[] {
  if (!isBuiltinSlide(id)) return catalogEntry(id) ? [id] : [];
  switch (id) {
    case 'overview':
      return OVERVIEW_IDS;
    case 'black-soil':
      return ['black-soil-targets'];
    case 'counties':
    case 'map': {
      const metric = metricOf(metricKey);
      return metric ? [metric.dataset] : [];
    }
    case 'ip':
      return ['ip-indicators'];
    case 'credit':
      return ['credit-indicators'];
    case 'grain':
      return ['grain-livestock-2022'];
    case 'progress':
      return PROGRESS_DATASETS;
  }
}
