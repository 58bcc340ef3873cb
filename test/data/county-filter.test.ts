import { isFiltering, selectCounties, zoneMembership } from '../../src/data/county-filter';
import { COUNTIES } from '../../src/data/regions';
import type { NormalizedRecord } from '../../src/data/schema';
import { loadEmbedded } from './helpers';

function zoneRecord(region: string, zone: string): NormalizedRecord {
  return { region, regionLevel: 'county', indicator: 'black-soil-zones.zone', indicatorName: '保护类型区', period: '2021-2025', kind: 'target', value: null, unit: '', zone, line: 2 };
}

describe('zoneMembership', () => {
  it('lists a county in two zones once per zone, in the plan order', () => {
    const membership = zoneMembership([zoneRecord('五常市', '水田'), zoneRecord('五常市', '平原旱田'), zoneRecord('五常市', '水田')]);
    expect(membership.get('五常市')).toEqual(['平原旱田', '水田']);
  });

  it('gives every one of the 39 counties a zone on the embedded data', () => {
    const membership = zoneMembership(loadEmbedded('black-soil-zones').records);
    expect(COUNTIES.filter((c) => (membership.get(c.name) ?? []).length === 0)).toEqual([]);
  });
});

describe('selectCounties', () => {
  const membership = zoneMembership([zoneRecord('五常市', '平原旱田'), zoneRecord('五常市', '水田'), zoneRecord('宾县', '坡耕地'), zoneRecord('肇东市', '风沙干旱')]);

  it('keeps all 39 when nothing is chosen', () => {
    const none = { counties: [], cities: [], zones: [] };
    expect(isFiltering(none)).toBe(false);
    expect(selectCounties(none, membership)).toHaveLength(39);
  });

  it('treats choices within a dimension as alternatives', () => {
    expect(selectCounties({ counties: ['宾县', '五常市'], cities: [], zones: [] }, membership)).toEqual(['宾县', '五常市']);
  });

  it('narrows across dimensions', () => {
    expect(selectCounties({ counties: [], cities: ['哈尔滨市'], zones: ['水田'] }, membership)).toEqual(['五常市']);
    expect(selectCounties({ counties: ['宾县'], cities: ['绥化市'], zones: [] }, membership)).toEqual([]);
  });

  it('matches a county in two zones under either', () => {
    expect(selectCounties({ counties: [], cities: [], zones: ['平原旱田'] }, membership)).toEqual(['五常市']);
  });
});
