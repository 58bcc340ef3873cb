import { describe, expect, it } from 'vitest';
import { errorsOf, warningsOf } from '../../../src/data/issues';
import { loadCsvText } from '../../../src/data/pipeline';
import { loadFileBytes, readFileTable } from '../../../src/data/read-file';
import { buildWorkbook, STYLE } from './build-workbook';
import { ALLOCATION_CSV, allocationSheet, csvRows, workbookOf, ZONES_CSV, zonesSheet } from './fixtures';

const CSV_ALLOCATION = loadCsvText(ALLOCATION_CSV, 'utf-8');
const load = (bytes: Uint8Array, sheet?: string) => loadFileBytes(bytes, sheet === undefined ? { fileName: 'book.xlsx' } : { fileName: 'book.xlsx', sheet });
const strip = (records: readonly object[]): object[] => records.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'line')));

describe('an .xlsx read through the pipeline', () => {
  it('reads 附件1 with a merged title, a merged two-row header and #,##0.0 figures as the CSV says', () => {
    const result = load(workbookOf(allocationSheet()));
    expect(result.format).toBe('xlsx');
    expect(result.sheet).toBe('任务分解表');
    expect(result.dataset?.id).toBe('black-soil-allocation');
    expect(result.issues).toEqual([]);
    expect(result.rowCount).toBe(CSV_ALLOCATION.rowCount);
    // Same records, value for value; lines are the sheet's rows (three header rows above).
    expect(strip(result.records)).toEqual(strip(CSV_ALLOCATION.records));
    expect(result.records[0]?.line).toBe(4);
  });

  it('gives a merged 类别 (类型区 merged down) to every row it spans', () => {
    const sheet = zonesSheet();
    expect(sheet.merges?.length).toBeGreaterThan(0);
    const result = load(workbookOf(sheet));
    const csv = loadCsvText(ZONES_CSV, 'utf-8');
    expect(result.dataset?.id).toBe('black-soil-zones');
    expect(errorsOf(result.issues)).toEqual([]);
    expect(strip(result.records)).toEqual(strip(csv.records));
  });

  it('reads a number as stored, whatever its format shows', () => {
    const rows = csvRows(ALLOCATION_CSV);
    const total = { v: 5601, style: STYLE.oneDecimal };
    const sheet = { name: 'S', rows: [rows[0] ?? [], ['七台河市', '', total, 1552.6, 314.5, 9.3, 9.4, 46.9]] };
    const result = load(workbookOf(sheet));
    expect(result.rows[0]?.values.demo_area).toBe(5601);
    expect(result.rows[0]?.values.tillage_annual).toBe(1552.6);
  });

  it('uses a formula\'s cached value, and names the cell of a formula never calculated', () => {
    const rows = csvRows(ALLOCATION_CSV).slice(0, 3);
    const cached = rows.map((r, i) => (i === 1 ? r.map((c, j) => (j === 4 ? { f: 'D2*5', v: Number(c) } : c)) : r));
    const good = load(workbookOf({ name: '主要指标', rows: cached }));
    expect(good.issues).toEqual([]);
    const fifth = good.dataset?.columns[4]?.key ?? '';
    expect(good.rows[0]?.values[fifth]).toBe(Number(rows[1]?.[4]));
    const uncached = rows.map((r, i) => (i === 2 ? r.map((c, j) => (j === 3 ? { f: 'C3' } : c)) : r));
    const bad = load(workbookOf({ name: '主要指标', rows: uncached }));
    const [error] = errorsOf(bad.issues).filter((i) => i.code === 'formula-error');
    expect(error).toMatchObject({ line: 3, column: 4, sheetCell: '主要指标!D3' });
    expect(error?.message_zh).toContain('主要指标!D3');
    expect(error?.message_en).toContain('主要指标!D3');
  });

  it('leaves a hidden row and a hidden column out, with a warning naming them', () => {
    const sheet = allocationSheet('S', { hiddenRows: [5], hiddenCols: [9] });
    const withExtra = { ...sheet, rows: sheet.rows.map((r, i) => (i === 3 ? [...r, '隐藏的备注'] : r)) };
    const result = load(workbookOf(withExtra));
    expect(result.dataset?.id).toBe('black-soil-allocation');
    expect(result.rowCount).toBe(CSV_ALLOCATION.rowCount - 1);
    expect(result.records.some((r) => r.line === 5)).toBe(false);
    const [warning] = warningsOf(result.issues).filter((i) => i.code === 'hidden-cells');
    expect(warning?.message_zh).toContain('第 5 行');
    expect(warning?.message_zh).toContain('I 列');
    expect(warning?.sheetCell).toBe('S!5:5');
  });

  it('points every pipeline issue at its sheet and cell', () => {
    const sheet = allocationSheet('主要指标');
    const rows = sheet.rows.map((r, i) => (i === 6 ? r.map((c, j) => (j === 3 ? 'abc' : c)) : r));
    const result = load(workbookOf({ ...sheet, rows }));
    const [error] = errorsOf(result.issues);
    expect(error).toMatchObject({ code: 'type-error', line: 7, column: 4, sheetCell: '主要指标!D7', cell: 'abc' });
  });

  it('reads dates as ISO dates, percentages as percent text, booleans, inline strings and escaped characters', () => {
    const bytes = buildWorkbook({ sheets: [{ name: 'S', rows: [
      [{ v: 45291, style: STYLE.date }, { v: 45292, style: STYLE.chineseDate }, { v: 0.125, style: STYLE.percent }, { v: 5601.04, style: STYLE.oneDecimal }],
      [{ v: 'a_x000D_b', inline: true }, '<script>window.__xss=1</script>', { v: true }, { v: 0.1 + 0.2 }],
    ] }] });
    const table = readFileTable(bytes, { fileName: 'x.xlsx' });
    expect(table.parsed?.rows.map((r) => r.cells)).toEqual([
      ['2023-12-31', '2024-01-01', '12.5%', '5601.04'],
      ['a\rb', '<script>window.__xss=1</script>', 'TRUE', '0.3'],
    ]);
  });

  it('reads dates in the 1904 date system', () => {
    const bytes = buildWorkbook({ date1904: true, sheets: [{ name: 'S', rows: [[{ v: 0, style: STYLE.date }]] }] });
    expect(readFileTable(bytes, { fileName: 'x.xlsx' }).parsed?.rows[0]?.cells).toEqual(['1904-01-01']);
  });
});

