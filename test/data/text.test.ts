import { describe, expect, it } from 'vitest';
import { cleanCell, compactText, excerpt, headerKey, splitHeaderUnit } from '../../src/data/text';

describe('compactText', () => {
  it('folds full-width forms and drops every kind of space and invisible character', () => {
    expect(compactText('\ufeff宾 县\u3000（万亩）１２３\u200b\t')).toBe('宾县(万亩)123');
  });
});

describe('cleanCell', () => {
  it('trims and drops invisible characters but keeps inner spaces and width', () => {
    expect(cleanCell('\u200b 达到 2.8 亿亩次（每年） \ufeff')).toBe('达到 2.8 亿亩次（每年）');
  });
});

describe('headerKey', () => {
  it('treats the dashes and words of a year range alike', () => {
    const keys = ['2021—2025年', '2021-2025年', '2021－2025年', '2021~2025年', '2021至2025年'].map(headerKey);
    expect(new Set(keys).size).toBe(1);
  });

  it('ignores case', () => {
    expect(headerKey('GDP (亿元)')).toBe(headerKey('gdp（亿元）'));
  });
});

describe('splitHeaderUnit', () => {
  it.each([
    ['示范区面积（万亩）', '示范区面积', '万亩'],
    ['示范区面积 (万亩) ', '示范区面积', '万亩'],
    ['5 年累计 实施面积 (万亩次)', '5年累计实施面积', '万亩次'],
    ['行政区域', '行政区域', null],
    ['（万亩）', '(万亩)', null],
    ['示范区面积（单位：万亩）', '示范区面积', '万亩'],
    ['示范区面积 (单位:万亩次)', '示范区面积', '万亩次'],
    ['示范区面积[万亩]', '示范区面积', '万亩'],
    ['示范区面积［万亩］', '示范区面积', '万亩'],
    ['示范区面积【万亩】', '示范区面积', '万亩'],
    ['示范区面积（）', '示范区面积', null],
    ['示范区面积（单位）', '示范区面积', null],
    ['示范区面积（万亩]', '示范区面积(万亩]', null],
  ])('splits %j into %j and %j', (raw, label, unit) => {
    expect(splitHeaderUnit(raw)).toEqual({ label, unit });
  });

  it('leaves a unit that is not last in the label', () => {
    expect(splitHeaderUnit('高标准农田建设任务（万亩）2021年建设面积').unit).toBeNull();
  });
});

describe('excerpt', () => {
  it('keeps short cells as they are and folds line breaks', () => {
    expect(excerpt('宾 县')).toBe('宾 县');
    expect(excerpt('a\r\nb')).toBe('a ⏎ b');
  });

  it('cuts a long cell and says how long it was', () => {
    const long = '北'.repeat(5000);
    const shown = excerpt(long);
    expect(shown.length).toBeLessThan(60);
    expect(shown).toContain('共 5000 字');
  });
});
