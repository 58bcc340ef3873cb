/** Pieces every slide builder shares: headline figures as big numbers, title/source/freshness. */
import { decimalsOf, formatFixed, formatMeasure } from '../../charts/format-indicator';
import type { HeadlineItem, OverviewCard } from '../../charts/overview/overview-model';
import { periodQualifier } from '../../charts/plan/plan-model';
import { comparatorMeaning } from '../../data/comparators';
import { unitLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import type { WallSlideId } from '../../view-state/wall-state';
import type { ChartSettings } from '../../charts/theme';
import { freshnessText, sourceLine, type BigNumber, type SlideModel, type WallDataset } from './slide-model';
import { wallText } from './wall-text';

function figure(item: HeadlineItem, lang: Lang): BigNumber | null {
  if (item.kind !== 'figure') return null;
  const period = item.period.replace('-', '—');
  const qualifier = periodQualifier(item, lang);
  return {
    label: item.name,
    ...(qualifier === null ? {} : { qualifier }),
    comparator: comparatorMeaning(item.comparator)?.symbol,
    // A threshold reads at its own precision ("> 30 万户"), not at its baseline's.
    value: formatFixed(item.target.value, decimalsOf(item.target.value)),
    unit: unitLabel(lang, item.unit),
    detail: item.baseline
      ? wallText(lang).periodTargetBaseline(
          period,
          item.baseline.year,
          formatMeasure(item.baseline.value, item.unit, item.decimals, lang),
        )
      : wallText(lang).periodTarget(period),
  };
}

export function figuresOf(card: OverviewCard | undefined, lang: Lang, limit: number): BigNumber[] {
  return (card?.items ?? [])
    .map((item) => figure(item, lang))
    .filter((n): n is BigNumber => n !== null)
    .slice(0, limit);
}

/** What every slide has around its figures: id, title, source line and the data's date. */
export function slideFrame(
  id: WallSlideId,
  title: string,
  datasets: readonly WallDataset[],
  lang: Lang,
): Pick<SlideModel, 'id' | 'title' | 'source' | 'freshness'> {
  return { id, title, source: sourceLine(datasets, lang), freshness: freshnessText(datasets, lang) };
}

export interface SlideContext {
  readonly settings: ChartSettings;
  /** The county metric of the ranking and map slides (the link's `metric=`). */
  readonly metricKey: string;
}