describe('workbooks with several sheets', () => {
  const bytes = workbookOf(allocationSheet('附件1'), zonesSheet('附件3'), { name: 'Sheet3', rows: [] });

  it('asks which sheet, saying what each was recognised as', () => {
    const result = load(bytes);
    expect(result.dataset).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(['sheet-required']);
    expect(result.sheets).toEqual([
      { name: '附件1', hidden: false, dataset: 'black-soil-allocation', rows: CSV_ALLOCATION.rowCount },
      { name: '附件3', hidden: false, dataset: 'black-soil-zones', rows: csvRows(ZONES_CSV).length - 1 },
      { name: 'Sheet3', hidden: false, dataset: null, rows: 0 },
    ]);
  });

  it('reads the sheet chosen, and refuses a sheet that is not there', () => {
    expect(load(bytes, '附件3').dataset?.id).toBe('black-soil-zones');
    const missing = load(bytes, '附件9');
    expect(missing.issues.map((i) => i.code)).toEqual(['unknown-sheet']);
    expect(missing.issues[0]?.message_zh).toContain('附件1');
  });

  it('uses the only visible sheet with data directly (hidden and empty sheets do not count)', () => {
    const one = workbookOf(allocationSheet('A'), { name: 'B', rows: [] }, { ...zonesSheet('C'), hidden: true });
    const result = load(one);
    expect(result.sheet).toBe('A');
    expect(result.dataset?.id).toBe('black-soil-allocation');
  });
});
