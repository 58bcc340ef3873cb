import { toGrowthItems } from '../../../src/charts/growth/growth-model';
import type { NormalizedRecord } from '../../../src/data/schema';

function record(
  indicator: string,
  kind: 'baseline' | 'target',
  period: string,
  value: number | null,
): NormalizedRecord {
  return {
    region: null,
    regionLevel: 'province',
    indicator,
    indicatorName: indicator,
    period,
    kind,
    value,
    unit: '件',
    line: 2,
  };
}

describe('toGrowthItems', () => {
  it('pairs baseline and target and computes absolute, relative and annual change', () => {
    const [item] = toGrowthItems([record('a', 'baseline', '2020', 100), record('a', 'target', '2025', 200)]);
    expect(item).toMatchObject({
      baseline: 100,
      target: 200,
      change: 100,
      baselineYear: 2020,
      targetYear: 2025,
    });
    expect(item?.changeRatio).toBeCloseTo(1, 10);
    // 2^(1/5) − 1, the constant yearly growth that doubles a value in five years.
    expect(item?.annualRate).toBeCloseTo(Math.pow(2, 0.2) - 1, 10);
  });

  it('sorts by required relative growth, largest first, and handles a decline', () => {
    const items = toGrowthItems([
      record('small', 'baseline', '2020', 100),
      record('small', 'target', '2025', 110),
      record('down', 'baseline', '2020', 100),
      record('down', 'target', '2025', 50),
      record('big', 'baseline', '2020', 10),
      record('big', 'target', '2025', 40),
    ]);
    expect(items.map((i) => i.indicator)).toEqual(['big', 'small', 'down']);
    expect(items[2]?.changeRatio).toBeCloseTo(-0.5, 10);
  });

  it('drops indicators without both figures and keeps a zero baseline without dividing by it', () => {
    const items = toGrowthItems([
      record('only-target', 'target', '2025', 5),
      record('blank', 'baseline', '2020', null),
      record('blank', 'target', '2025', 3),
      record('zero', 'baseline', '2020', 0),
      record('zero', 'target', '2025', 3),
    ]);
    expect(items.map((i) => i.indicator)).toEqual(['zero']);
    expect(items[0]?.changeRatio).toBeNull();
    expect(items[0]?.annualRate).toBeNull();
  });
});
