/**
 * Were the targets met? One assessment per target record of every plan table, from the actual
 * values joined to it by id or by name. Pure: the views, the wall and `npm run assess` all call
 * `assessTargets` on the same records.
 */
import type { NormalizedRecord } from '../schema';
import { actualValues, yearsOfPeriod } from './actual-values';
import { joinActuals } from './join';
import { ruleOf } from './rule';
import type { YearValue } from './trend';
import type { AssessIssue, AssessOptions, Assessment, AssessReport, TargetTable } from './types';
import { decide } from './verdict';

function sameCell(a: NormalizedRecord, b: NormalizedRecord): boolean {
  return a.indicator === b.indicator && a.region === b.region && a.zone === b.zone;
}

function baselineOf(target: NormalizedRecord, records: readonly NormalizedRecord[]): YearValue | null {
  const base = records.find((r) => r.kind === 'baseline' && r.value !== null && sameCell(r, target));
  return base && base.value !== null ? { year: yearsOfPeriod(base.period).end, value: base.value } : null;
}

function completionOf(actual: number | null, target: NormalizedRecord, kind: string | undefined): number | null {
  if (actual === null || target.value === null || target.value <= 0) return null;
  if (kind !== 'at-least' && kind !== 'above') return null;
  return Number(((actual / target.value) * 100).toPrecision(12));
}

function qualitative(table: TargetTable, target: NormalizedRecord): Assessment {
  return {
    ...identity(table, target), rule: null, target: null, actual: null, actualYear: null, basis: null,
    series: [], baseline: null, status: 'qualitative', trend: null, bindingMissed: false, completion: null,
  };
}

function identity(table: TargetTable, target: NormalizedRecord) {
  return {
    indicator: target.indicator,
    name: target.indicatorName,
    plan: table.plan,
    table: table.id,
    region: target.region,
    ...(target.zone === undefined ? {} : { zone: target.zone }),
    comparator: target.comparator ?? null,
    targetYear: yearsOfPeriod(target.period).end,
    period: target.period,
    unit: target.unit,
    ...(target.attribute === undefined ? {} : { attribute: target.attribute }),
    ...(target.text === undefined ? {} : { text: target.text }),
    regionKeyed: table.regionKeyed,
  };
}

function assessOne(table: TargetTable, target: NormalizedRecord, actuals: readonly NormalizedRecord[], options: AssessOptions, issues: AssessIssue[]): Assessment {
  const rule = ruleOf(target);
  if (!rule) return qualitative(table, target);
  const values = actualValues(target, actuals);
  issues.push(...values.issues);
  const decision = decide(rule, target.period, values, baselineOf(target, table.records), options.currentYear);
  const actual = decision.actual?.value ?? null;
  return {
    ...identity(table, target),
    rule,
    target: target.value,
    actual,
    actualYear: decision.actual?.year ?? null,
    basis: decision.basis,
    series: values.years,
    baseline: baselineOf(target, table.records),
    status: decision.status,
    trend: decision.trend,
    bindingMissed: target.attribute === '约束性' && decision.status === 'not-met',
    completion: completionOf(actual, target, rule.kind),
  };
}

function latestYear(actuals: readonly NormalizedRecord[]): number | null {
  let latest: number | null = null;
  for (const a of actuals) {
    if (a.kind !== 'actual' || a.value === null) continue;
    const year = yearsOfPeriod(a.period).end;
    if (Number.isFinite(year) && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

export function assessTargets(tables: readonly TargetTable[], actuals: readonly NormalizedRecord[], options: AssessOptions): AssessReport {
  const joined = joinActuals(tables, actuals);
  const issues: AssessIssue[] = [...joined.issues];
  const assessments = tables.flatMap((table) => table.records
    .filter((r) => r.kind === 'target')
    .map((target) => assessOne(table, target, joined.byIndicator.get(target.indicator) ?? [], options, issues)));
  // One issue per line and kind: a row feeding several targets (a zone) is reported once.
  const seen = new Set<string>();
  const unique = issues.filter((i) => { const key = `${i.kind}|${i.line}|${i.indicator}`; if (seen.has(key)) return false; seen.add(key); return true; });
  return { asOf: latestYear(actuals), assessments, issues: unique };
}
