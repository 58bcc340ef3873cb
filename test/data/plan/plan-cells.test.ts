import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBaseCell, parseTargetCell } from '../../../src/data/plan/plan-cells';
import { errorsOf } from '../../../src/data/issues';
import { loadCsvText } from '../../../src/data/pipeline';

describe('parseTargetCell', () => {
  it.each([
    ['500', { kind: 'figure', value: 500, cumulative: false }],
    ['≥80', { kind: 'figure', value: 80, cumulative: false, comparator: '≥' }],
    ['＜5.5', { kind: 'figure', value: 5.5, cumulative: false, comparator: '<' }],
    ['>=3', { kind: 'figure', value: 3, cumulative: false, comparator: '≥' }],
    ['[2.5]', { kind: 'figure', value: 2.5, cumulative: true }],
    ['〔13.5〕', { kind: 'figure', value: 13.5, cumulative: true }],
    ['98%以上', { kind: 'figure', value: 98, cumulative: false, comparator: '以上', unit: '%' }],
    ['6%左右', { kind: 'figure', value: 6, cumulative: false, comparator: '左右', unit: '%' }],
    ['20—25', { kind: 'figure', value: 20, upper: 25, cumulative: false, comparator: '区间' }],
    ['低于 1‰', { kind: 'figure', value: 1, cumulative: false, comparator: '低于', unit: '‰' }],
    ['不少于 16 个', { kind: 'figure', value: 16, cumulative: false, comparator: '不少于', unit: '个' }],
    ['承诺率达到 100%', { kind: 'figure', value: 100, cumulative: false, comparator: '达到', unit: '%', wording: '承诺率达到 100%' }],
    ['“信易+”场景应用达 5 个以上', { kind: 'figure', value: 5, cumulative: false, comparator: '以上', unit: '个', wording: '“信易+”场景应用达 5 个以上' }],
    ['1,200', { kind: 'figure', value: 1200, cumulative: false }],
  ])('%s', (raw, expected) => {
    expect(parseTargetCell(raw)).toEqual(expected);
  });

  it('marks none and empty apart', () => {
    expect(parseTargetCell('—')).toEqual({ kind: 'none' });
    expect(parseTargetCell('  ')).toEqual({ kind: 'empty' });
  });

  it('keeps wording it cannot read with certainty, as written', () => {
    for (const raw of ['合规率超过 98%；瞒报率为 0', '不少于 16 个领域', '各市（地）排名进入全国所在分组前 50% 以内', '法人组织覆盖率 100%', '基本建立', '超过 5 以内']) {
      expect(parseTargetCell(raw)).toEqual({ kind: 'words', text: raw.normalize('NFKC').replace(/\s+/g, ' ') });
    }
  });

  it('tells numbers written as words apart from wording', () => {
    expect(parseTargetCell('五十').kind).toBe('number-words');
    expect(parseTargetCell('三百万').kind).toBe('number-words');
    expect(parseTargetCell('基本消除').kind).toBe('words');
  });

  it('a base value is a plain figure or nothing', () => {
    expect(parseBaseCell('≥5').kind).toBe('words');
    expect(parseBaseCell('47.3')).toEqual({ kind: 'figure', value: 47.3, cumulative: false });
  });

  it('property: a printed figure with any comparator and bracket reads back exactly', () => {
    const comparators = fc.constantFrom('', '≥', '≤', '<', '>', '不少于', '超过', '低于');
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), comparators, fc.boolean(), (n, d, c, cumulative) => {
      const value = n / 10 ** d;
      const body = `${c}${value}`;
      const cell = parseTargetCell(cumulative ? `[${body}]` : body);
      expect(cell).toMatchObject({ kind: 'figure', value, cumulative });
      if (c !== '') expect(cell).toMatchObject({ comparator: c });
    }), { numRuns: 300 });
  });
});

describe('a figure written with another unit than its row’s', () => {
  it('2.5亿亩 in a 万亩 row is an error at the cell, never 2.5 万亩; 95%以上 in a % row is read', () => {
    const text = [
      '某某“十五五”规划主要指标',
      '指标,单位,2025年,2030年,属性',
      '耕地保有量,万亩,"25,800",2.5亿亩,约束性',
      '高标准农田面积,万亩,1.2亿亩,"13,000",约束性',
      '秸秆综合利用率,%,93,95%以上,预期性',
    ].join('\n');
    const result = loadCsvText(text, 'utf-8');
    expect(errorsOf(result.issues).map((i) => [i.line, i.column, i.cell])).toEqual([
      [3, 4, '2.5亿亩'],
      [4, 3, '1.2亿亩'],
    ]);
    expect(result.records).toEqual([]);
    const fine = loadCsvText(text.split('\n').filter((_, i) => i !== 2 && i !== 3).join('\n'), 'utf-8');
    expect(fine.records.find((r) => r.kind === 'target')).toMatchObject({ value: 95, unit: '%', comparator: '以上' });
  });
});

describe('a plan table with a mid-term year (2025年 | 2027年 | 2030年)', () => {
  it('reads 2025 as base and 2030 as target, and names the 2027 column it does not read', () => {
    const text = ['某某“十五五”规划主要指标', '指标,单位,2025年,2027年,2030年,属性', '森林覆盖率,%,47.3,47.8,48,约束性'].join('\n');
    const result = loadCsvText(text, 'utf-8');
    expect(result.issues.map((i) => [i.code, i.severity, i.line, i.column, i.cell])).toEqual([['ignored-content', 'warning', 2, 4, '2027年']]);
    expect(result.records.map((r) => [r.kind, r.period, r.value])).toEqual([['baseline', '2025', 47.3], ['target', '2030', 48]]);
  });
});

describe('a plan row whose name states one unit and whose 单位 cell another', () => {
  it('粮食综合生产能力（万吨） | 亿斤 is an error at the unit cell; （%） | % reads', () => {
    const text = ['某某“十五五”规划主要指标', '指标,单位,2025年,2030年,属性', '粮食综合生产能力（万吨）,亿斤,1600,1650,约束性', '森林覆盖率（%）,%,47,48,约束性'].join('\n');
    const result = loadCsvText(text, 'utf-8');
    expect(errorsOf(result.issues).map((i) => [i.code, i.line, i.column, i.cell])).toEqual([['constraint-error', 3, 2, '亿斤']]);
    expect(result.records).toEqual([]);
    const fine = loadCsvText(text.replace('粮食综合生产能力（万吨）', '粮食综合生产能力'), 'utf-8');
    expect(fine.records.filter((r) => r.kind === 'target').map((r) => [r.value, r.unit])).toEqual([[1650, '亿斤'], [48, '%']]);
  });
});
