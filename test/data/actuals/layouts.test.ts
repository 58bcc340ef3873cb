import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessInputsOf, targetRefsOf } from '../../../src/data/assess/tables';
import { errorsOf, warningsOf } from '../../../src/data/issues';
import { canApply, planImport } from '../../../src/data/import/import-plan';
import { loadCsvBytes, loadCsvText } from '../../../src/data/pipeline';
import { DATASETS } from '../../../src/data/registry';
import { encodeGbk } from '../../support/gbk';
import { perCountyActualsCsv, wideActualsCsv } from '../../support/statistics-actuals';
import { DATA_DIR, utf8 } from '../helpers';

const loaded = DATASETS.map((spec) => ({ spec, records: loadCsvBytes(new Uint8Array(readFileSync(join(DATA_DIR, spec.file))), { datasetId: spec.id }).records }));
const targets = targetRefsOf(assessInputsOf(loaded).tables);
const allocation = new Map(loaded.find((d) => d.spec.id === 'black-soil-allocation')?.records
  .filter((r) => r.indicator === 'black-soil-allocation.demo_area' && r.regionLevel === 'county')
  .map((r) => [r.region ?? '', r.value ?? 0]) ?? []);

describe('the statistics office wide layout (GBK, title row)', () => {
  const result = loadCsvBytes(encodeGbk(wideActualsCsv(allocation)), { targets });

  it('is read as actual values, matched by name, with no error', () => {
    expect(result.dataset?.id).toBe('progress-actuals');
    expect(result.encoding).toBe('gb18030');
    expect(errorsOf(result.issues)).toEqual([]);
    expect(warningsOf(result.issues)).toEqual([]);
  });

  it('one row per indicator × region × year, the target id and name written in', () => {
    const grain = result.rows.filter((r) => r.values.name === '粮食产量');
    expect(grain.map((r) => [r.values.indicator, r.values.period, r.values.actual, r.values.unit, r.line])).toEqual([
      ['grain-livestock-2022.grain_output', '2021', 7867.7, '万吨', 3],
      ['grain-livestock-2022.grain_output', '2022', 7763.1, '万吨', 3],
      ['grain-livestock-2022.grain_output', '2023', 7788.2, '万吨', 3],
      ['grain-livestock-2022.grain_output', '2024', 8001, '万吨', 3],
      ['grain-livestock-2022.grain_output', '2025', 8005.2, '万吨', 3],
    ]);
    // The unit in the name's brackets; `—` and blank are "not reported".
    expect(result.rows.find((r) => r.values.indicator === 'ip-indicators.valid_trademarks' && r.values.period === '2025')?.values).toMatchObject({ actual: 58.3, unit: '万件', name: '有效注册商标数量' });
    expect(result.rows.filter((r) => r.values.indicator === 'ip-indicators.ip_pledge_financing').map((r) => r.values.period)).toEqual(['2021', '2022']);
    // County rows: the whole-period column, the region resolved.
    const bin = result.rows.find((r) => r.values.region === '宾县');
    expect(bin?.values).toMatchObject({ indicator: 'black-soil-allocation.demo_area', period: '2021-2025', unit: '万亩' });
    expect(bin?.region?.level).toBe('county');
  });
});

describe('the per-county layout of a region-keyed task', () => {
  it('行政区域 | 2021—2025年累计完成示范区面积（万亩）: name, period and unit from the header', () => {
    const result = loadCsvBytes(utf8(perCountyActualsCsv([['宾县', '112.5'], ['巴 彦 县', '100'], ['合计', '5480']])), { targets });
    expect(errorsOf(result.issues)).toEqual([]);
    expect(result.rows.map((r) => [r.values.region, r.values.name, r.values.period, r.values.actual, r.values.unit])).toEqual([
      ['宾县', '示范区面积', '2021-2025', 112.5, '万亩'],
      ['巴彦县', '示范区面积', '2021-2025', 100, '万亩'],
      [null, '示范区面积', '2021-2025', 5480, '万亩'],
    ]);
  });

  it('an unknown county is an error naming the cell, with a suggestion', () => {
    const result = loadCsvBytes(utf8(perCountyActualsCsv([['宾彦县', '1']])), { targets });
    expect(errorsOf(result.issues)).toEqual([expect.objectContaining({ code: 'unknown-region', line: 3, column: 1, cell: '宾彦县' })]);
  });
});

