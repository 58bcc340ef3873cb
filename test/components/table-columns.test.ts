import type { TableColumn } from '../../src/components/data-table';
import {
  attributeColumn,
  comparatorColumn,
  indicatorColumn,
  percentColumn,
  regionColumn,
  unitColumn,
} from '../../src/components/table-columns';
import type { CsvCell } from '../../src/data/csv-export';

interface Row {
  readonly indicator: string;
  readonly name: string;
  readonly comparator?: string;
  readonly unit: string;
  readonly attribute?: string;
  readonly ratio: number | null;
}

const KNOWN: Row = {
  indicator: 'black-soil-targets.hsf_new',
  name: '新建黑土地高标准农田',
  comparator: '达到',
  unit: '万亩',
  attribute: '约束性',
  ratio: 0.1234,
};
const UNKNOWN: Row = { indicator: 'imported.x', name: '自定义指标', unit: '公顷', ratio: null };

function cells(column: TableColumn<Row>, row: Row): [CsvCell, string | undefined] {
  return [column.value(row), column.display?.(row)];
}

describe('shared table columns', () => {
  it('names the indicator in the language of the page, keeps Chinese in the CSV and heads the row', () => {
    const en = indicatorColumn<Row>(
      'en',
      'Indicator',
      (r) => r.indicator,
      (r) => r.name,
    );
    expect(cells(en, KNOWN)).toEqual(['新建黑土地高标准农田', 'New black-soil high-standard farmland']);
    expect(cells(en, UNKNOWN)).toEqual(['自定义指标', '自定义指标']);
    expect(en).toMatchObject({ id: 'name', header: 'Indicator', rowHeader: true, data: true });
    const zh = indicatorColumn<Row>(
      'zh',
      '指标',
      (r) => r.indicator,
      (r) => r.name,
    );
    expect(cells(zh, KNOWN)).toEqual(['新建黑土地高标准农田', '新建黑土地高标准农田']);
  });

  it('translates comparators and units on screen only; a missing comparator is an empty cell', () => {
    const comparator = comparatorColumn<Row>('en', 'Comparator', (r) => r.comparator);
    expect(cells(comparator, KNOWN)).toEqual(['达到', 'reach']);
    expect(cells(comparator, UNKNOWN)).toEqual(['', '']);
    const unit = unitColumn<Row>('en', 'Unit', (r) => r.unit);
    expect(cells(unit, KNOWN)).toEqual(['万亩', '10k mu']);
    // A unit the glossary does not know stays Chinese, so the column is data (marked lang="zh").
    expect(cells(unit, UNKNOWN)).toEqual(['公顷', '公顷']);
    expect(unit.data).toBe(true);
  });

  it('keeps a region’s canonical Chinese name in the CSV and shows its English name on screen', () => {
    const column = regionColumn<{ readonly city: string }>('en', 'city', 'City', (r) => r.city);
    expect(column.value({ city: '哈尔滨市' })).toBe('哈尔滨市');
    expect(column.display?.({ city: '哈尔滨市' })).toBe('Harbin');
    expect(column).toMatchObject({ id: 'city', header: 'City' });
    expect(column.rowHeader).toBeUndefined();
  });

  it('shows 约束性 as binding in English and nothing where the plan says neither', () => {
    const column = attributeColumn<Row>('en', 'Attribute', (r) => r.attribute);
    expect(cells(column, KNOWN)).toEqual(['约束性', 'binding']);
    expect(cells(column, UNKNOWN)).toEqual(['', '']);
    expect(
      cells(
        attributeColumn<Row>('zh', '属性', (r) => r.attribute),
        KNOWN,
      ),
    ).toEqual(['约束性', '约束性']);
  });

  it('exports a ratio as its percent to one decimal and shows it signed, or — when there is none', () => {
    const column = percentColumn<Row>('ratio', 'Change %', (r) => r.ratio);
    expect(cells(column, KNOWN)).toEqual([12.3, '+12.3%']);
    expect(cells(column, { ...KNOWN, ratio: -0.05 })).toEqual([-5, '-5.0%']);
    expect(cells(column, UNKNOWN)).toEqual([null, '—']);
    expect(column).toMatchObject({ id: 'ratio', numeric: true });
  });
});
