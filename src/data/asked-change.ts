/**
 * The change a target asks for, decided by its comparator. A level target (`55`, `48左右`) asks
 * to move from the baseline to it. A ceiling (`< 25`, ≤, 以内, 低于) asks to stay below it: a
 * baseline already under the ceiling asks for nothing, one above it for the fall down to it. A
 * floor (≥, >, 以上, 不低于) already met asks for nothing, never for "growth" to the threshold.
 * Every view that prints "需 …" reads this, so the overview, plan view and wall agree.
 */
import { comparatorMeaning } from './comparators';

export type AskedChange =
  | {
      readonly kind: 'change';
      readonly change: number;
      /** (target − baseline) / baseline; null when the baseline is 0. */
      readonly changeRatio: number | null;
      /** (target / baseline)^(1/years) − 1; null when not defined. */
      readonly annualRate: number | null;
    }
  /** The baseline already satisfies the bound: under a ceiling, or at/over a floor. */
  | { readonly kind: 'met'; readonly bound: 'ceiling' | 'floor' };

export interface AskedChangeInput {
  readonly baseline: number;
  readonly target: number;
  /** As the record carries it: a symbol (`<`) or the plan's word (以内); absent for a level. */
  readonly comparator?: string | undefined;
  /** Years from the baseline to the target. */
  readonly years: number;
}

/** Whether the baseline already satisfies the target's bound (false for a level target). */
export function boundMet(baseline: number, target: number, comparator: string | undefined): 'ceiling' | 'floor' | null {
  switch (comparatorMeaning(comparator)?.symbol) {
    case '<': return baseline < target ? 'ceiling' : null;
    case '≤': return baseline <= target ? 'ceiling' : null;
    case '>': return baseline > target ? 'floor' : null;
    case '≥': return baseline >= target ? 'floor' : null;
    default: return null;
  }
}

export function askedChange({ baseline, target, comparator, years }: AskedChangeInput): AskedChange {
  const met = boundMet(baseline, target, comparator);
  if (met !== null) return { kind: 'met', bound: met };
  const positive = baseline > 0 && target > 0;
  return {
    kind: 'change',
    change: target - baseline,
    changeRatio: baseline === 0 ? null : (target - baseline) / baseline,
    annualRate: positive && years > 0 ? (target / baseline) ** (1 / years) - 1 : null,
  };
}
