import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statusOfRatio, toProgressModel } from '../../../src/charts/progress/progress-model';
import { loadCsvBytes } from '../../../src/data/pipeline';
import type { NormalizedRecord, RecordKind } from '../../../src/data/schema';
import { DATA_DIR } from '../../data/helpers';

const ID = 'test.indicator';

function rec(
  kind: RecordKind,
  period: string,
  value: number | null,
  extra: Partial<NormalizedRecord> = {},
): NormalizedRecord {
  return {
    region: null,
    regionLevel: 'province',
    indicator: ID,
    indicatorName: '测试指标',
    period,
    kind,
    value,
    unit: '件',
    line: 2,
    ...extra,
  };
}

/** Baseline 2020 = 100, target 2025 达到 200, plus the given actuals. */
function doubling(...actuals: Array<[string, number]>): NormalizedRecord[] {
  return [
    rec('baseline', '2020', 100),
    rec('target', '2025', 200, { comparator: '达到' }),
    ...actuals.map(([p, v]) => rec('actual', p, v)),
  ];
}

// Required CAGR to double in five years: 2^(1/5) − 1 ≈ 0.148698.
const REQUIRED = 2 ** 0.2 - 1;

describe('toProgressModel: Open SDG ratio of observed to required CAGR', () => {
  it('121 two years after 100 is 10 % a year: R = 0.1 / 0.1487 ≈ 0.67, needs acceleration', () => {
    // (121 / 100)^(1/2) − 1 = 1.1 − 1 = 0.1
    const model = toProgressModel(doubling(['2022', 121]), ID, 'zh');
    expect(model.method).toBe('cagr');
    expect(model.ratio).toBeCloseTo(0.1 / REQUIRED, 10);
    expect(model.status).toBe('needs-acceleration');
    expect(model.latest).toEqual({ year: 2022, value: 121 });
  });

  it('132.25 after two years is 15 % a year: R = 0.15 / 0.1487 ≈ 1.01, on track', () => {
    // √1.3225 = 1.15
    const model = toProgressModel(doubling(['2021', 110], ['2022', 132.25]), ID, 'zh');
    expect(model.ratio).toBeCloseTo(0.15 / REQUIRED, 10);
    expect(model.status).toBe('on-track');
  });

  it('2 % a year (106.1208 = 100 × 1.02³) is R ≈ 0.13: off track; a fall is moving away', () => {
    expect(toProgressModel(doubling(['2023', 106.1208]), ID, 'zh').status).toBe('off-track');
    const falling = toProgressModel(doubling(['2021', 90]), ID, 'zh');
    // (90 / 100) − 1 = −0.1 → R = −0.1 / 0.1487 < 0
    expect(falling.ratio).toBeCloseTo(-0.1 / REQUIRED, 10);
    expect(falling.status).toBe('moving-away');
  });

  it('gives the straight-line and constant-growth paths for every year from baseline to target', () => {
    const { path } = toProgressModel(doubling(), ID, 'zh');
    expect(path.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    // Linear: 100 + 100 × k / 5 → 120 in 2021. Constant growth: 100 × 2^(k/5) → 114.87 in 2021.
    expect(path[1]?.linear).toBeCloseTo(120, 10);
    expect(path[1]?.constantGrowth).toBeCloseTo(100 * 2 ** 0.2, 10);
    expect(path[5]?.linear).toBeCloseTo(200, 10);
    expect(path[5]?.constantGrowth).toBeCloseTo(200, 10);
  });

  it('inverts the ratio for lower-is-better targets (重错码率 低于 1‰)', () => {
    const records = [
      rec('baseline', '2020', 4, { unit: '‰' }),
      rec('target', '2025', 1, { comparator: '低于', unit: '‰' }),
      rec('actual', '2022', 2.56, { unit: '‰' }),
    ];
    const model = toProgressModel(records, ID, 'zh');
    // Observed (2.56 / 4)^(1/2) − 1 = 0.8 − 1 = −0.2; required 0.25^(1/5) − 1 ≈ −0.2421.
    // R = −1 × (−0.2) / 0.2421 ≈ 0.83.
    expect(model.direction).toBe('decrease');
    expect(model.ratio).toBeCloseTo(0.2 / (1 - 0.25 ** 0.2), 10);
    expect(model.status).toBe('needs-acceleration');
  });

  it('does not call a strict target met by the figure itself: exactly 1‰ is not 低于 1‰', () => {
    const base = [rec('baseline', '2020', 4), rec('target', '2025', 1, { comparator: '低于' })];
    const atBound = toProgressModel([...base, rec('actual', '2024', 1)], ID, 'zh');
    // (1/4)^(1/4) − 1 ≈ −0.293 a year against −0.242 needed: R ≈ 1.21, on track but not there yet.
    expect(atBound.ratio).toBeCloseTo((1 - 0.25 ** 0.25) / (1 - 0.25 ** 0.2), 10);
    expect(atBound.status).toBe('on-track');
    expect(toProgressModel([...base, rec('actual', '2024', 0.9)], ID, 'zh').status).toBe('achieved');
  });

  it('reports a met target as achieved whatever the ratio, also when the baseline already meets it', () => {
    expect(toProgressModel(doubling(['2021', 250]), ID, 'zh').status).toBe('achieved');
    const met = toProgressModel(
      [rec('baseline', '2020', 300), rec('target', '2025', 200, { comparator: '以上' })],
      ID,
      'zh',
    );
    expect(met.status).toBe('achieved');
    expect(met.ratio).toBeNull();
  });

  it('without actuals: no-data, no ratio, no latest — but the expected path is there', () => {
    const model = toProgressModel(doubling(), ID, 'zh');
    expect(model).toMatchObject({ status: 'no-data', ratio: null, latest: null, method: null, actuals: [] });
    expect(model.path).toHaveLength(6);
  });

  it('falls back to the straight line from a zero baseline', () => {
    const records = [
      rec('baseline', '2020', 0),
      rec('target', '2025', 50, { comparator: '达到' }),
      rec('actual', '2022', 16),
    ];
    const model = toProgressModel(records, ID, 'zh');
    // Observed (16 − 0) / 2 = 8 a year; required (50 − 0) / 5 = 10 a year: R = 0.8.
    expect(model.method).toBe('linear');
    expect(model.ratio).toBeCloseTo(0.8, 10);
    expect(model.status).toBe('needs-acceleration');
    expect(model.path.map((p) => p.linear)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(model.path.every((p) => p.constantGrowth === null)).toBe(true);
  });

  it('falls back to the straight line towards a zero target (瞒报率为 0)', () => {
    const records = [
      rec('baseline', '2020', 5),
      rec('target', '2025', 0, { comparator: '为' }),
      rec('actual', '2022', 3),
    ];
    const model = toProgressModel(records, ID, 'zh');
    // Observed −1 × (3 − 5) / 2 = 1 a year; required |0 − 5| / 5 = 1 a year: R = 1.
    expect(model).toMatchObject({ method: 'linear', direction: 'decrease', status: 'on-track' });
    expect(model.ratio).toBeCloseTo(1, 10);
  });

  it('without a plan baseline starts from the earliest actual', () => {
    const records = [
      rec('target', '2025', 20, { comparator: '达到' }),
      rec('actual', '2023', 12.1),
      rec('actual', '2021', 10),
    ];
    const model = toProgressModel(records, ID, 'zh');
    // Base 2021 = 10. Observed (12.1 / 10)^(1/2) − 1 = 0.1; required 2^(1/4) − 1 ≈ 0.1892: R ≈ 0.53.
    expect(model.baseline).toEqual({ year: 2021, value: 10 });
    expect(model.baselineFromPlan).toBe(false);
    expect(model.ratio).toBeCloseTo(0.1 / (2 ** 0.25 - 1), 10);
    expect(model.status).toBe('off-track');
    expect(toProgressModel([records[0]!, records[1]!], ID, 'zh').status).toBe('no-data');
  });

  it('meets a range target inside it and aims at the nearer bound from outside', () => {
    const range = { comparator: '区间', upper: 25, unit: '厘米' };
    const inside = toProgressModel(
      [rec('baseline', '2020', 30), rec('target', '2025', 20, range), rec('actual', '2022', 23)],
      ID,
      'zh',
    );
    expect(inside.status).toBe('achieved');
    const above = toProgressModel(
      [rec('baseline', '2020', 30), rec('target', '2025', 20, range), rec('actual', '2022', 27)],
      ID,
      'zh',
    );
    expect(above.direction).toBe('decrease');
    expect(above.path.at(-1)?.linear).toBe(25);
  });

  it('turns an 增加 target into the level it asks for', () => {
    const records = [
      rec('baseline', '2020', 100, { unit: '%' }),
      rec('target', '2025', 20, { comparator: '增加', unit: '%' }),
    ];
    // 增加 20% over 100 → 120.
    expect(toProgressModel(records, ID, 'zh').target).toMatchObject({ value: 120, printed: 20 });
  });

  it('keeps one value per year (the later line wins) and picks the region asked for', () => {
    const records = [
      ...doubling(['2022', 110]),
      rec('actual', '2022', 121, { line: 9 }),
      rec('actual', '2022', 999, { region: '宾县', regionLevel: 'county' }),
    ];
    const model = toProgressModel(records, ID, 'en');
    expect(model.actuals).toEqual([{ year: 2022, value: 121 }]);
    expect(toProgressModel(records, ID, 'zh', { region: '宾县' }).actuals).toEqual([
      { year: 2022, value: 999 },
    ]);
  });
});

describe('statusOfRatio: the Open SDG thresholds', () => {
  it.each([
    [0.95, 'on-track'],
    [0.9499, 'needs-acceleration'],
    [0.6, 'needs-acceleration'],
    [0.5999, 'off-track'],
    [0, 'off-track'],
    [-0.0001, 'moving-away'],
  ])('R = %s → %s', (ratio, status) => {
    expect(statusOfRatio(ratio)).toBe(status);
  });
});

describe('toProgressModel on the embedded 信易贷 baseline and target', () => {
  const records = loadCsvBytes(new Uint8Array(readFileSync(join(DATA_DIR, 'credit-indicators.csv')))).records;
  const id = 'credit-indicators.xinyidai_entities';
  const baseline = records.find((r) => r.indicator === id && r.kind === 'baseline');
  const target = records.find((r) => r.indicator === id && r.kind === 'target');

  it('has no actuals yet, and a path from the 2020 baseline to the 2025 target', () => {
    const model = toProgressModel(records, id, 'en');
    expect(model.status).toBe('no-data');
    expect(model.name).toBe('Firms on the "Xinyidai" credit-loan platform');
    expect(model.path[0]).toMatchObject({ year: 2020, linear: baseline?.value });
    expect(model.path.at(-1)?.year).toBe(2025);
    expect(model.path.at(-1)?.constantGrowth).toBeCloseTo(target?.value ?? NaN, 8);
    // 1.3283 has the most decimals the plan printed for this indicator.
    expect(model.decimals).toBe(4);
  });
});
