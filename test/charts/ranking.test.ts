import { readFileSync } from 'node:fs';
import { buildRankingOption, cityColor } from '../../src/charts/build-ranking-option';
import { toRankingModel } from '../../src/charts/ranking-model';
import { loadCsvBytes } from '../../src/data/pipeline';
import type { NormalizedRecord } from '../../src/data/schema';

const INDICATOR = 'black-soil-allocation.demo_area';

function rec(region: string | null, regionLevel: NormalizedRecord['regionLevel'], value: number): NormalizedRecord {
  return { region, regionLevel, indicator: INDICATOR, indicatorName: '示范区面积', period: '2021-2025', kind: 'target', value, unit: '万亩', line: 2 };
}

describe('toRankingModel', () => {
  it('ranks counties only, ties sharing a rank, and keeps the farm group and total apart', () => {
    const model = toRankingModel([
      rec(null, 'total', 100), rec('哈尔滨市', 'city', 60), rec('北大荒农垦集团', 'farm-group', 40),
      rec('宾县', 'county', 10), rec('呼兰区', 'county', 30), rec('巴彦县', 'county', 10),
    ], INDICATOR);
    expect(model.counties.map((c) => [c.region, c.rank])).toEqual([['呼兰区', 1], ['宾县', 2], ['巴彦县', 2]]);
    expect(model.counties[0]?.city).toBe('哈尔滨市');
    expect(model.farmGroup).toBe(40);
    expect(model.total).toBe(100);
  });

  it('on the embedded 附件1 ranks all 39 counties, 嫩江市 first', () => {
    const result = loadCsvBytes(new Uint8Array(readFileSync('data/black-soil-allocation.csv')));
    const model = toRankingModel(result.records, INDICATOR);
    expect(model.counties).toHaveLength(39);
    const max = Math.max(...model.counties.map((c) => c.value));
    expect(model.counties[0]).toMatchObject({ rank: 1, value: max });
    expect(model.counties.some((c) => c.region === '北大荒农垦集团')).toBe(false);
  });
});

describe('buildRankingOption', () => {
  const model = toRankingModel([rec('<b>x</b>', 'county', 5), rec('宾县', 'county', 10), rec('嫩江市', 'county', 7)], INDICATOR);
  interface Opt { yAxis: { data: string[] }; series: Array<{ name: string; data: Array<number | null>; itemStyle: { color: string } }>; tooltip: { formatter: (p: { dataIndex: number }) => string } }
  const option = buildRankingOption(model) as unknown as Opt;

  it('has one stacked series per city present, each county in exactly one', () => {
    expect(option.series.map((s) => s.name)).toEqual(['哈尔滨市', '黑河市']);
    expect(option.yAxis.data).toEqual(['宾县', '嫩江市', '<b>x</b>']);
    const filled = option.yAxis.data.map((_, i) => option.series.filter((s) => s.data[i] !== null).length);
    expect(filled).toEqual([1, 1, 0]);
    expect(option.series[1]?.itemStyle.color).toBe(cityColor('黑河市'));
  });

  it('escapes region names in the tooltip', () => {
    expect(option.tooltip.formatter({ dataIndex: 2 })).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
