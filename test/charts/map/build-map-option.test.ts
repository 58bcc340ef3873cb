import { readFileSync } from 'node:fs';
import { buildMapOption } from '../../../src/charts/map/build-map-option';
import { CITY_BORDER, type MapShape } from '../../../src/charts/map/map-join';
import { toZoneMapModel, type MetricMapModel } from '../../../src/charts/map/map-model';
import { contrastRatio } from '../../../src/charts/contrast';
import { METRIC_RAMP, outsideColor, rampColor } from '../../../src/charts/counties/county-colors';
import {
  DARK_THEME,
  DEFAULT_SETTINGS,
  LIGHT_THEME,
  WALL_TYPE,
  type ChartSettings,
} from '../../../src/charts/theme';
import type { MapChartOption } from '../../../src/charts/chart-option';
import { loadCsvBytes } from '../../../src/data/pipeline';
import { isItemObject, labelText, one, tooltipHtml, visualPieces } from '../option-access';

const HOSTILE = '<img src=x onerror=alert(1)>';
const EN: ChartSettings = { ...DEFAULT_SETTINGS, lang: 'en' };

const SHAPES: MapShape[] = [
  { name: '五常市', city: '哈尔滨市', county: '五常市' },
  { name: '嫩江县', city: '黑河市', county: '嫩江市' },
  { name: '宾县', city: '哈尔滨市', county: '宾县' },
  { name: '萨尔图区', city: '大庆市', county: null },
];

const METRIC: MetricMapModel = {
  mode: 'metric',
  indicator: 'black-soil-allocation.demo_area',
  name: '示范区面积',
  unit: '万亩',
  decimals: 1,
  counties: [
    { region: '五常市', city: '哈尔滨市', value: 165.3, rank: 2 },
    { region: '嫩江市', city: '黑河市', value: 232.5, rank: 1 },
    { region: '宾县', city: '哈尔滨市', value: null, rank: null },
  ],
  farmGroup: 1144,
};

function build(...args: Parameters<typeof buildMapOption>): MapChartOption {
  return buildMapOption(...args);
}

function item(option: MapChartOption, name: string) {
  for (const d of one(option.series).data ?? []) if (isItemObject(d) && d.name === name) return d;
  return undefined;
}

/** An item's value as the index of its visualMap piece (-1 where it has none). */
function pieceIndex(value: unknown): number {
  return typeof value === 'number' ? value : -1;
}

