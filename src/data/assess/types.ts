/**
 * The completion verdict's shapes: what goes in (target tables and actual records) and what
 * comes out (one assessment per target), shared by the views, the wall and `npm run assess`.
 */
import type { NormalizedRecord } from '../schema';
import type { TargetRule } from './rule';
import type { Trend, YearValue } from './trend';

export type Verdict = 'met' | 'not-met' | 'no-data' | 'qualitative' | 'on-track' | 'moderate' | 'off-track';

/** One table of targets: an indicator list or a region-keyed task allocation of a plan. */
export interface TargetTable {
  /** Dataset id. */
  readonly id: string;
  /** The plan's title (its document), for grouping and for `plan` in the output. */
  readonly plan: string;
  /** Region-keyed tasks (a county's allocation) are judged as % of each region's figure. */
  readonly regionKeyed: boolean;
  readonly records: readonly NormalizedRecord[];
}

export interface AssessOptions {
  /** The year of the assessment: a period that ended before it is judged met / not met. */
  readonly currentYear: number;
}

/** How the actual compared was obtained: one year's value, a sum or a mean of years. */
export interface ActualBasis {
  readonly kind: 'year' | 'span' | 'sum' | 'mean' | 'each-year';
  /** Years summed, averaged or checked (sum, mean, each-year). */
  readonly years?: readonly number[];
  /** Unit conversions applied, as stated rules (`1 亿斤 = 5 万吨`). */
  readonly conversions: readonly string[];
}

export interface Assessment {
  readonly indicator: string;
  readonly name: string;
  readonly plan: string;
  readonly table: string;
  /** Canonical region name; null = the plan's whole area (province-wide). */
  readonly region: string | null;
  readonly zone?: string;
  /** The comparator as the plan printed it (达到, 超过 …), or null. */
  readonly comparator: string | null;
  readonly rule: TargetRule | null;
  readonly target: number | null;
  readonly targetYear: number;
  /** `2025` or `2021-2025`. */
  readonly period: string;
  readonly unit: string;
  /** The figure compared, in the target's unit (a sum for cumulative targets). */
  readonly actual: number | null;
  readonly actualYear: number | null;
  readonly basis: ActualBasis | null;
  /** Every yearly actual of this target, in the target's unit (for the series chart). */
  readonly series: readonly YearValue[];
  readonly baseline: YearValue | null;
  readonly status: Verdict;
  readonly trend: Trend | null;
  /** 预期性 / 约束性 as printed. */
  readonly attribute?: string;
  /** 约束性 and not met: shown first and by name. */
  readonly bindingMissed: boolean;
  /** The plan's wording (always set for qualitative targets). */
  readonly text?: string;
  /** Actual as % of the target (region-keyed tasks; null without a positive target). */
  readonly completion: number | null;
  readonly regionKeyed: boolean;
}

export type AssessIssueKind = 'unit-mismatch' | 'unmatched-name';

/** An actual that could not be used, with the line of its table and the cell at fault. */
export interface AssessIssue {
  readonly kind: AssessIssueKind;
  readonly line: number;
  readonly indicator: string;
  readonly cell: string;
  readonly message_zh: string;
  readonly message_en: string;
}

export interface AssessReport {
  /** Latest year with any actual value; null when none has been reported. */
  readonly asOf: number | null;
  readonly assessments: readonly Assessment[];
  readonly issues: readonly AssessIssue[];
}
