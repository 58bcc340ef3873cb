/**
 * Indicator names → target ids for actual values. The identity itself (normalisation, aliases,
 * suggestions) belongs to the plan catalog (`src/data/indicator-names.ts`); this adapter only
 * groups the targets' names and asks it.
 */
import { distance } from 'fastest-levenshtein';
import { splitHeaderUnit } from '../text';

export interface NameCandidate {
  readonly id: string;
  readonly name: string;
}

export interface NameMatch {
  readonly ids: readonly string[];
  /** Closest names when nothing fits, best first. */
  readonly suggestions: readonly string[];
}

export interface NameMatcher {
  match(name: string): NameMatch;
}

/** Interim normalisation until the catalog's lands: unit brackets, 其中, quotes, spaces. */
function nameKey(name: string): string {
  const { label } = splitHeaderUnit(name);
  return label.replace(/^其中[:：]?/, '').replace(/[“”"'‘’「」]/g, '');
}

export function nameMatcher(candidates: readonly NameCandidate[]): NameMatcher {
  const index = new Map<string, string[]>();
  for (const c of candidates) {
    const key = nameKey(c.name);
    const ids = index.get(key);
    if (ids) { if (!ids.includes(c.id)) ids.push(c.id); } else index.set(key, [c.id]);
  }
  const names = [...new Map(candidates.map((c) => [nameKey(c.name), c.name])).values()];
  return {
    match(name) {
      const key = nameKey(name);
      const ids = index.get(key);
      if (ids) return { ids, suggestions: [] };
      const ranked = names.map((n) => ({ n, d: distance(key, nameKey(n)) })).filter((x) => x.d <= Math.max(2, key.length / 2));
      return { ids: [], suggestions: ranked.sort((a, b) => a.d - b.d).slice(0, 3).map((x) => x.n) };
    },
  };
}
