import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meets, ruleOf, toleranceOf, type TargetRule } from '../../../src/data/assess/rule';
import { target } from './records';

function rule(comparator: string | undefined, value: number, extra: { upper?: number; text?: string } = {}): TargetRule {
  const r = ruleOf(target({ indicator: 't.x', period: '2025', value, ...(comparator ? { comparator } : {}), ...extra }));
  if (!r) throw new Error('no rule');
  return r;
}

describe('each comparator at and around its boundary', () => {
  it.each([
    ['以上', 1500, [[1500, true], [1499.9, false], [1500.1, true]]],
    ['不少于', 16, [[16, true], [15, false], [17, true]]],
    ['达到', 100, [[100, true], [99.99, false]]],
    ['累计达到', 2800, [[2800, true], [2799, false]]],
    ['超过', 98, [[98, false], [98.01, true], [97.99, false]]],
    ['低于', 1, [[0.5, true], [1, false], [0.999, true], [1.001, false]]],
    ['以内', 50, [[50, true], [50.01, false], [10, true]]],
    ['为', 0, [[0, true], [0.01, false]]],
    [undefined, 4.53, [[4.53, true], [4.52, false]]],
  ] as const)('%s %d', (comparator, value, cases) => {
    const r = rule(comparator, value);
    for (const [actual, expected] of cases) expect(meets(r, actual), `${String(comparator)} ${value} at ${actual}`).toBe(expected);
  });

  it('a symbol in the cell works as the word does', () => {
    expect(meets(rule('≥', 10), 10)).toBe(true);
    expect(meets(rule('>', 10), 10)).toBe(false);
    expect(meets(rule('<', 5.5), 5.5)).toBe(false);
    expect(meets(rule('≤', 5.5), 5.5)).toBe(true);
  });

  it('ranges include both ends (水田 20—25 厘米)', () => {
    const r = rule('区间', 20, { upper: 25 });
    expect([19.9, 20, 22, 25, 25.1].map((v) => meets(r, v))).toEqual([false, true, true, true, false]);
  });

  it('左右: within half a unit of the printed digit, or the tolerance the wording states', () => {
    const six = rule('左右', 6, { text: '地区生产总值年均增长 6% 左右' });
    expect(six.tolerance).toEqual({ value: 0.5, source: 'printed-precision' });
    expect([5.4, 5.5, 6.5, 6.6].map((v) => meets(six, v))).toEqual([false, true, true, false]);
    const printed = rule('左右', 6, { text: '增长 6.0% 左右' });
    expect(printed.tolerance?.value).toBe(0.05);
    expect([5.95, 5.94, 6.05, 6.06].map((v) => meets(printed, v))).toEqual([true, false, true, false]);
    const stated = rule('左右', 5.5, { text: '增长 5.5% 左右（上下浮动 1）' });
    expect(stated.tolerance).toEqual({ value: 1, source: 'stated' });
    expect([4.5, 4.4, 6.5].map((v) => meets(stated, v))).toEqual([true, false, true]);
    expect(toleranceOf(5.5, undefined)).toEqual({ value: 0.05, source: 'printed-precision' });
  });

  it('qualitative targets have no rule', () => {
    expect(ruleOf(target({ indicator: 't.q', period: '2025', text: '全面施行' }))).toBeNull();
  });

  it('property: ≥ is met exactly from the figure up, > strictly above it, and ≥ = > ∪ =', () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value, actual) => {
      expect(meets(rule('以上', value), actual)).toBe(actual >= value);
      expect(meets(rule('超过', value), actual)).toBe(actual > value);
      expect(meets(rule('以上', value), actual)).toBe(meets(rule('超过', value), actual) || actual === value);
      expect(meets(rule('低于', value), actual)).toBe(!meets(rule('以上', value), actual));
      expect(meets(rule('以内', value), actual)).toBe(!meets(rule('超过', value), actual));
    }));
  });

  it('property: 左右 is symmetric about its figure', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 100 }), (value, offsetTenths) => {
      const r = rule('左右', value, { text: `增长${value}%左右` });
      const offset = offsetTenths / 10;
      expect(meets(r, value + offset)).toBe(meets(r, value - offset));
      expect(meets(r, value + offset)).toBe(offset <= 0.5);
    }));
  });
});