describe('names and units that do not fit', () => {
  const wide = (rows: readonly string[]): Uint8Array => utf8(['指标名称,单位,2021年,2022年', ...rows].join('\n'));

  it('a name no plan has: error naming line and column, with 是否为…？', () => {
    const result = loadCsvBytes(wide(['粮食总产量,万吨,7867.7,7763.1']), { targets });
    const [error] = errorsOf(result.issues);
    expect(error).toMatchObject({ line: 2, column: 1, cell: '粮食总产量' });
    expect(error?.message_zh).toContain('是否为“粮食产量”');
  });

  it('a unit with no exact factor to the target: error naming the unit cell', () => {
    const result = loadCsvBytes(wide(['粮食产量,万亩,7867.7,7763.1']), { targets });
    expect(errorsOf(result.issues).map((i) => [i.line, i.column, i.cell])).toEqual([[2, 2, '万亩']]);
    expect(errorsOf(result.issues)[0]?.message_zh).toContain('亿斤');
  });

  it('a blank unit is a warning; a % written in a 件 row an error; a word where a number goes an error', () => {
    const result = loadCsvBytes(wide(['粮食产量,,7867.7,', '地理标志商标,件,5%,', '生猪出栏,万头,很多,2097.8']), { targets });
    expect(warningsOf(result.issues).map((i) => [i.code, i.line])).toEqual([['missing-cell', 2]]);
    expect(errorsOf(result.issues).map((i) => [i.code, i.line, i.column])).toEqual([['type-error', 3, 3], ['type-error', 4, 3]]);
  });

  it('a `单位：亩` line above the table is the unit of rows that state none (never read as the target’s)', () => {
    const text = ['保护性耕作实施情况统计表', '单位：亩', '行政区域,指标名称,2021年,2022年', '呼兰区,保护性耕作每年实施面积,840000,850000'].join('\n');
    const result = loadCsvBytes(encodeGbk(text), { targets });
    expect(errorsOf(result.issues)).toEqual([]);
    expect(result.rows.map((r) => [r.values.region, r.values.period, r.values.actual, r.values.unit, r.line])).toEqual([
      ['呼兰区', '2021', 840000, '亩', 4],
      ['呼兰区', '2022', 850000, '亩', 4],
    ]);
    const county = loadCsvBytes(utf8(['（单位：万吨）', '行政区域,2021年保护性耕作实施面积', '呼兰区,84'].join('\n')), { targets });
    expect(errorsOf(county.issues).map((i) => [i.code, i.line])).toEqual([['constraint-error', 3]]);
    const seeRows = loadCsvBytes(utf8(['单位：见各行', '指标名称,单位,2022年', '粮食产量,亿斤,1552.6'].join('\n')), { targets });
    expect(seeRows.rows[0]?.values).toMatchObject({ actual: 1552.6, unit: '亿斤' });
  });

  it('the long layout too: a blank 单位 under a `单位：万吨` line is 万吨, converted to 亿斤', () => {
    const text = ['全省主要指标完成情况', '单位：万吨', '指标名称,行政区域,年份,实际值,单位', '粮食产量,全省,2022,7763.1,', '生猪出栏,全省,2022,2097.8,万头'].join('\n');
    const result = loadCsvBytes(encodeGbk(text), { targets });
    expect(errorsOf(result.issues)).toEqual([]);
    expect(result.rows.map((r) => [r.values.indicator, r.values.actual, r.values.unit])).toEqual([
      ['grain-livestock-2022.grain_output', 7763.1, '万吨'],
      ['grain-livestock-2022.hog_output', 2097.8, '万头'],
    ]);
  });

  it('a reporting year written 2021年度 is that year, in every layout (not 度… in the name)', () => {
    const wideFile = loadCsvBytes(utf8(['指标名称,单位,2021年度,2022年度', '粮食产量,万吨,7867.7,7763.1'].join('\n')), { targets });
    expect(wideFile.rows.map((r) => [r.values.period, r.values.actual])).toEqual([['2021', 7867.7], ['2022', 7763.1]]);
    const county = loadCsvBytes(utf8(['行政区域,2021年度保护性耕作每年实施面积（万亩）', '呼兰区,84'].join('\n')), { targets });
    expect(errorsOf(county.issues)).toEqual([]);
    expect(county.rows[0]?.values).toMatchObject({ name: '保护性耕作每年实施面积', period: '2021', actual: 84 });
    const long = loadCsvBytes(utf8(['指标名称,行政区域,年份,实际值,单位', '粮食产量,,2022年度,1552.6,亿斤'].join('\n')), { targets });
    expect(errorsOf(long.issues)).toEqual([]);
    expect(long.rows[0]?.values).toMatchObject({ period: '2022', actual: 1552.6 });
  });

  it.each([
    ['实际完成值 merged over the years', ['主要指标完成情况', '指标名称,单位,实际完成值,', ',,2021年,2022年', '粮食产量,万吨,7867.7,7763.1']],
    ['实际值 under each year', ['主要指标完成情况', '指标名称,单位,2021年,2022年', ',,实际值,实际值', '粮食产量,万吨,7867.7,7763.1']],
  ])('a two-row header exported to CSV (%s) reads as the workbook does', (_kind, text) => {
    const result = loadCsvBytes(encodeGbk(text.join('\r\n')), { targets });
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => [r.values.indicator, r.values.period, r.values.actual, r.line])).toEqual([
      ['grain-livestock-2022.grain_output', '2021', 7867.7, 4],
      ['grain-livestock-2022.grain_output', '2022', 7763.1, 4],
    ]);
  });

  it('a per-county two-row header: the indicator (and its unit) over the years', () => {
    const text = ['2021-2022年保护性耕作完成情况', '行政区域,保护性耕作每年实施面积（万亩）,', ',2021年,2022年', '呼兰区,84,85'].join('\n');
    const result = loadCsvBytes(utf8(text), { targets });
    expect(errorsOf(result.issues)).toEqual([]);
    expect(result.rows.map((r) => [r.values.region, r.values.name, r.values.period, r.values.actual, r.values.unit])).toEqual([
      ['呼兰区', '保护性耕作每年实施面积', '2021', 84, '万亩'],
      ['呼兰区', '保护性耕作每年实施面积', '2022', 85, '万亩'],
    ]);
  });

  it('a name (and unit) merged down over its regions, exported blank, is the block’s; without a region column still an error', () => {
    const text = ['指标名称,行政区域,单位,2021年', '保护性耕作每年实施面积,呼兰区,万亩,84', ',宾县,,111'].join('\n');
    const result = loadCsvBytes(utf8(text), { targets });
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => [r.values.region, r.values.name, r.values.actual, r.values.unit, r.line])).toEqual([
      ['呼兰区', '保护性耕作每年实施面积', 84, '万亩', 2],
      ['宾县', '保护性耕作每年实施面积', 111, '万亩', 3],
    ]);
    const noRegion = loadCsvBytes(utf8(['指标名称,单位,2021年', '粮食产量,万吨,7867.7', ',,7763.1'].join('\n')), { targets });
    expect(errorsOf(noRegion.issues).map((i) => [i.code, i.line, i.column])).toEqual([['missing-cell', 3, 1]]);
  });

  it('a year column that is not an actual (2023年（预计）, 2024年1-6月) is left out with a warning at its header', () => {
    const text = ['指标名称,单位,2022年,2023年（预计）,2024年1-6月', '粮食产量,万吨,7763.1,7800,3000'].join('\n');
    const result = loadCsvBytes(utf8(text), { targets });
    expect(result.issues.map((i) => [i.code, i.severity, i.line, i.column, i.cell])).toEqual([
      ['ignored-content', 'warning', 1, 4, '2023年（预计）'],
      ['ignored-content', 'warning', 1, 5, '2024年1-6月'],
    ]);
    expect(result.rows.map((r) => [r.values.period, r.values.actual])).toEqual([['2022', 7763.1]]);
  });

  it('a per-county figure column with no year (其中：标准化示范区) is named as not read', () => {
    const text = ['行政区域,所属市,2021年高标准农田建设面积（万亩）,其中：标准化示范区（万亩）', '呼兰区,哈尔滨市,11.59,0'].join('\n');
    const result = loadCsvBytes(utf8(text));
    expect(result.dataset?.id).toBe('progress-actuals');
    expect(result.issues.map((i) => [i.code, i.line, i.column])).toEqual([['ignored-content', 1, 4]]);
  });

  it('a unit in the name’s brackets and another in 单位 is an error at the unit cell, in either layout', () => {
    const wideFile = loadCsvBytes(utf8(['指标名称,单位,2021年,2022年', '粮食产量（万吨）,亿斤,7867.7,7763.1', '生猪出栏（万头）,万头,2200,2100'].join('\n')), { targets });
    expect(errorsOf(wideFile.issues).map((i) => [i.code, i.line, i.column, i.cell])).toEqual([['constraint-error', 2, 2, '亿斤']]);
    const long = loadCsvBytes(utf8(['指标名称,行政区域,年份,实际值,单位', '粮食产量（万吨）,,2022,7867.7,亿斤'].join('\n')));
    expect(errorsOf(long.issues).map((i) => [i.code, i.line, i.column, i.cell])).toEqual([['constraint-error', 2, 5, '亿斤']]);
    expect(long.records).toEqual([]);
  });

  it('each zone’s printed name of one indicator is its name (耕作层厚度（水田）, not only the first zone’s)', () => {
    const text = ['指标名称,类型区,年份,实际值,单位', '耕作层厚度（水田）,水田,2025,22,厘米', '耕作层平均厚度（坡耕地）,坡耕地,2025,26,厘米'].join('\n');
    const result = loadCsvBytes(utf8(text), { targets });
    expect(errorsOf(result.issues)).toEqual([]);
    expect(result.rows.map((r) => [r.values.indicator, r.values.zone, r.values.actual])).toEqual([
      ['black-soil-targets.plough_layer_depth', '水田', 22],
      ['black-soil-targets.plough_layer_depth', '坡耕地', 26],
    ]);
  });

  it('the long layout under a statistics office’s headers: 计量单位 is the unit, 统计年度 the year', () => {
    const text = ['指标名称,行政区划,统计年度,完成值,计量单位', '粮食产量,全省,2022,7763.1,万吨'].join('\n');
    const result = loadCsvBytes(utf8(text), { targets });
    expect(result.issues).toEqual([]);
    expect(result.rows[0]?.values).toMatchObject({ indicator: 'grain-livestock-2022.grain_output', period: '2022', actual: 7763.1, unit: '万吨' });
  });

  it('a 行政区划 column is the region (never a county’s figure for the province); a column not read is named', () => {
    const result = loadCsvBytes(utf8(['行政区划,指标名称,单位,填报人,2021年', '呼兰区,保护性耕作每年实施面积,万亩,张三,84'].join('\n')), { targets });
    expect(errorsOf(result.issues)).toEqual([]);
    expect(result.rows.map((r) => [r.values.region, r.values.actual])).toEqual([['呼兰区', 84]]);
    expect(warningsOf(result.issues).map((i) => [i.code, i.line, i.column, i.cell])).toEqual([['ignored-content', 1, 4, '填报人']]);
  });

  it('the long layout by name goes through the same checks; the fill-in template by id still works', () => {
    const header = '指标,指标名称,行政区域,类型区,年份,实际值,单位,备注';
    const byName = loadCsvBytes(utf8([header, ',粮食产量,,,2022,7763.1,万吨,', ',生猪出栏,,,2022,2097.8,万吨,'].join('\n')), { targets });
    expect(errorsOf(byName.issues).map((i) => [i.line, i.column, i.cell])).toEqual([[3, 7, '万吨']]);
    const byId = loadCsvBytes(utf8([header, 'grain-livestock-2022.grain_output,粮食产量,,,2022,1552.6,亿斤,'].join('\n')), { targets });
    expect(byId.issues).toEqual([]);
    expect(byId.records[0]).toMatchObject({ indicator: 'grain-livestock-2022.grain_output', value: 1552.6 });
  });

  it('a target table is never taken for actuals (附件2 has year headers and a region column)', () => {
    const hsf = loadCsvBytes(new Uint8Array(readFileSync(join(DATA_DIR, 'black-soil-hsf-2021.csv'))));
    expect(hsf.dataset?.id).toBe('black-soil-hsf-2021');
  });
});

