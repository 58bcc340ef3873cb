import { readFileSync } from 'node:fs';
import {
  CITY_BORDER,
  countyIndex,
  countyOfShape,
  joinShapes,
  readShapeProperties,
} from '../../../src/charts/map/map-join';
import { COUNTIES } from '../../../src/data/regions';

const features = readShapeProperties(
  JSON.parse(readFileSync('src/charts/map/heilongjiang.geo.json', 'utf8')),
);
const shapes = joinShapes(features);

describe('joinShapes on the committed asset', () => {
  it('matches each of the 39 key counties to exactly one shape', () => {
    for (const county of COUNTIES) {
      expect(
        shapes.filter((s) => s.county === county.name).map((s) => s.county),
        county.name,
      ).toEqual([county.name]);
    }
    expect(shapes.filter((s) => s.county !== null)).toHaveLength(39);
  });

  it('never gives two shapes one name (ECharts joins data by name), so no shape can stand for two counties', () => {
    expect(new Set(shapes.map((s) => s.name)).size).toBe(shapes.length);
  });

  it('goes through the registry aliases: the package still says 嫩江县 for 嫩江市', () => {
    expect(shapes.find((s) => s.name === '嫩江县')).toMatchObject({ city: '黑河市', county: '嫩江市' });
  });

  it('keeps the 13 prefectures and every county-level unit, the border as one line feature apart', () => {
    expect(new Set(shapes.map((s) => s.city)).size).toBe(13);
    expect(shapes).toHaveLength(129);
    expect(features.filter((f) => f.kind === 'city-border').map((f) => f.name)).toEqual([CITY_BORDER]);
    expect(shapes.some((s) => s.name === CITY_BORDER)).toBe(false);
    expect(
      shapes
        .filter((s) => s.name.endsWith('向阳区'))
        .map((s) => s.name)
        .sort(),
    ).toEqual(['佳木斯市向阳区', '鹤岗市向阳区']);
  });

  it('turns clicks on key counties into canonical names and ignores the others', () => {
    const index = countyIndex(shapes);
    expect(index.get('嫩江县')).toBe('嫩江市');
    expect(index.get('萨尔图区')).toBeUndefined();
    expect(index.size).toBe(39);
  });
});

describe('countyOfShape', () => {
  it("needs the shape's prefecture to agree with the registry", () => {
    expect(countyOfShape({ name: '宾县', city: '哈尔滨市' })).toBe('宾县');
    expect(countyOfShape({ name: '宾县', city: '大庆市' })).toBeNull();
    expect(countyOfShape({ name: '哈尔滨市', city: '哈尔滨市' })).toBeNull();
    expect(countyOfShape({ name: '呼兰县', city: '哈尔滨' })).toBe('呼兰区');
  });
});

describe('readShapeProperties', () => {
  it('refuses what is not a FeatureCollection of named features', () => {
    expect(() => readShapeProperties([])).toThrow(/FeatureCollection/);
    expect(() => readShapeProperties({ features: [{ properties: {} }] })).toThrow(/feature 0/);
  });
});
