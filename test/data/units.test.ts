import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertUnit, cumulativeUnit, normalizeUnit, unitFactor } from '../../src/data/units';

describe('unit conversion', () => {
  it('converts 万吨 to 亿斤 by the stated exact factor 1 亿斤 = 5 万吨', () => {
    const converted = convertUnit(7763.1, '万吨', '亿斤');
    expect(converted).toMatchObject({ ok: true, value: 1552.62 });
    expect(unitFactor('亿斤', '万吨')?.rule_zh).toBe('1 亿斤 = 5 万吨');
    expect(convertUnit(7500, '万吨', '亿斤')).toMatchObject({ ok: true, value: 1500 });
  });

  it('converts areas: 万亩 ↔ 亩, 亿亩 ↔ 万亩, 千公顷 ↔ 万亩 (1 公顷 = 15 亩)', () => {
    expect(convertUnit(1.5, '万亩', '亩')).toMatchObject({ ok: true, value: 15000 });
    expect(convertUnit(2.18, '亿亩', '万亩')).toMatchObject({ ok: true, value: 21800 });
    expect(convertUnit(14683.2, '千公顷', '万亩')).toMatchObject({ ok: true, value: 22024.8 });
    expect(unitFactor('千公顷', '万亩')?.rule_zh).toBe('1 千公顷 = 1.5 万亩');
  });

  it('converts ‰ and %, and counts with number words', () => {
    expect(convertUnit(0.5, '‰', '%')).toMatchObject({ ok: true, value: 0.05 });
    expect(convertUnit(980, '‰', '%')).toMatchObject({ ok: true, value: 98 });
    expect(convertUnit(300000, '户', '万户')).toMatchObject({ ok: true, value: 30 });
    expect(convertUnit(3, '万亿元', '亿元')).toMatchObject({ ok: true, value: 30000 });
  });

  it('refuses units of different kinds', () => {
    for (const [from, to] of [['万吨', '万亩'], ['%', '个'], ['万户', '万件'], ['克/千克', '克'], ['分', '%'], ['万亩', '万亩次'], ['亿斤', '万头']] as const) {
      expect(convertUnit(1, from, to), `${from} → ${to}`).toEqual({ ok: false });
    }
  });

  it('reads units as staff write them', () => {
    expect(normalizeUnit('（万吨）')).toBe('万吨');
    expect(normalizeUnit(' 万 吨 ')).toBe('万吨');
    expect(normalizeUnit('单位：万亩')).toBe('万亩');
    expect(normalizeUnit('％')).toBe('%');
    expect(convertUnit(5, '（万亩）', '万亩')).toMatchObject({ ok: true, value: 5 });
  });

  it('sums of yearly areas are area-times', () => {
    expect(cumulativeUnit('万亩')).toBe('万亩次');
    expect(cumulativeUnit('万吨')).toBe('万吨');
    expect(convertUnit(28000, cumulativeUnit('万亩'), '亿亩次')).toMatchObject({ ok: true, value: 2.8 });
  });

  it('a round trip through any convertible pair returns the value (property)', () => {
    const units = ['亩', '万亩', '亿亩', '公顷', '千公顷', '斤', '亿斤', '万吨', '吨', '千克', '%', '‰', '元', '亿元', '万元', '户', '万户'];
    fc.assert(fc.property(fc.constantFrom(...units), fc.constantFrom(...units), fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => Number(v.toFixed(3))), (from, to, value) => {
      const there = convertUnit(value, from, to);
      if (!there.ok) return;
      const back = convertUnit(there.value, to, from);
      expect(back.ok).toBe(true);
      if (back.ok) expect(back.value).toBeCloseTo(value, 6);
    }));
  });

  it('conversion is exact on decimal boundaries (property): n 亿斤 is exactly 5n 万吨', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (tenths) => {
      const jin = tenths / 10;
      const converted = convertUnit(jin * 5, '万吨', '亿斤');
      expect(converted).toMatchObject({ ok: true, value: jin });
    }));
  });
});
