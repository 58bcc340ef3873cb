/**
 * One headline target as a list item, on the overview's domain cards and on the printed briefing:
 * its name, then the plan's own words (a qualitative target) or the target figure with a line of
 * detail under it. What the detail says is the caller's: the overview adds the baseline and the
 * change asked for, the briefing only the period.
 */
import type { ReactElement } from 'react';
import { decimalsOf, formatTarget } from '../charts/format-indicator';
import type { HeadlineFigure, HeadlineItem } from '../charts/overview/overview-model';
import { dataLang, type Lang } from '../data/lang';
import { AttributeTag } from './attribute-tag';
import { OriginalText } from './original-text';

export interface FigureLines {
  /** Words before the figure ("五年累计"), or null. */
  readonly qualifier: string | null;
  readonly detail: string;
}

const PERIOD_ONLY = (item: HeadlineFigure): FigureLines => ({
  qualifier: null,
  detail: item.period.replace('-', '—'),
});

export function Headline({
  item,
  lang,
  withAttribute = false,
  lines = PERIOD_ONLY,
}: {
  readonly item: HeadlineItem;
  readonly lang: Lang;
  /** Shows 约束性/预期性 beside the name. */
  readonly withAttribute?: boolean;
  readonly lines?: (item: HeadlineFigure) => FigureLines;
}): ReactElement {
  const name = (
    <div className="headline-name">
      <span lang={dataLang(item.name)}>{item.name}</span>
      {withAttribute && <AttributeTag attribute={item.attribute} lang={lang} />}
    </div>
  );
  if (item.kind === 'text') {
    return (
      <li className="headline headline--text">
        {name}
        <p className="headline-words">
          <OriginalText text={item.text} lang={lang} labelled />
        </p>
      </li>
    );
  }
  const { qualifier, detail } = lines(item);
  return (
    <li className="headline">
      {name}
      <div className="headline-figure">
        {/* A threshold reads at its own precision ("> 30 万户"), not at its baseline's (1.3283). */}
        {qualifier === null ? '' : `${qualifier} `}
        {formatTarget(
          { value: item.target.value, unit: item.unit, comparator: item.comparator },
          decimalsOf(item.target.value),
          lang,
        )}
      </div>
      <div className="headline-detail">{detail}</div>
    </li>
  );
}
