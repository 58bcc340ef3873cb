import { parseJsonTable, JSON_TABLE_FORMAT } from '../../../src/data/import/json-table';
import { loadRawRows } from '../../../src/data/pipeline';
import { dataText, loadEmbedded } from '../helpers';

function csvAsJson(file: string, dataset: string, asObjects: boolean): string {
  const [header = '', ...lines] = dataText(file).trim().split(/\r?\n/);
  const columns = header.split(',');
  const rows = lines.map((l) => l.split(',').map((c) => (c !== '' && !Number.isNaN(Number(c)) ? Number(c) : c)));
  const body = asObjects ? rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? '']))) : rows;
  return JSON.stringify({ format: JSON_TABLE_FORMAT, dataset, columns: asObjects ? undefined : columns, rows: body });
}

describe('JSON tables', () => {
  it.each([false, true])('read the same records as the CSV they were made from (object rows: %s)', (asObjects) => {
    const table = parseJsonTable(csvAsJson('black-soil-hsf-2021.csv', 'black-soil-hsf-2021', asObjects));
    expect(table.datasetId).toBe('black-soil-hsf-2021');
    const result = loadRawRows(table, 'utf-8', { datasetId: table.datasetId });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const fromCsv = loadEmbedded('black-soil-hsf-2021');
    const withoutLine = (records: typeof result.records) => records.map((r) => ({ ...r, line: 0 }));
    expect(withoutLine(result.records)).toEqual(withoutLine(fromCsv.records));
  });

  it('treat __proto__ and constructor keys as unknown columns, without touching any prototype', () => {
    const text = `{"format":"${JSON_TABLE_FORMAT}","rows":[{"__proto__":{"polluted":1},"constructor":"x","行政区域":"宾县","所属市":"哈尔滨市","2021年建设面积（万亩）":1,"其中标准化示范区（万亩）":0}]}`;
    const table = parseJsonTable(text);
    // An object in the __proto__ column is not a cell value: that record is rejected, not merged.
    expect(table.issues.map((i) => [i.code, i.line])).toEqual([['type-error', 2]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(table.rows)).toBe(Array.prototype);
    expect(table.rows[0]?.cells).toEqual(['__proto__', 'constructor', '行政区域', '所属市', '2021年建设面积（万亩）', '其中标准化示范区（万亩）']);
  });

  it('with a string __proto__ cell, load as an ignored extra column', () => {
    const text = `{"format":"${JSON_TABLE_FORMAT}","columns":["__proto__","行政区域","2021年建设面积（万亩）","其中标准化示范区（万亩）"],"rows":[["a","宾县",1,0]]}`;
    const result = loadRawRows(parseJsonTable(text), 'utf-8');
    expect(result.dataset?.id).toBe('black-soil-hsf-2021');
    expect(result.issues.map((i) => i.code)).toContain('extra-label');
    expect(result.rows[0]?.values.hsf_2021).toBe(1);
    expect(Object.prototype).not.toHaveProperty('a');
  });

  it.each([
    ['not JSON', '{"rows": [', 'parse-error'],
    ['JSON but not a table', '[1,2,3]', 'parse-error'],
    ['columns not strings', `{"columns":[1,2],"rows":[]}`, 'parse-error'],
  ])('refuse %s with a message', (_name, text, code) => {
    const table = parseJsonTable(text);
    expect(table.rows).toEqual([]);
    expect(table.issues[0]?.code).toBe(code);
    expect(table.issues[0]?.message_zh).not.toBe('');
  });

  it('keep hostile text as text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const text = JSON.stringify({ columns: ['指标代码', '指标名称', '年份', '比较符', '目标值', '单位', '原文'], rows: [['grain_output', payload, 2022, '以上', 1500, '亿斤', '=HYPERLINK("http://x","y")']] });
    const result = loadRawRows(parseJsonTable(text), 'utf-8');
    expect(result.dataset?.id).toBe('grain-livestock-2022');
    expect(result.records[0]?.indicatorName).toBe(payload);
    expect(result.records[0]?.text).toBe('=HYPERLINK("http://x","y")');
  });
});
