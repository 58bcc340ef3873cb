import { describe, expect, it } from 'vitest';
import { cumulativeTrend, measureTrend } from '../../../src/data/assess/trend';
import { toProgressModel } from '../../../src/charts/progress/progress-model';
import type { NormalizedRecord } from '../../../src/data/schema';
import { target } from './records';

const base = { year: 2020, value: 100 };
const aim = { year: 2025, value: 200 };

describe('measureTrend: the one Open SDG measure', () => {
  it('uses the growth rate when every value is positive, R = observed / required', () => {
    // Required CAGR 2^(1/5) − 1; observed the same rate over two years: R = 1.
    const latest = { year: 2022, value: 100 * 2 ** (2 / 5) };
    const trend = measureTrend(base, latest, aim, 'increase');
    expect(trend).toMatchObject({ method: 'cagr', status: 'on-track', away: false });
    expect(trend?.ratio).toBeCloseTo(1, 10);
  });

  it('falls back to the straight line when a value is 0 (瞒报率为 0), and lower is better', () => {
    const trend = measureTrend({ year: 2020, value: 4 }, { year: 2022, value: 3 }, { year: 2025, value: 0 }, 'decrease');
    // Observed −0.5 a year, required −0.8 a year: R = 0.625.
    expect(trend).toMatchObject({ method: 'linear', status: 'moderate', away: false });
    expect(trend?.ratio).toBeCloseTo(0.625, 10);
  });

  it('says when the value moved away from the target (R < 0), still off track for the verdict', () => {
    expect(measureTrend(base, { year: 2022, value: 90 }, aim, 'increase')).toMatchObject({ status: 'off-track', away: true });
    expect(measureTrend(base, { year: 2022, value: 100 }, aim, 'increase')).toMatchObject({ status: 'off-track', away: false, ratio: 0 });
  });

  it('has no ratio when the base already sits on the aim, and no trend without a later year', () => {
    expect(measureTrend(base, { year: 2022, value: 101 }, { year: 2025, value: 100 }, 'increase')).toEqual({ method: 'cagr', ratio: null, status: 'on-track', away: false });
    expect(measureTrend(base, { year: 2022, value: 99 }, { year: 2025, value: 100 }, 'increase')).toMatchObject({ ratio: null, status: 'off-track', away: true });
    expect(measureTrend(base, { year: 2020, value: 150 }, aim, 'increase')).toBeNull();
  });

  it('projects a cumulative target from the years so far', () => {
    expect(cumulativeTrend(300, 2, 5, 1000)).toEqual({ method: 'linear', ratio: 0.75, status: 'moderate', away: false });
  });
});

describe('the progress chart uses the same measure', () => {
  const rec = (kind: NormalizedRecord['kind'], period: string, value: number): NormalizedRecord => target({ indicator: 't.x', kind, period, value, unit: '件' });

  it.each([[2022, 100 * 2 ** (2 / 5), 'on-track'], [2022, 122, 'needs-acceleration'], [2022, 115, 'off-track'], [2022, 90, 'moving-away'], [2022, 100, 'off-track']] as const)(
    '%s: %s → %s, with the ratio measureTrend gives', (year, value, status) => {
      const model = toProgressModel([rec('baseline', '2020', 100), rec('target', '2025', 200), rec('actual', String(year), value)], 't.x', 'zh');
      expect(model.status).toBe(status);
      expect(model.ratio).toBe(measureTrend(base, { year, value }, aim, 'increase')?.ratio);
    },
  );
});
