import fc from 'fast-check';
import { askedChange, boundMet } from '../../src/data/asked-change';

describe('askedChange', () => {
  it('PM2.5 < 25 from 24.1: already within the ceiling, no growth asked', () => {
    expect(askedChange({ baseline: 24.1, target: 25, comparator: '<', years: 5 })).toEqual({ kind: 'met', bound: 'ceiling' });
  });

  it('a ceiling not yet met asks for the fall down to it', () => {
    const asked = askedChange({ baseline: 30, target: 25, comparator: '以内', years: 5 });
    expect(asked.kind).toBe('change');
    if (asked.kind !== 'change') return;
    expect(asked.change).toBe(-5);
    expect(asked.changeRatio).toBeCloseTo(-1 / 6, 10);
    expect(asked.annualRate).toBeLessThan(0);
  });

  it('at the boundary: < is strict, ≤ / 以内 / 不超过 are not; 低于 is strict', () => {
    expect(boundMet(25, 25, '<')).toBeNull();
    expect(boundMet(25, 25, '低于')).toBeNull();
    expect(boundMet(25, 25, '≤')).toBe('ceiling');
    expect(boundMet(25, 25, '以内')).toBe('ceiling');
    expect(boundMet(25, 25, '不超过')).toBe('ceiling');
    expect(boundMet(80, 80, '≥')).toBe('floor');
    expect(boundMet(80, 80, '以上')).toBe('floor');
    expect(boundMet(80, 80, '>')).toBeNull();
    expect(boundMet(80, 80, '超过')).toBeNull();
  });

  it('a level target, 左右 or no comparator always asks for the move to it', () => {
    expect(askedChange({ baseline: 47.3, target: 48, comparator: '左右', years: 5 }).kind).toBe('change');
    expect(askedChange({ baseline: 50, target: 48, years: 5 }).kind).toBe('change');
  });

  const value = fc.double({ min: 0.01, max: 1e6, noNaN: true });
  const floors = fc.constantFrom('≥', '以上', '不少于', '不低于', '达到');
  const ceilings = fc.constantFrom('≤', '以内', '不超过', '<', '低于');

  it('a floor already met never asks for growth (property)', () => {
    fc.assert(fc.property(value, value, floors, (a, b, comparator) => {
      const [baseline, target] = a >= b ? [a, b] : [b, a];
      expect(askedChange({ baseline, target, comparator, years: 5 })).toEqual({ kind: 'met', bound: 'floor' });
    }));
  });

  it('a ceiling never asks for growth: met, or a fall (property)', () => {
    fc.assert(fc.property(value, value, ceilings, (baseline, target, comparator) => {
      const asked = askedChange({ baseline, target, comparator, years: 5 });
      if (asked.kind === 'change') expect(asked.change).toBeLessThanOrEqual(0);
      else expect(asked.bound).toBe('ceiling');
    }));
  });

  it('a floor not met asks for growth (property)', () => {
    fc.assert(fc.property(value, value, floors, (a, b, comparator) => {
      fc.pre(a !== b);
      const [baseline, target] = a < b ? [a, b] : [b, a];
      const asked = askedChange({ baseline, target, comparator, years: 5 });
      expect(asked.kind === 'change' && asked.change > 0).toBe(true);
    }));
  });
});