describe('importing a wide-layout file', () => {
  it('plans a merge into the long actuals table, stored with target ids, that reloads as it was read', () => {
    const plan = planImport({ bytes: encodeGbk(wideActualsCsv(allocation)), fileName: '主要指标完成情况.csv', current: () => null, targets });
    expect(plan.dataset?.id).toBe('progress-actuals');
    expect(plan.errors).toEqual([]);
    expect(plan.mode).toBe('merge');
    const stored = loadCsvText(plan.next?.text ?? '', 'utf-8', { datasetId: 'progress-actuals' });
    expect(stored.issues).toEqual([]);
    const grain2022 = stored.records.find((r) => r.indicator === 'grain-livestock-2022.grain_output' && r.period === '2022');
    expect(grain2022).toMatchObject({ value: 7763.1, unit: '万吨', indicatorName: '粮食产量' });
    expect(plan.next?.text.split('\r\n')[0]).toBe('指标,指标名称,行政区域,类型区,年份,实际值,单位,备注');
  });

  it('refuses the file when a name matches nothing: nothing to apply', () => {
    const plan = planImport({ bytes: utf8('指标名称,单位,2022年\n粮食总产量,万吨,7763.1\n'), fileName: 'x.csv', current: () => null, targets });
    expect(canApply(plan)).toBe(false);
    expect(plan.errors[0]).toMatchObject({ line: 2, column: 1, cell: '粮食总产量' });
  });
});
