/**
 * Verdict counts per plan, as the overview and the wall state them. A plan's headline counts are
 * its indicator targets; region-keyed tasks (each county's allocation) are counted apart, so 39
 * counties do not drown a plan's dozen indicators.
 */
import type { Assessment, Verdict } from './types';

export type VerdictCounts = Readonly<Record<Verdict, number>>;

export interface PlanSummary {
  readonly plan: string;
  readonly counts: VerdictCounts;
  readonly total: number;
  /** Region-keyed tasks of the plan: regions met / with a verdict / all. */
  readonly regions: { readonly met: number; readonly notMet: number; readonly total: number } | null;
  /** 约束性 targets not met, by name. */
  readonly bindingMissed: readonly Assessment[];
}

export function emptyCounts(): Record<Verdict, number> {
  return { met: 0, 'not-met': 0, 'no-data': 0, qualitative: 0, 'on-track': 0, moderate: 0, 'off-track': 0 };
}

export function countVerdicts(assessments: readonly Assessment[]): VerdictCounts {
  const counts = emptyCounts();
  for (const a of assessments) counts[a.status] += 1;
  return counts;
}

export function summarizePlans(assessments: readonly Assessment[]): PlanSummary[] {
  const plans = [...new Set(assessments.map((a) => a.plan))];
  return plans.map((plan) => {
    const own = assessments.filter((a) => a.plan === plan);
    const headline = own.filter((a) => !a.regionKeyed);
    const regional = own.filter((a) => a.regionKeyed && a.region !== null);
    return {
      plan,
      counts: countVerdicts(headline),
      total: headline.length,
      regions: regional.length === 0 ? null : {
        met: regional.filter((a) => a.status === 'met').length,
        notMet: regional.filter((a) => a.status === 'not-met').length,
        total: regional.length,
      },
      bindingMissed: headline.filter((a) => a.bindingMissed),
    };
  });
}

/** The JSON line of one assessment, as `npm run assess -- --json` prints it. */
export interface AssessmentJson {
  readonly indicator: string;
  readonly name: string;
  readonly plan: string;
  readonly region: string | null;
  readonly zone?: string;
  readonly comparator: string | null;
  readonly target: number | null;
  readonly targetYear: number;
  readonly unit: string;
  readonly actual: number | null;
  readonly actualYear: number | null;
  readonly status: Verdict;
  readonly attribute?: string;
  readonly text?: string;
  readonly completion?: number;
  readonly conversions?: readonly string[];
}

export function assessmentJson(a: Assessment): AssessmentJson {
  return {
    indicator: a.indicator,
    name: a.name,
    plan: a.plan,
    region: a.region,
    ...(a.zone === undefined ? {} : { zone: a.zone }),
    comparator: a.comparator,
    target: a.target,
    targetYear: a.targetYear,
    unit: a.unit,
    actual: a.actual,
    actualYear: a.actualYear,
    status: a.status,
    ...(a.attribute === undefined ? {} : { attribute: a.attribute }),
    ...(a.status === 'qualitative' && a.text !== undefined ? { text: a.text } : {}),
    ...(a.completion === null ? {} : { completion: a.completion }),
    ...(a.basis && a.basis.conversions.length > 0 ? { conversions: a.basis.conversions } : {}),
  };
}
