import { readFileSync } from 'node:fs';
import { toMetricMapModel, toZoneMapModel, zoneMapModelOf } from '../../../src/charts/map/map-model';
import { loadCsvBytes } from '../../../src/data/pipeline';

function load(file: string): ReturnType<typeof loadCsvBytes>['records'] {
  return loadCsvBytes(new Uint8Array(readFileSync(`data/${file}`))).records;
}

describe('toMetricMapModel', () => {
  const model = toMetricMapModel(load('black-soil-allocation.csv'), 'black-soil-allocation.demo_area');

  it('has the 39 counties in registry order, ranked, and the farm group apart', () => {
    expect(model.counties).toHaveLength(39);
    expect(model.counties[0]).toMatchObject({ region: '呼兰区', city: '哈尔滨市' });
    expect(model.counties.find((c) => c.region === '嫩江市')?.rank).toBe(1);
    expect(model.farmGroup).toBe(1144);
    expect(model.unit).toBe('万亩');
  });

  it('leaves a county without a value unranked', () => {
    const partial = toMetricMapModel(
      load('black-soil-allocation.csv').filter((r) => r.region !== '宾县'),
      'black-soil-allocation.demo_area',
    );
    expect(partial.counties.find((c) => c.region === '宾县')).toMatchObject({ value: null, rank: null });
  });
});

describe('toZoneMapModel', () => {
  const model = toZoneMapModel(load('black-soil-zones.csv'));

  it("keeps both zones of a county in two, in the plan's order", () => {
    expect(model.counties.find((c) => c.region === '五常市')?.zones).toEqual(['平原旱田', '水田']);
    expect(model.counties.find((c) => c.region === '宾县')?.zones).toEqual(['坡耕地']);
    expect(model.farmGroupZones).toEqual(['平原旱田', '水田']);
  });

  it('is the same from a membership the county views already hold', () => {
    const membership = new Map([
      ['五常市', ['平原旱田', '水田']],
      ['北大荒农垦集团', ['水田']],
    ]);
    const fromMembership = zoneMapModelOf(membership);
    expect(fromMembership.counties.find((c) => c.region === '五常市')?.zones).toEqual(['平原旱田', '水田']);
    expect(fromMembership.counties.find((c) => c.region === '宾县')?.zones).toEqual([]);
    expect(fromMembership.farmGroupZones).toEqual(['水田']);
  });
});