describe('buildMapOption: metric choropleth', () => {
  const option = build(METRIC, SHAPES, DEFAULT_SETTINGS, null);

  it("puts each key county's value on its shape and spans the visualMap over them", () => {
    expect(one(option.series).map).toBe('heilongjiang');
    expect(item(option, '嫩江县')?.value).toBe(232.5);
    expect(item(option, '五常市')?.value).toBe(165.3);
    expect(one(option.visualMap)).toMatchObject({
      type: 'continuous',
      min: 165.3,
      max: 232.5,
      text: ['232.5 万亩', '165.3 万亩'],
    });
  });

  it('draws counties outside the 39 (and key counties without a value) in the neutral grey, unlabelled', () => {
    expect(item(option, '萨尔图区')?.value).toBeNaN();
    expect(item(option, '萨尔图区')?.label?.show).toBe(false);
    expect(item(option, '宾县')?.value).toBeNaN();
    expect(one(option.series).itemStyle?.areaColor).toBe(LIGHT_THEME.neutral);
    expect(one(option.visualMap).outOfRange?.color).toBe(LIGHT_THEME.neutral);
    // On the dark wall the theme's slate grey sat next to the scale's dark end: a lighter grey there.
    expect(
      one(build(METRIC, SHAPES, { ...DEFAULT_SETTINGS, theme: DARK_THEME }, null).visualMap).outOfRange
        ?.color,
    ).toBe(outsideColor(DARK_THEME));
    expect(
      contrastRatio(outsideColor(DARK_THEME), METRIC_RAMP[METRIC_RAMP.length - 1] ?? ''),
    ).toBeGreaterThan(3);
    expect(one(option.title).text).toContain('39 个重点县之外');
  });

  it('runs the scale one way on the light page and the dark wall: more is darker', () => {
    const wall = build(METRIC, SHAPES, { lang: 'zh', theme: DARK_THEME, type: WALL_TYPE }, null, 'wall');
    expect(one(option.visualMap).inRange?.color).toEqual([...METRIC_RAMP]);
    expect(one(wall.visualMap).inRange?.color).toEqual([...METRIC_RAMP]);
  });

  it("colours each name to read at 4.5:1 on its county's fill, with the fill as its halo", () => {
    for (const settings of [DEFAULT_SETTINGS, { lang: 'zh' as const, theme: DARK_THEME, type: WALL_TYPE }]) {
      const built = build(METRIC, SHAPES, settings, null, 'wall');
      for (const [shape, fill] of [
        ['嫩江县', rampColor(232.5, 165.3, 232.5)],
        ['五常市', rampColor(165.3, 165.3, 232.5)],
        ['宾县', outsideColor(settings.theme)],
      ] as const) {
        const label = item(built, shape)?.label;
        expect(label?.textBorderColor).toBe(fill);
        expect(contrastRatio(label?.color ?? '', fill)).toBeGreaterThanOrEqual(4.5);
      }
    }
    // The dark end takes white, the light end black.
    expect(item(option, '嫩江县')?.label?.color).toBe('#ffffff');
    expect(item(option, '五常市')?.label?.color).toBe('#000000');
  });

  it('puts the legend beside the shapes on the wall, under them on a page', () => {
    const wall = build(METRIC, SHAPES, { lang: 'zh', theme: DARK_THEME, type: WALL_TYPE }, null, 'wall');
    expect(one(wall.visualMap).right).toBe(8);
    expect(one(option.visualMap).left).toBe(8);
  });

  it('draws the city borders as one silent line on top, thicker than county lines', () => {
    const data = one(option.series).data ?? [];
    expect(data.at(-1)).toMatchObject({ name: CITY_BORDER, silent: true });
    const border = data.at(-1);
    expect(isItemObject(border) ? border.itemStyle?.borderWidth : undefined).toBeGreaterThan(0.6);
  });

  it('tooltips name, value with unit, rank and city', () => {
    expect(tooltipHtml(option, { name: '嫩江县' })).toBe(
      '<strong>嫩江市（黑河市）</strong><br/>示范区面积：232.5 万亩<br/>第 1 名 / 2 个重点县',
    );
    expect(tooltipHtml(option, { name: '宾县' })).toContain('无数据');
    expect(tooltipHtml(option, { name: '萨尔图区' })).toBe(
      '<strong>萨尔图区（大庆市）</strong><br/>不在 39 个重点县之列',
    );
    expect(tooltipHtml(option, {})).toBe('');
  });

  it('escapes every data-driven string in the tooltip', () => {
    const hostile: MetricMapModel = {
      ...METRIC,
      name: HOSTILE,
      unit: HOSTILE,
      counties: [{ region: HOSTILE, city: HOSTILE, value: 1, rank: 1 }],
    };
    const shapes: MapShape[] = [
      { name: HOSTILE, city: HOSTILE, county: HOSTILE },
      { name: '<b>x</b>', city: HOSTILE, county: null },
    ];
    const tips = build(hostile, shapes, DEFAULT_SETTINGS, null);
    for (const name of [HOSTILE, '<b>x</b>']) {
      const html = tooltipHtml(tips, { name });
      expect(html).not.toMatch(/<img|<b>/);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('speaks English: county, city, indicator and unit labels', () => {
    const en = build(METRIC, SHAPES, EN, null);
    expect(tooltipHtml(en, { name: '嫩江县' })).toBe(
      '<strong>Nenjiang (Heihe)</strong><br/>Demonstration area: 232.5 10k mu<br/>Rank 1 of 2 key counties',
    );
    expect(labelText(one(en.series).label, { name: '五常市' })).toBe('Wuchang');
    expect(one(en.visualMap).text).toEqual(['232.5 10k mu', '165.3 10k mu']);
    expect(one(en.title).text).toContain('Outside the 39 key counties');
  });

  it('outlines the selected county, by its canonical name', () => {
    const selected = build(METRIC, SHAPES, DEFAULT_SETTINGS, '嫩江市');
    expect(item(selected, '嫩江县')?.itemStyle?.borderWidth).toBeGreaterThanOrEqual(3.5);
    expect(item(selected, '嫩江县')?.label?.fontWeight).toBe('bold');
    expect(item(selected, '五常市')?.itemStyle?.borderWidth).toBeUndefined();
  });
});

describe('buildMapOption: zone types', () => {
  const model = toZoneMapModel(
    loadCsvBytes(new Uint8Array(readFileSync('data/black-soil-zones.csv'))).records,
  );
  const option = build(model, SHAPES, DEFAULT_SETTINGS, null);
  const pieces = visualPieces(option);

  it('gives a county in two zone types its own category, colour and stripes', () => {
    expect(pieces.map((p) => p.label)).toEqual([
      '平原旱田',
      '坡耕地',
      '风沙干旱',
      '平原旱田＋水田',
      '坡耕地＋水田',
    ]);
    expect(new Set(pieces.map((p) => p.color)).size).toBe(pieces.length);
    const wuchang = item(option, '五常市');
    expect(pieces[pieceIndex(wuchang?.value)]?.label).toBe('平原旱田＋水田');
    expect(wuchang?.itemStyle?.decal).toBeDefined();
    expect(item(option, '宾县')?.itemStyle?.decal).toBeUndefined();
    expect(pieces[pieceIndex(item(option, '宾县')?.value)]?.label).toBe('坡耕地');
  });

  it('keeps counties outside the 39 grey and tooltips the zones', () => {
    expect(item(option, '萨尔图区')?.value).toBeNaN();
    expect(one(option.visualMap).outOfRange?.color).toBe(LIGHT_THEME.neutral);
    expect(tooltipHtml(option, { name: '五常市' })).toBe(
      '<strong>五常市（哈尔滨市）</strong><br/>保护类型区：平原旱田＋水田',
    );
  });

  it('translates zone names in the legend and tooltip', () => {
    const en = build(model, SHAPES, EN, '五常市');
    expect(visualPieces(en).map((p) => p.label)).toContain('Plain dryland＋Paddy');
    expect(tooltipHtml(en, { name: '五常市' })).toContain('Protection zone: Plain dryland＋Paddy');
    expect(item(en, '五常市')?.itemStyle).toMatchObject({ borderWidth: 3.5 });
    expect(item(en, '五常市')?.itemStyle?.decal).toBeDefined();
  });
});
