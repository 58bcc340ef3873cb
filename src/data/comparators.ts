/**
 * Comparators as the plans print them. The wording is kept in the data (staff know it); the code
 * here says which way is "better", which the progress views need (重错码率 低于 1‰ is
 * lower-is-better).
 */

export type Direction = 'increase' | 'decrease' | 'range';

export interface ComparatorMeaning {
  readonly symbol: '≥' | '>' | '<' | '≤' | '=' | '∈' | '≈' | '+';
  readonly direction: Direction;
}

export const COMPARATORS: Readonly<Record<string, ComparatorMeaning>> = {
  // Symbols and wordings as new plans print them in target cells (`<25`, `≥80`, 不低于).
  '≥': { symbol: '≥', direction: 'increase' },
  '>': { symbol: '>', direction: 'increase' },
  '≤': { symbol: '≤', direction: 'decrease' },
  '<': { symbol: '<', direction: 'decrease' },
  不低于: { symbol: '≥', direction: 'increase' },
  不小于: { symbol: '≥', direction: 'increase' },
  高于: { symbol: '>', direction: 'increase' },
  大于: { symbol: '>', direction: 'increase' },
  不超过: { symbol: '≤', direction: 'decrease' },
  不高于: { symbol: '≤', direction: 'decrease' },
  不大于: { symbol: '≤', direction: 'decrease' },
  小于: { symbol: '<', direction: 'decrease' },
  以下: { symbol: '≤', direction: 'decrease' },
  达到: { symbol: '≥', direction: 'increase' },
  累计达到: { symbol: '≥', direction: 'increase' },
  以上: { symbol: '≥', direction: 'increase' },
  不少于: { symbol: '≥', direction: 'increase' },
  超过: { symbol: '>', direction: 'increase' },
  每年: { symbol: '≥', direction: 'increase' },
  设立: { symbol: '≥', direction: 'increase' },
  增加: { symbol: '+', direction: 'increase' },
  低于: { symbol: '<', direction: 'decrease' },
  以内: { symbol: '≤', direction: 'decrease' },
  为: { symbol: '=', direction: 'decrease' },
  区间: { symbol: '∈', direction: 'range' },
  // Within a tolerance either side (GDP 增长 6% 左右); src/data/assess/rule.ts says which.
  左右: { symbol: '≈', direction: 'range' },
};

export const COMPARATOR_WORDS: readonly string[] = Object.keys(COMPARATORS);

export function comparatorMeaning(word: string | undefined): ComparatorMeaning | undefined {
  return word !== undefined && Object.hasOwn(COMPARATORS, word) ? COMPARATORS[word] : undefined;
}
