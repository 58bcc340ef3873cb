/**
 * Indicator names → target ids for actual values, through the catalog's name identity
 * (`src/data/indicator-names.ts`: normalisation, aliases, suggestions). Targets that share a name
 * are one indicator measured for several tables or years (附件1's 保护性耕作每年实施面积 and the
 * province target of the same name; 有机肥深翻还田实施面积 for 2021 and for 2025): an actual
 * with that name feeds every one of them, and each takes the region and year it needs.
 */
import { buildNameIndex, matchIndicatorName, type IndicatorRef } from '../indicator-names';

export interface NameMatch {
  readonly ids: readonly string[];
  /** Closest names when nothing fits, best first. */
  readonly suggestions: readonly string[];
}

export interface NameMatcher {
  match(name: string): NameMatch;
}

export function nameMatcher(candidates: readonly IndicatorRef[]): NameMatcher {
  const index = buildNameIndex(candidates);
  return {
    match(name) {
      const found = matchIndicatorName(index, name);
      if (found.kind === 'exact') return { ids: [found.ref.id], suggestions: [] };
      if (found.kind === 'ambiguous') return { ids: found.refs.map((r) => r.id), suggestions: [] };
      return { ids: [], suggestions: [...new Set(found.suggestions.map((r) => r.name))] };
    },
  };
}
