import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  decimalsByIndicator,
  decimalsOf,
  formatFixed,
  formatMeasure,
  formatTarget,
  indicatorDecimals,
  withUnit,
} from '../../src/charts/format-indicator';
import { loadCsvBytes } from '../../src/data/pipeline';
import type { NormalizedRecord } from '../../src/data/schema';
import { DATA_DIR } from '../data/helpers';

function load(file: string): readonly NormalizedRecord[] {
  return loadCsvBytes(new Uint8Array(readFileSync(join(DATA_DIR, file)))).records;
}

describe('decimalsOf', () => {
  it.each([
    [5600, 0],
    [2.57, 2],
    [1.3283, 4],
    [0.02, 2],
    [-7.5, 1],
    [1e-7, 7],
    [1.5e-7, 8],
    [1e21, 0],
    [NaN, 0],
  ])('%s has %s decimals', (value, decimals) => {
    expect(decimalsOf(value)).toBe(decimals);
  });
});

describe('indicatorDecimals on the embedded data', () => {
  const ip = load('ip-indicators.csv');
  const soil = load('black-soil-targets.csv');

  it('gives baseline and target of one indicator the same decimals: 2.57 → 4.53 both 2', () => {
    expect(indicatorDecimals(ip, 'ip-indicators.high_value_patents_per_10k')).toBe(2);
    // 267.8 → 500: the baseline's one decimal applies to the target too.
    expect(indicatorDecimals(ip, 'ip-indicators.tech_contract_value')).toBe(1);
    expect(indicatorDecimals(soil, 'black-soil-targets.demo_area')).toBe(0);
  });

  it('counts stretch values (1 克/千克, 力争 1.5) and agrees with decimalsByIndicator', () => {
    expect(indicatorDecimals(soil, 'black-soil-targets.soil_organic_matter_gain')).toBe(1);
    const all = decimalsByIndicator([...ip, ...soil]);
    for (const id of new Set([...ip, ...soil].map((r) => r.indicator))) {
      expect(all.get(id)).toBe(indicatorDecimals([...ip, ...soil], id));
    }
  });
});

describe('formatting', () => {
  it('groups digits the Chinese way with exactly the decimals asked for', () => {
    expect(formatFixed(5600, 0)).toBe('5,600');
    expect(formatFixed(4.5, 2)).toBe('4.50');
    expect(formatFixed(1136.5, 0)).toBe('1,137');
    expect(formatFixed(-0, 0)).toBe('0');
  });

  it('attaches % and ‰, spaces word units, and translates units in English', () => {
    expect(withUnit('100', '%', 'zh')).toBe('100%');
    expect(withUnit('1', '‰', 'en')).toBe('1‰');
    expect(formatMeasure(1.3283, '万户', 4, 'zh')).toBe('1.3283 万户');
    expect(formatMeasure(30, '厘米', 0, 'en')).toBe('30 cm');
    // 个 has no English word: the count stands alone.
    expect(formatMeasure(16, '个', 0, 'en')).toBe('16');
  });

  it('writes targets with their comparator as a symbol', () => {
    expect(formatTarget({ value: 100, unit: '%', comparator: '达到' }, 0, 'zh')).toBe('≥ 100%');
    expect(formatTarget({ value: 0.02, unit: '%', comparator: '低于' }, 2, 'zh')).toBe('< 0.02%');
    expect(formatTarget({ value: 30, unit: '万户', comparator: '超过' }, 0, 'zh')).toBe('> 30 万户');
    expect(formatTarget({ value: 20, upper: 25, unit: '厘米', comparator: '区间' }, 0, 'zh')).toBe(
      '20–25 厘米',
    );
    expect(formatTarget({ value: 20, unit: '%', comparator: '增加' }, 0, 'zh')).toBe('+20%');
    expect(formatTarget({ value: 4.53, unit: '件' }, 2, 'zh')).toBe('4.53 件');
  });
});
