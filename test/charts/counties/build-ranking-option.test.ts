import { buildRankingOption } from '../../../src/charts/counties/build-ranking-option';
import {
  rankedSelection,
  toCountyMetricModel,
  type CountyMetricModel,
} from '../../../src/charts/counties/county-model';
import { DEFAULT_SETTINGS, type ChartSettings } from '../../../src/charts/theme';
import { zoneMembership } from '../../../src/data/county-filter';
import { loadEmbedded } from '../../data/helpers';
import { all, categories, categoryItems, tooltipHtml } from '../option-access';

const INDICATOR = 'black-soil-allocation.demo_area';
const EN: ChartSettings = { ...DEFAULT_SETTINGS, lang: 'en' };

function embeddedModel(): CountyMetricModel {
  const membership = zoneMembership(loadEmbedded('black-soil-zones').records);
  return toCountyMetricModel(loadEmbedded('black-soil-allocation').records, INDICATOR, membership);
}

describe('buildRankingOption', () => {
  const model = embeddedModel();
  const items = rankedSelection(model, ['宾县', '巴彦县', '五常市']);

  it('draws exactly the selected counties, largest first, one stacked series per city', () => {
    const option = buildRankingOption({ model, items, colorBy: 'city', selected: '宾县' }, DEFAULT_SETTINGS);
    expect(categories(option.yAxis)).toEqual(items.map((c) => c.region));
    expect(all(option.series).map((s) => s.name)).toEqual(['哈尔滨市']);
    const bold = categoryItems(option.yAxis).find(
      (d) => typeof d === 'object' && d.textStyle?.fontWeight === 'bold',
    );
    expect(typeof bold === 'object' ? bold.value : bold).toBe('宾县');
  });

  it('by zone, a county in two zone types gets its own combined group', () => {
    const option = buildRankingOption({ model, items, colorBy: 'zone', selected: null }, DEFAULT_SETTINGS);
    expect(
      all(option.series)
        .map((s) => s.name)
        .sort(),
    ).toEqual(['坡耕地', '平原旱田＋水田', '平原旱田'].sort());
    const combined = all(option.series).find((s) => s.name === '平原旱田＋水田');
    expect(combined?.data?.filter((v) => v !== null)).toEqual([
      model.counties.find((c) => c.region === '五常市')?.value,
    ]);
  });

  it('labels in English use pinyin and translated units; tooltips escape', () => {
    const hostile = { ...model, unit: '<img src=x onerror=alert(1)>' };
    const option = buildRankingOption({ model: hostile, items, colorBy: 'city', selected: null }, EN);
    expect(categories(option.yAxis)).toContain('Binxian');
    const tip = tooltipHtml(option, { dataIndex: 0 });
    expect(tip).not.toContain('<img');
    expect(tip).toContain('&lt;img');
    expect(tip).toContain('rank');
  });
});
