import { canApply, planImport, type PlanInput } from '../../../src/data/import/import-plan';
import { toCsvBytes } from '../../../src/data/csv-export';
import { headerRow, tableCells, tableCsvText } from '../../../src/data/import/table-csv';
import type { DatasetId } from '../../../src/data/schema';
import { encodeGbk } from '../../support/gbk';
import { dataText, loadEmbedded, utf8 } from '../helpers';
import { gazetteCountyUpdate } from '../../support/gazette-update';

const ALLOCATION = dataText('black-soil-allocation.csv');

function current(id: DatasetId): string | null {
  const loaded = loadEmbedded(id);
  return loaded.dataset ? tableCsvText(loaded.dataset, loaded.rows) : null;
}

function plan(bytes: Uint8Array, fileName: string, extra: Partial<PlanInput> = {}) {
  return planImport({ bytes, fileName, current, ...extra });
}

/** The allocation table with 宾县's demonstration area changed (its city total then disagrees). */
function allocationWithBinxian(value: string): string {
  return ALLOCATION.replace(/^宾县,哈尔滨市,[^,]+,/m, `宾县,哈尔滨市,${value},`);
}

describe('planning an import', () => {
  it('of a GBK file changing one county: one cell old → new, a totals warning, applicable', () => {
    const before = loadEmbedded('black-soil-allocation').rows.find((r) => r.values.region === '宾县')?.values.demo_area;
    const result = plan(encodeGbk(allocationWithBinxian('200')), '任务分解表.csv');
    expect(result.encoding).toBe('gb18030');
    expect(result.dataset?.id).toBe('black-soil-allocation');
    expect(result.diff?.changed).toEqual([expect.objectContaining({ row: '宾县', column: 'demo_area', before, after: 200 })]);
    expect(result.diff?.added).toEqual([]);
    expect(result.diff?.removed).toEqual([]);
    expect(result.errors).toEqual([]);
    // 哈尔滨市 and 合计 no longer add up: warnings that need a person's confirmation.
    expect(result.warnings.map((w) => w.code)).toContain('total-mismatch');
    expect(canApply(result)).toBe(true);
    expect(result.next?.text).toContain('宾县,哈尔滨市,200,');
  });

  it('of the current table itself: nothing changes', () => {
    const result = plan(utf8(ALLOCATION), 'same.csv');
    expect(result.diff?.changed).toEqual([]);
    expect(result.diff?.unchanged).toBe(loadEmbedded('black-soil-allocation').rows.length);
    expect(result.warnings).toEqual([]);
  });

  it('of an untouched export (BOM, CRLF, escaped formulae): nothing changes', () => {
    const loaded = loadEmbedded('black-soil-allocation');
    if (!loaded.dataset) throw new Error('not loaded');
    const exported = toCsvBytes(headerRow(loaded.dataset, loaded.columnLabels), tableCells(loaded.dataset, loaded.rows));
    const result = plan(exported, 'export.csv');
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.diff?.changed).toEqual([]);
    expect(result.diff?.unchanged).toBe(loaded.rows.length);
  });

  it('of a hostile file: errors with line and column, nothing to apply', () => {
    const hostile = ALLOCATION.replace('宾县,哈尔滨市', '<img src=x onerror=alert(1)>,哈尔滨市');
    const line = hostile.split('\n').findIndex((l) => l.startsWith('<img')) + 1;
    const result = plan(utf8(hostile), 'x.csv');
    expect(canApply(result)).toBe(false);
    expect(result.next).toBeNull();
    expect(result.errors[0]).toMatchObject({ code: 'unknown-region', line, column: 1, cell: '<img src=x onerror=alert(1)>' });
  });

  it('of an unknown county with a near name: suggests it', () => {
    const result = plan(utf8(ALLOCATION.replace('宾县,哈尔滨市', '宾具,哈尔滨市')), 'x.csv');
    expect(result.errors[0]?.message_zh).toContain('宾县');
  });

  it('of actuals: merged into the reported ones by default, unknown indicator ids warned about', () => {
    const header = dataText('progress-actuals.csv').trim();
    const file = `${header}\r\ngrain-livestock-2022.grain_output,粮食产量,,,2022,1552.6,亿斤,\r\nbench.nothing,,,,2022,1,,\r\n`;
    const known = new Set(loadEmbedded('grain-livestock-2022').records.map((r) => r.indicator));
    const result = plan(utf8(file), 'actuals.csv', { knownIndicators: known });
    expect(result.dataset?.id).toBe('progress-actuals');
    expect(result.mode).toBe('merge');
    expect(result.diff?.added).toHaveLength(2);
    expect(result.warnings.map((w) => [w.code, w.line, w.cell])).toEqual([['constraint-error', 3, 'bench.nothing']]);
  });

  it.each(['黑龙江省', '全省', '合计'])('of actuals: a province row written %s is the same fact as the stored blank-region row (one key)', (province) => {
    const header = dataText('progress-actuals.csv').trim();
    const stored = `${header}\r\ngrain-livestock-2022.grain_output,粮食产量,,,2022,1500,亿斤,\r\n`;
    const file = `${header}\r\ngrain-livestock-2022.grain_output,粮食产量,${province},,2022年,1552.6,亿斤,\r\n`;
    const result = planImport({ bytes: utf8(file), fileName: 'actuals.csv', current: (id) => (id === 'progress-actuals' ? stored : current(id)) });
    expect(result.errors).toEqual([]);
    expect(result.diff?.added).toEqual([]);
    expect(result.diff?.changed).toHaveLength(1);
    // Within one file the two spellings collide as one key.
    const twice = `${header}\r\ngrain-livestock-2022.grain_output,粮食产量,,,2022,1,亿斤,\r\ngrain-livestock-2022.grain_output,粮食产量,${province},,2022年,2,亿斤,\r\n`;
    expect(plan(utf8(twice), 'actuals.csv').errors.map((e) => [e.code, e.line])).toEqual([['duplicate-row', 3]]);
  });

  it('of actuals: a file where most rows name no target is refused whole, naming the first; a few unknown ones stay warnings', () => {
    const header = dataText('progress-actuals.csv').trim();
    const targets = [{ id: 'grain-livestock-2022.grain_output', name: '粮食产量', unit: '亿斤' }];
    const row = (id: string, year: number): string => `${id},,,,${year},1,亿斤,`;
    const mostly = [header, row('grain-livestock-2022.grain_output', 2022), ...[2021, 2022, 2023].map((y) => row('old-template.grain', y))].join('\r\n');
    const refused = plan(utf8(`${mostly}\r\n`), 'actuals.csv', { targets });
    expect(canApply(refused)).toBe(false);
    expect(refused.errors[0]?.message_zh).toMatch(/文件 4 行中有 3 行的指标编号没有对应的目标（第一处：第 3 行“old-template\.grain”）/);
    const few = [header, ...[2021, 2022, 2023].map((y) => row('grain-livestock-2022.grain_output', y)), row('new-plan.thing', 2022)].join('\r\n');
    const kept = plan(utf8(`${few}\r\n`), 'actuals.csv', { targets });
    expect(kept.errors).toEqual([]);
    expect(kept.warnings.map((w) => [w.line, w.cell])).toContainEqual([5, 'new-plan.thing']);
  });

  it('asks which dataset when the headers fit none: no plan, a message naming the closest', () => {
    const result = plan(utf8('行政区域,所属市,示范区面积（万亩）\n宾县,哈尔滨市,1\n'), 'x.csv');
    expect(result.dataset).toBeNull();
    expect(result.errors[0]?.code).toBe('unknown-dataset');
    expect(result.errors[0]?.message_zh).toContain('缺少');
  });

  it('with a chosen dataset, replace mode lists every row the file lacks as removed', () => {
    const oneRow = ALLOCATION.split('\n').filter((l, i) => i === 0 || l.startsWith('宾县,')).join('\n');
    const result = plan(utf8(oneRow), 'x.csv', { datasetId: 'black-soil-allocation', mode: 'replace' });
    expect(result.diff?.removed.length).toBe(loadEmbedded('black-soil-allocation').rows.length - 1);
    const merged = plan(utf8(oneRow), 'x.csv', { datasetId: 'black-soil-allocation', mode: 'merge' });
    expect(merged.diff?.removed).toEqual([]);
    expect(merged.diff?.changed).toEqual([]);
  });

  it('reads JSON in the documented format', () => {
    const json = JSON.stringify({ format: 'target-board/table@1', dataset: 'grain-livestock-2022', columns: ['指标代码', '指标名称', '年份', '比较符', '目标值', '单位'], rows: [['grain_output', '粮食产量', 2022, '以上', 1600, '亿斤']] });
    const result = plan(utf8(json), 'grain.json', { mode: 'merge' });
    expect(result.format).toBe('json');
    expect(result.diff?.changed).toEqual([expect.objectContaining({ row: 'grain_output', column: 'target', before: 1500, after: 1600 })]);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty-file'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'binary-file'],
  ])('refuses %s with one clear error', (_name, bytes, code) => {
    const result = plan(bytes, 'x.csv');
    expect(result.errors.map((e) => e.code)).toEqual([code]);
    expect(canApply(result)).toBe(false);
  });
});

describe('a gazette-layout update of one county (no 所属市 column), GBK', () => {
  const update = gazetteCountyUpdate(ALLOCATION, '宾县');
  const result = plan(encodeGbk(update.text), '附件1（修订）.csv');

  it('lists exactly the cells the file changes: 所属市, which the file lacks, is kept, not emptied', () => {
    expect(update.changes.length).toBeGreaterThan(0);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.diff?.changed).toHaveLength(update.changes.length);
    expect(result.diff?.changed.some((c) => c.column === 'city')).toBe(false);
    expect(result.diff?.changed.map((c) => c.row).sort()).toEqual(update.changes.map(([region]) => region).sort());
    expect(result.next?.text).toContain('宾县,哈尔滨市,');
  });

  it('is the 9 cells of this file shape: three figures of the county, its city and the province', () => {
    expect(result.diff?.changed).toHaveLength(9);
  });
});
