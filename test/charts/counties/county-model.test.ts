import { rankedSelection, toCountyMetricModel } from '../../../src/charts/counties/county-model';
import { toCountyDetail } from '../../../src/charts/counties/county-detail-model';
import { toCityShares } from '../../../src/charts/counties/build-city-share-option';
import { cityPanels } from '../../../src/charts/counties/build-multiples-option';
import { zoneMembership } from '../../../src/data/county-filter';
import { COUNTIES } from '../../../src/data/regions';
import type { NormalizedRecord } from '../../../src/data/schema';
import { loadEmbedded } from '../../data/helpers';

const INDICATOR = 'black-soil-allocation.demo_area';

function rec(
  region: string | null,
  regionLevel: NormalizedRecord['regionLevel'],
  value: number | null,
): NormalizedRecord {
  return {
    region,
    regionLevel,
    indicator: INDICATOR,
    indicatorName: '示范区面积',
    period: '2021-2025',
    kind: 'target',
    value,
    unit: '万亩',
    line: 2,
  };
}

const small = [
  rec(null, 'total', 100),
  rec('哈尔滨市', 'city', 60),
  rec('北大荒农垦集团', 'farm-group', 40),
  rec('宾县', 'county', 10.5),
  rec('呼兰区', 'county', 30),
  rec('巴彦县', 'county', 10.5),
  rec('虎林市', 'county', 9),
];

describe('toCountyMetricModel', () => {
  const model = toCountyMetricModel(small, INDICATOR, new Map());

  it('ranks among counties only, ties sharing a rank, missing counties unranked', () => {
    const rankOf = (name: string): number | null | undefined =>
      model.counties.find((c) => c.region === name)?.rank;
    expect([rankOf('呼兰区'), rankOf('宾县'), rankOf('巴彦县'), rankOf('虎林市')]).toEqual([1, 2, 2, 4]);
    expect(rankOf('五常市')).toBeNull();
    expect(model.counties).toHaveLength(39);
  });

  it('keeps the farm group and 合计 apart, sums cities from counties, and keeps the printed precision', () => {
    expect(model.farmGroup).toBe(40);
    expect(model.total).toBe(100);
    expect(model.cityTotals.get('哈尔滨市')).toBe(51);
    expect(model.cityTotals.get('鸡西市')).toBe(9);
    expect(model.decimals).toBe(1);
  });

  it('falls back to counties + farm group when the table has no 合计', () => {
    const noTotal = toCountyMetricModel(
      small.filter((r) => r.regionLevel !== 'total'),
      INDICATOR,
      new Map(),
    );
    expect(noTotal.total).toBe(10.5 + 30 + 10.5 + 9 + 40);
  });

  it('a filter hides counties without re-ranking them', () => {
    expect(rankedSelection(model, ['巴彦县', '虎林市']).map((c) => [c.region, c.rank])).toEqual([
      ['巴彦县', 2],
      ['虎林市', 4],
    ]);
  });
});

describe('on the embedded 附件1 and zones', () => {
  const allocation = loadEmbedded('black-soil-allocation').records;
  const membership = zoneMembership(loadEmbedded('black-soil-zones').records);
  const model = toCountyMetricModel(allocation, INDICATOR, membership);

  it('city subtotals from counties equal the gazette city rows, and shares sum to 100%', () => {
    for (const [city, sum] of model.cityTotals) {
      const printed = allocation.find(
        (r) => r.indicator === INDICATOR && r.regionLevel === 'city' && r.region === city,
      )?.value;
      expect(sum, city).toBeCloseTo(printed ?? NaN, 6);
    }
    const shares = toCityShares(model, true);
    expect(shares.reduce((a, s) => a + (s.share ?? 0), 0)).toBeCloseTo(1, 6);
    expect(shares.filter((s) => s.isFarmGroup)).toHaveLength(1);
    expect(toCityShares(model, false).some((s) => s.isFarmGroup)).toBe(false);
  });

  it('the county detail gives rank, shares and the ratio to the mean of the counties shown', () => {
    const detail = toCountyDetail([model], '宾县', ['宾县', '巴彦县']);
    const row = detail?.rows[0];
    const bin = allocation.find((r) => r.indicator === INDICATOR && r.region === '宾县')?.value ?? NaN;
    const bayan = allocation.find((r) => r.indicator === INDICATOR && r.region === '巴彦县')?.value ?? NaN;
    const harbin = allocation.find((r) => r.indicator === INDICATOR && r.region === '哈尔滨市')?.value ?? NaN;
    expect(detail?.city).toBe('哈尔滨市');
    expect(detail?.zones).toEqual(['坡耕地']);
    expect(row?.meanOfShown).toBeCloseTo((bin + bayan) / 2, 9);
    expect(row?.ratioToMean).toBeCloseTo(bin / ((bin + bayan) / 2), 9);
    expect(row?.shareOfCity).toBeCloseTo(bin / harbin, 9);
    expect(row?.shareOfProvince).toBeCloseTo(bin / 5600, 9);
    expect(row?.rank).toBe(
      1 + COUNTIES.filter((c) => (model.counties.find((m) => m.region === c.name)?.value ?? 0) > bin).length,
    );
  });

  it('small multiples hold only the selected counties, grouped under their city', () => {
    const panels = cityPanels(model, ['宾县', '嫩江市', '北安市']);
    expect(panels.map((p) => [p.city, p.counties.map((c) => c.region)])).toEqual([
      ['哈尔滨市', ['宾县']],
      ['黑河市', ['嫩江市', '北安市']],
    ]);
  });

  it('gives no detail for a name that is not a key county', () => {
    expect(toCountyDetail([model], '<img src=x onerror=alert(1)>', [])).toBeNull();
  });
});
