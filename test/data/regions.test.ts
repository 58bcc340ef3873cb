import { describe, expect, it } from 'vitest';
import {
  ALL_REGIONS, CITIES, COUNTIES, FARM_GROUP, TOTAL, countiesOf, regionByName, resolveRegion, suggestRegion,
} from '../../src/data/regions';
import { cellsOf, dataText, lines } from './helpers';

describe('the region model', () => {
  it('holds 9 cities, 39 counties each under one of them, the farm group and 合计', () => {
    expect(CITIES).toHaveLength(9);
    expect(COUNTIES).toHaveLength(39);
    expect(new Set(COUNTIES.map((c) => c.name)).size).toBe(39);
    for (const county of COUNTIES) expect(CITIES.map((c) => c.name)).toContain(county.city);
    expect(ALL_REGIONS).toEqual([TOTAL, ...CITIES, ...COUNTIES, FARM_GROUP]);
    expect(CITIES.reduce((n, city) => n + countiesOf(city.name).length, 0)).toBe(COUNTIES.length);
  });

  it('agrees with the embedded allocation table on which county belongs to which city', () => {
    const rows = lines(dataText('black-soil-allocation.csv')).slice(1).map((l) => cellsOf(l));
    const counties = rows.filter((cells) => (cells[1] ?? '') !== '');
    expect(counties.map(([name, city]) => [name, city])).toEqual(COUNTIES.map((c) => [c.name, c.city]));
  });

  it('resolves every canonical name, English name and city-prefixed name to its own region', () => {
    for (const region of ALL_REGIONS) {
      expect(resolveRegion(region.name)).toBe(region);
      expect(resolveRegion(region.en.toUpperCase())).toBe(region);
      expect(regionByName(region.name)).toBe(region);
    }
    for (const county of COUNTIES) {
      expect(resolveRegion(`${county.city ?? ''}${county.name}`)).toBe(county);
      expect(resolveRegion(`${(county.city ?? '').replace(/市$/, '')} ${county.name}`)).toBe(county);
    }
  });

  it.each([
    ['宾 县', '宾县'], ['宾\u3000县', '宾县'], ['\ufeff宾县', '宾县'], ['哈尔滨市呼兰区', '呼兰区'], ['呼兰', '呼兰区'],
    ['嫩江县', '嫩江市'], ['黑河市嫩江县', '嫩江市'], ['北大荒农垦 集团有限公司', '北大荒农垦集团'], ['北大荒农垦集团有限公司', '北大荒农垦集团'],
    ['北大荒', '北大荒农垦集团'], ['全省', '合计'], ['齐齐哈尔', '齐齐哈尔市'], ['双城市', '双城区'],
  ])('resolves the variant %j to %j', (raw, name) => {
    expect(resolveRegion(raw)?.name).toBe(name);
  });

  it('registers no one-character short form and no unknown place', () => {
    expect(resolveRegion('宾')).toBeNull();
    expect(resolveRegion('松原市')).toBeNull();
    expect(resolveRegion('')).toBeNull();
  });
});

describe('suggestRegion', () => {
  it('suggests the canonical name one character away', () => {
    expect(suggestRegion('尚智市')).toBe('尚志市');
    expect(suggestRegion('海仑市')).toBe('海伦市');
  });

  it('suggests nothing for a far name or an empty cell', () => {
    expect(suggestRegion('松原市')).toBeNull();
    expect(suggestRegion('  ')).toBeNull();
  });
});
