import type { ReactElement } from 'react';
import { attributeLabel, isBinding } from '../data/glossary';
import type { Lang } from '../data/lang';

/** 约束性 / 预期性 beside a target's name, coloured by which it is; nothing when the plan says neither. */
export function AttributeTag({
  attribute,
  lang,
}: {
  readonly attribute: string | undefined;
  readonly lang: Lang;
}): ReactElement | null {
  if (attribute === undefined) return null;
  return (
    <span className={`attr attr--${isBinding(attribute) ? 'binding' : 'indicative'}`}>
      {attributeLabel(lang, attribute)}
    </span>
  );
}
