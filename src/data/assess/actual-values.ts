/**
 * The actual values of one target: its region's and zone's records, each in the target's unit
 * (equal, or converted by an exact stated factor), split into single years and whole-period
 * figures. An actual whose unit cannot be converted is left out with an issue naming its line and
 * cell — never compared across units. A blank unit is read as the target's (the fill-in template
 * and most statistics tables state the unit once per indicator; the importer warns about it).
 */
import type { NormalizedRecord } from '../schema';
import { convertUnit, cumulativeUnit } from '../units';
import type { YearValue } from './trend';
import type { AssessIssue } from './types';

export interface ActualValues {
  /** One value per year, ascending; a later line of the file wins for the same year. */
  readonly years: readonly YearValue[];
  /** Figures reported for a whole period (`2021-2025` 累计完成), by period. */
  readonly spans: ReadonlyMap<string, number>;
  readonly conversions: readonly string[];
  readonly issues: readonly AssessIssue[];
}

export function yearsOfPeriod(period: string): { start: number; end: number } {
  const [from, to] = period.split('-');
  const end = Number(to ?? from);
  return { start: Number(from), end };
}

function unitIssue(actual: NormalizedRecord, target: NormalizedRecord): AssessIssue {
  return {
    kind: 'unit-mismatch', line: actual.line, indicator: target.indicator, cell: actual.unit,
    message_zh: `第 ${actual.line} 行“${actual.indicatorName}”的单位“${actual.unit}”与目标单位“${target.unit}”不同，且无确切换算关系，未参与比较。`,
    message_en: `Line ${actual.line}: "${actual.indicatorName}" is in ${actual.unit}, the target in ${target.unit}, with no exact conversion; not compared.`,
  };
}

/** The actual in the target's unit; a whole-period figure may be the sum of yearly areas (亩 → 亩次). */
function inTargetUnit(actual: NormalizedRecord, value: number, target: NormalizedRecord): { value: number; rule: string } | null {
  if (actual.unit.trim() === '') return { value, rule: '' };
  const direct = convertUnit(value, actual.unit, target.unit);
  if (direct.ok) return { value: direct.value, rule: direct.factor.rule_zh };
  if (!target.period.includes('-')) return null;
  const summed = convertUnit(value, cumulativeUnit(actual.unit), target.unit);
  return summed.ok ? { value: summed.value, rule: `${actual.unit} 逐年相加为 ${cumulativeUnit(actual.unit)}${summed.factor.rule_zh ? `；${summed.factor.rule_zh}` : ''}` } : null;
}

export function actualValues(target: NormalizedRecord, actuals: readonly NormalizedRecord[]): ActualValues {
  const years = new Map<number, number>();
  const spans = new Map<string, number>();
  const conversions = new Set<string>();
  const issues: AssessIssue[] = [];
  for (const actual of actuals) {
    if (actual.value === null || actual.region !== target.region || actual.zone !== target.zone) continue;
    const converted = inTargetUnit(actual, actual.value, target);
    if (!converted) { issues.push(unitIssue(actual, target)); continue; }
    if (converted.rule) conversions.add(converted.rule);
    if (actual.period.includes('-')) spans.set(actual.period, converted.value);
    else years.set(yearsOfPeriod(actual.period).end, converted.value);
  }
  return {
    years: [...years].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year),
    spans,
    conversions: [...conversions],
    issues,
  };
}
