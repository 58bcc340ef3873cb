/**
 * Workbooks as staff keep them, built from the repository's CSV fixtures and data so that the
 * expected records come from the CSV path, not from the reader under test.
 */
import { parseCsvText } from '../../../src/data/parse';
import { dataText, fixtureText } from '../helpers';
import { buildWorkbook, STYLE, type CellInput, type SheetInput } from './build-workbook';

export const ALLOCATION_CSV = fixtureText('allocation-small.csv');
export const ZONES_CSV = dataText('black-soil-zones.csv');

export function csvRows(text: string): string[][] {
  return parseCsvText(text).rows.map((r) => [...r.cells]);
}

function numberOr(cell: string, style: number): CellInput {
  return cell !== '' && Number.isFinite(Number(cell)) ? { v: Number(cell), style } : cell;
}

/**
 * 附件1 as printed: a title merged across the table, then a two-row header — 行政区域 and 所属市
 * merged down both rows, 保护性耕作 and 有机肥深翻还田 merged across their sub-columns — and the
 * figures formatted `#,##0.0` (5601 shows as 5,601.0).
 */
export function allocationSheet(name = '任务分解表', extra: Partial<SheetInput> = {}, csv = ALLOCATION_CSV): SheetInput {
  const body = csvRows(csv).slice(1).map((row) => row.map((c, i) => (i < 2 ? c : numberOr(c, STYLE.oneDecimal))));
  return {
    name,
    rows: [
      ['2021—2025年39个重点县和北大荒农垦集团黑土耕地保护任务分解表'],
      ['行政区域', '所属市', '示范区面积（万亩）', '保护性耕作', null, '有机肥深翻还田', null, null],
      [null, null, null, '每年实施面积（万亩）', '5年累计实施面积（万亩次）', '2021年实施面积（万亩）', '2025年实施面积（万亩）', '5年覆盖面积（万亩）'],
      ...body,
    ],
    merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:H2'],
    ...extra,
  };
}

/** 类型区 merged down over its counties, as the zone table is laid out for printing. */
export function zonesSheet(name = '类型区'): SheetInput {
  const rows = csvRows(ZONES_CSV);
  const merges: string[] = [];
  const out: CellInput[][] = [rows[0] ?? []];
  let start = 0;
  rows.slice(1).forEach((row, i) => {
    const sheetRow = i + 2;
    const same = i > 0 && rows[i]?.[0] === row[0];
    out.push([same ? null : row[0] ?? '', ...row.slice(1)]);
    if (!same) start = sheetRow;
    const next = rows[i + 2];
    if ((!next || next[0] !== row[0]) && sheetRow > start) merges.push(`A${start}:A${sheetRow}`);
  });
  return { name, rows: out, merges };
}

export function workbookOf(...sheets: SheetInput[]): Uint8Array {
  return buildWorkbook({ sheets });
}
