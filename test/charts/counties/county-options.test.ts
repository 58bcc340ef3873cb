import { buildCityShareOption, toCityShares } from '../../../src/charts/counties/build-city-share-option';
import { buildCountyDetailOption } from '../../../src/charts/counties/build-county-detail-option';
import {
  buildMultiplesOption,
  cityPanels,
  multiplesLayout,
} from '../../../src/charts/counties/build-multiples-option';
import { buildRankingOption } from '../../../src/charts/counties/build-ranking-option';
import { colorGroups } from '../../../src/charts/counties/county-groups';
import { toCountyDetail } from '../../../src/charts/counties/county-detail-model';
import {
  rankedSelection,
  toCountyMetricModel,
  type CountyMetricModel,
} from '../../../src/charts/counties/county-model';
import { DARK_THEME, DEFAULT_SETTINGS, type ChartSettings } from '../../../src/charts/theme';
import { zoneMembership } from '../../../src/data/county-filter';
import { loadEmbedded } from '../../data/helpers';
import { all, categories, categoryItems, isItemObject, labelText, one, tooltipHtml } from '../option-access';

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

describe('colorGroups', () => {
  it('keeps zone colours fixed per zone type across charts and themes differ only by palette', () => {
    const model = embeddedModel();
    const a = colorGroups(rankedSelection(model, ['五常市', '宾县']), 'zone', DEFAULT_SETTINGS);
    const b = colorGroups(model.counties, 'zone', DEFAULT_SETTINGS);
    for (const group of a) expect(b.find((g) => g.key === group.key)?.color).toBe(group.color);
    const dark = colorGroups(model.counties, 'city', { ...DEFAULT_SETTINGS, theme: DARK_THEME });
    expect(dark.map((g) => g.color)).not.toContain('#000000');
  });
});

describe('city shares, multiples and detail options', () => {
  const model = embeddedModel();

  it('labels each city with value and share, the farm group drawn apart', () => {
    const shares = toCityShares(model, true);
    const option = buildCityShareOption(model, shares, DEFAULT_SETTINGS);
    const farmIndex = shares.findIndex((s) => s.isFarmGroup);
    const farmItem = one(option.series).data?.[farmIndex];
    expect(isItemObject(farmItem) ? farmItem.itemStyle?.borderType : undefined).toBe('dashed');
    const share = ((model.farmGroup ?? 0) / (model.total ?? 1)) * 100;
    expect(labelText(one(option.series).label, { dataIndex: farmIndex })).toContain(`${share.toFixed(1)}%`);
  });

  it('small multiples share one value scale across panels', () => {
    const panels = cityPanels(
      model,
      model.counties.map((c) => c.region),
    );
    const option = buildMultiplesOption(
      model,
      panels,
      multiplesLayout(panels, 3, DEFAULT_SETTINGS),
      DEFAULT_SETTINGS,
    );
    const max = Math.max(...model.counties.map((c) => c.value ?? 0));
    expect(panels).toHaveLength(9);
    expect(all(option.xAxis).every((axis) => axis.max === max)).toBe(true);
  });

  it('the detail chart plots the index to the mean and labels the value in its own unit', () => {
    const detail = toCountyDetail([model], '宾县', ['宾县', '巴彦县']);
    if (!detail) throw new Error('no detail');
    const option = buildCountyDetailOption(detail, DEFAULT_SETTINGS);
    const ratio = detail.rows[0]?.ratioToMean ?? NaN;
    expect(one(option.series).data?.[0]).toBeCloseTo(ratio * 100, 1);
    expect(labelText(one(option.series).label, { dataIndex: 0 })).toContain('万亩');
  });
});
