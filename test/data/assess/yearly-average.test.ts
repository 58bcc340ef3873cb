/**
 * 年均 targets (年均增长 5左右, read from a plan's 年均增长 column): judged on the mean of the
 * period's years, or the figure reported for the period — never on their sum.
 */
import { describe, expect, it } from 'vitest';
import { assessTargets } from '../../../src/data/assess/assess';
import type { Assessment } from '../../../src/data/assess/types';
import { actual, table, target } from './records';

const gdp = target({ indicator: 'p.gdp', period: '2026-2030', comparator: '>', value: 5, unit: '%', yearlyAverage: true });
const years = (values: readonly number[]) =>
  values.map((value, i) => actual({ indicator: 'p.gdp', period: String(2026 + i), value, unit: '%' }));

function verdict(actuals: ReturnType<typeof years>, currentYear: number): Assessment {
  const [a] = assessTargets([table([gdp])], actuals, { currentYear }).assessments;
  if (!a) throw new Error('no assessment');
  return a;
}

describe('a yearly-average target over 2026—2030 (> 5 %)', () => {
  it('all five years in: the mean decides (5.2 met, although one year was 4.8)', () => {
    const a = verdict(years([5.5, 4.8, 5.3, 5.2, 5.2]), 2031);
    expect(a).toMatchObject({ status: 'met', actual: 5.2 });
    expect(a.basis).toMatchObject({ kind: 'mean', years: [2026, 2027, 2028, 2029, 2030] });
  });

  it('the mean, not the sum: five years of 4.9 are not met (their sum, 24.5, would be)', () => {
    expect(verdict(years([4.9, 4.9, 4.9, 4.9, 4.9]), 2031)).toMatchObject({ status: 'not-met', actual: 4.9 });
  });

  it('part-way: on track while the mean so far meets it, off track when it does not', () => {
    expect(verdict(years([5.6, 5.1]), 2028).status).toBe('on-track');
    expect(verdict(years([5.1, 4.5]), 2028).status).toBe('off-track');
  });

  it('ended with years missing: no data, the mean so far shown', () => {
    expect(verdict(years([5.6, 5.1, 5.2]), 2031)).toMatchObject({ status: 'no-data', actual: 5.3 });
  });

  it('a figure reported for the whole period decides once it has ended', () => {
    const span = [actual({ indicator: 'p.gdp', period: '2026-2030', value: 4.95, unit: '%' })];
    expect(verdict(span, 2031)).toMatchObject({ status: 'not-met', actual: 4.95 });
  });
});
