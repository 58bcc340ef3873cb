import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, formatNumber, formatPercent, formatValue } from '../../src/charts/format';

/** What formatNumber replaces, and must print exactly: ICU's zh-CN decimal format. */
function intl(value: number, min: number, max: number): string {
  return new Intl.NumberFormat('zh-CN', { minimumFractionDigits: min, maximumFractionDigits: max }).format(
    value,
  );
}

const decimals = fc
  .tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }))
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

describe('formatNumber', () => {
  it.each([
    [1234.5, 0, 2, '1,234.5'],
    [5600, 0, 0, '5,600'],
    [2.5, 2, 2, '2.50'],
    [1.005, 0, 2, '1.01'],
    [999.95, 1, 1, '1,000.0'],
    [9.995, 0, 2, '10'],
    [0.0096, 0, 2, '0.01'],
    [0.5, 0, 0, '1'],
    [-2.5, 0, 0, '-3'],
    [-0.001, 0, 2, '-0'],
    [-0, 0, 2, '-0'],
    [0, 2, 2, '0.00'],
    [1e-7, 2, 2, '0.00'],
    [1e21, 0, 2, '1,000,000,000,000,000,000,000'],
    [0.1 + 0.2, 0, 8, '0.3'],
    [123456789.125, 0, 2, '123,456,789.13'],
    [Number.NaN, 0, 2, 'NaN'],
    [Number.POSITIVE_INFINITY, 0, 2, '∞'],
    [Number.NEGATIVE_INFINITY, 0, 2, '-∞'],
  ])('%s with %i–%i decimals → %s', (value, min, max, printed) => {
    expect(formatNumber(value, min, max)).toBe(printed);
  });

  it('prints what Intl.NumberFormat("zh-CN") prints, for any number and decimals', () => {
    fc.assert(
      fc.property(fc.double(), decimals, (value, [min, max]) => {
        expect(formatNumber(value, min, max)).toBe(intl(value, min, max));
      }),
      { numRuns: 20_000 },
    );
  });

  it('rounds printed ties and their neighbours as Intl does (half away from zero on the decimal form)', () => {
    const near = fc
      .tuple(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(-1, 0, 1),
      )
      .map(([n, k, nudge]) => {
        const tie = (n + 0.5) / 10 ** k;
        return nudge === 0 ? tie : tie + nudge * Number.EPSILON * Math.max(1, Math.abs(tie));
      });
    fc.assert(
      fc.property(near, decimals, (value, [min, max]) => {
        expect(formatNumber(value, min, max)).toBe(intl(value, min, max));
      }),
      { numRuns: 20_000 },
    );
  });

  it('refuses decimals Intl refuses: fewer allowed than required, negative, fractional', () => {
    expect(() => formatNumber(1, 2, 1)).toThrow(RangeError);
    expect(() => formatNumber(1, -1, 1)).toThrow(RangeError);
    expect(() => formatNumber(1, 0, 1.5)).toThrow(RangeError);
  });
});

describe('formatValue', () => {
  it('keeps the printed precision up to two decimals by default and never adds any', () => {
    expect(formatValue(3300)).toBe('3,300');
    expect(formatValue(2.575)).toBe('2.58');
    expect(formatValue(2.5, 3)).toBe('2.5');
  });
});

describe('formatPercent', () => {
  it('signs a rise and keeps a fall negative', () => {
    expect(formatPercent(0.123)).toBe('+12.3%');
    expect(formatPercent(-0.05, 0)).toBe('-5%');
    expect(formatPercent(0)).toBe('0.0%');
  });
});

describe('escapeHtml', () => {
  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(`<b a="x" b='y'>&</b>`)).toBe('&lt;b a=&quot;x&quot; b=&#39;y&#39;&gt;&amp;&lt;/b&gt;');
  });
});
