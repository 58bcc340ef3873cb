import { describe, expect, it } from 'vitest';
import { loadCsvText } from '../../src/data/pipeline';
import { resolveRegion } from '../../src/data/regions';
import { datasetSpec } from '../../src/data/registry';
import type { TypedRow } from '../../src/data/schema';
import { checkTotals } from '../../src/data/totals';
import { cellsOf, fixtureText, hasMessages, issuesOf, lines, where } from './helpers';

const ALLOCATION = datasetSpec('black-soil-allocation');
const HSF = datasetSpec('black-soil-hsf-2021');
const HSF_KEYS = ['hsf_2021', 'hsf_2021_standard'];

/** An hsf row: region, then 2021年建设面积 and 其中标准化示范区. */
function hsfRow(line: number, name: string, built: number | null, standard: number | null): TypedRow {
  const region = resolveRegion(name);
  if (!region) throw new Error(`unknown region ${name}`);
  return { line, region, values: { region: region.name, city: region.city, hsf_2021: built, hsf_2021_standard: standard } };
}

const locate = (key: string): number => HSF_KEYS.indexOf(key) + 3;

describe('checkTotals: sums', () => {
  it('accepts sums that agree at the printed precision despite binary fractions', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point.
    const rows = [hsfRow(2, '合计', 0.3, 0.3), hsfRow(3, '呼兰区', 0.1, 0.1), hsfRow(4, '阿城区', 0.2, 0.2)];
    expect(checkTotals(HSF, rows, locate)).toEqual([]);
  });

  it('reports a 合计 that is not the sum of its parts, with the expected figure', () => {
    const parts = [hsfRow(3, '呼兰区', 11.59, 0), hsfRow(4, '北大荒农垦集团', 69.65, 1.23)];
    const sum = Math.round((11.59 + 69.65) * 100) / 100;
    const found = checkTotals(HSF, [hsfRow(2, '合计', sum + 0.01, 1.23), ...parts], locate);
    expect(found.map(where)).toEqual([`2:${locate('hsf_2021')} total-mismatch`]);
    expect(found[0]).toMatchObject({ severity: 'warning', field: '2021年建设面积' });
    expect(found[0]?.message_zh).toContain(`应为 ${sum}`);
    expect(found[0]?.message_zh).toContain('各分项合计');
    expect(found[0] && hasMessages(found[0])).toBe(true);
  });

  it('checks each city row against its counties only', () => {
    const rows = [hsfRow(2, '哈尔滨市', 11.6, 0), hsfRow(3, '呼兰区', 11.59, 0), hsfRow(4, '龙江县', 11.88, 4)];
    const found = checkTotals(HSF, rows, locate);
    expect(found.map(where)).toEqual([`2:${locate('hsf_2021')} total-mismatch`]);
    expect(found[0]?.message_zh).toContain('所属各县合计应为 11.59');
  });

  it('does not add up a parent with no part rows in the file (city rows only, 合计 only)', () => {
    expect(checkTotals(HSF, [hsfRow(2, '哈尔滨市', 11.6, 0), hsfRow(3, '齐齐哈尔市', 20, 1)], locate)).toEqual([]);
    expect(checkTotals(HSF, [hsfRow(2, '合计', 582.74, 141.64)], locate)).toEqual([]);
    // One part is enough to compare: 合计 against 呼兰区 alone still disagrees.
    expect(checkTotals(HSF, [hsfRow(2, '合计', 582.74, 141.64), hsfRow(3, '呼兰区', 11.59, 0)], locate)).toHaveLength(2);
  });

  it('skips a check when a figure is missing and reports column 0 without a locator', () => {
    expect(checkTotals(HSF, [hsfRow(2, '合计', 5, 1), hsfRow(3, '呼兰区', null, 1)], locate)).toEqual([]);
    expect(checkTotals(HSF, [hsfRow(2, '合计', 5, null), hsfRow(3, '呼兰区', 4, 1)]).map(where)).toEqual(['2:0 total-mismatch']);
  });
});

describe('checkTotals: row identities', () => {
  function allocationRow(line: number, values: Record<string, number>): TypedRow {
    const region = resolveRegion('勃利县');
    if (!region) throw new Error('勃利县 missing');
    return { line, region, values: { region: region.name, city: region.city, ...values } };
  }

  it('checks 5-year = 5 × annual and organic 5-year = 2021 + 4 × 2025', () => {
    const ok = { demo_area: 62.9, tillage_annual: 62.9, tillage_5y: 314.5, organic_2021: 9.3, organic_2025: 9.4, organic_5y: 46.9 };
    expect(checkTotals(ALLOCATION, [allocationRow(5, ok)])).toEqual([]);
    const wrong = allocationRow(5, { ...ok, tillage_5y: 314, organic_5y: 47 });
    const column = (key: string): number => ALLOCATION.columns.findIndex((c) => c.key === key) + 1;
    const found = checkTotals(ALLOCATION, [wrong], column);
    expect(found.map(where)).toEqual([`5:${column('tillage_5y')} total-mismatch`, `5:${column('organic_5y')} total-mismatch`]);
    expect(found[0]?.message_zh).toContain(`应为 ${5 * 62.9}`);
    expect(found[1]?.message_zh).toContain(`应为 ${(93 + 4 * 94) / 10}`);
  });
});

describe('totals through the pipeline', () => {
  it('warns where the fixture does not add up, and nowhere else', () => {
    const text = fixtureText('allocation-totals-mismatch.csv');
    const rows = lines(text).map((l) => cellsOf(l));
    const header = rows[0] ?? [];
    const numbers = (cells: readonly string[]): number[] => cells.slice(2).map(Number);
    const expected: string[] = [];
    rows.forEach((cells, i) => {
      if (i === 0) return;
      const region = resolveRegion(cells[0] ?? '');
      const [, annual = 0, fiveYear = 0] = numbers(cells);
      if (region?.level === 'city') {
        const counties = rows.filter((c) => resolveRegion(c[0] ?? '')?.city === region.name).map(numbers);
        numbers(cells).forEach((v, k) => {
          const sum = counties.reduce((s, c) => s + (c[k] ?? 0), 0);
          if (Math.abs(sum - v) > 1e-9) expected.push(`${i + 1}:${k + 3} total-mismatch`);
        });
      }
      if (Math.abs(fiveYear - 5 * annual) > 1e-9) expected.push(`${i + 1}:${header.findIndex((h) => h.includes('5年累计')) + 1} total-mismatch`);
    });
    const result = loadCsvText(text, 'utf-8');
    expect(expected.length).toBeGreaterThan(1);
    expect(issuesOf(result.issues, 'total-mismatch').map(where).sort()).toEqual(expected.sort());
    expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('does not check totals when a row was rejected', () => {
    const result = loadCsvText(fixtureText('allocation-bad-cells.csv'), 'utf-8');
    expect(issuesOf(result.issues, 'total-mismatch')).toEqual([]);
  });
});
