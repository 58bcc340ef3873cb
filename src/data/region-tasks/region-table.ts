/**
 * A printed region task table → one row per region, every figure with the cell it came from.
 * Region names go through the region registry (宾 县, 哈尔滨市呼兰区, 北大荒农垦集团有限公司);
 * an unknown name is an error at its cell, unless it is clearly a subtotal line (小计, 其中…),
 * which is left out with a warning. A blank cell is "not given", never zero.
 */
import { issue, type ValidationIssue } from '../issues';
import { parseNumberCell } from '../numbers';
import type { RawRow } from '../parse';
import { resolveRegion, suggestRegion, type Region } from '../regions';
import { cleanCell, compactText, excerpt } from '../text';
import type { CellRef } from '../plan/plan-table';
import type { RegionHeader, RegionValueColumn } from './region-header';
import { extraCellIssue, labelledWidth } from '../validate';

export interface RegionFigure {
  readonly column: RegionValueColumn;
  readonly cell: CellRef;
  readonly value: number;
}

export interface RegionTaskRow {
  readonly line: number;
  readonly region: Region;
  readonly regionCell: CellRef;
  readonly figures: readonly RegionFigure[];
}

export interface RegionTable {
  readonly header: RegionHeader;
  readonly rows: readonly RegionTaskRow[];
  readonly issues: readonly ValidationIssue[];
}

const SUBTOTAL = /合计|小计|总计|共计|全省|其中/;
const NOTE = /^(注|备注|说明|资料来源|数据来源)/;
const NUMERAL_WORDS = /^[零〇一二两三四五六七八九十百千万亿点]+[^\d]{0,3}$/;

function cellAt(row: RawRow, index: number): CellRef {
  return { line: row.line, column: index + 1, raw: cleanCell(row.cells[index] ?? '') };
}

function at(c: CellRef, field: string) {
  return { line: c.line, column: c.column, field, cell: c.raw };
}

function figureOf(row: RawRow, column: RegionValueColumn, issues: ValidationIssue[]): RegionFigure | null {
  const c = cellAt(row, column.index);
  const parsed = parseNumberCell(c.raw);
  if (parsed.kind === 'empty' || parsed.kind === 'none-mark') return null;
  const where = at(c, column.name);
  if (parsed.kind === 'number' && parsed.suffix !== '' && parsed.suffix !== column.unit) {
    issues.push(issue('type-error', 'error', where, `“${excerpt(c.raw)}”带有“${parsed.suffix}”，但列“${column.name}”的单位是“${column.unit ?? ''}”。`,
      `"${excerpt(c.raw)}" carries "${parsed.suffix}" but column "${column.name}" is in ${column.unit ?? 'no unit'}.`));
    return null;
  }
  if (parsed.kind === 'number') {
    if (parsed.value >= 0) return { column, cell: c, value: parsed.value };
    issues.push(issue('constraint-error', 'error', where, `任务数“${excerpt(c.raw)}”不能为负数。`, `Task figure "${excerpt(c.raw)}" cannot be negative.`));
    return null;
  }
  if (NUMERAL_WORDS.test(compactText(c.raw))) {
    issues.push(issue('type-error', 'error', where, `“${excerpt(c.raw)}”是用汉字写的数字；请写成阿拉伯数字（如 35.5）。`,
      `"${excerpt(c.raw)}" is a number written in words; write it in digits (e.g. 35.5).`));
  } else {
    issues.push(issue('type-error', 'error', where, `“${excerpt(c.raw)}”不是数字（列“${column.name}”）。`, `"${excerpt(c.raw)}" is not a number (column "${column.name}").`));
  }
  return null;
}

function regionOf(header: RegionHeader, row: RawRow, hasFigures: boolean, issues: ValidationIssue[]): Region | null {
  const county = cellAt(row, header.regionColumn);
  const city = header.city === null ? null : cellAt(row, header.city.column);
  // A city's (or 全省's) own row leaves the county cell blank and names itself in 市（地）.
  const c = county.raw === '' && city && city.raw !== '' ? city : county;
  const where = at(c, c === city ? (header.city?.label ?? '') : header.regionLabel);
  if (c.raw === '') {
    if (hasFigures) issues.push(issue('missing-cell', 'error', where, '这一行有数字，但没有写行政区域。', 'This row has figures but no region.'));
    return null;
  }
  const region = resolveRegion(c.raw);
  if (region) return region;
  if (SUBTOTAL.test(c.raw)) {
    issues.push(issue('unknown-region', 'warning', where, `“${excerpt(c.raw)}”是小计或分项行，不对应一个行政区域，未读入。`,
      `"${excerpt(c.raw)}" is a subtotal or of-which line, not a region; it was not read.`));
    return null;
  }
  const hint = suggestRegion(c.raw);
  issues.push(issue('unknown-region', 'error', where, `未知的行政区域“${excerpt(c.raw)}”${hint ? `，是否为“${hint}”？` : '。'}`,
    `Unknown region "${excerpt(c.raw)}"${hint ? `; did you mean "${hint}"?` : '.'}`));
  return null;
}

function isNote(row: RawRow): boolean {
  const filled = row.cells.map(cleanCell).filter((c) => c !== '');
  return filled.length === 1 && NOTE.test(filled[0] ?? '');
}

export function readRegionTable(header: RegionHeader, rows: readonly RawRow[]): RegionTable {
  const issues: ValidationIssue[] = [];
  const read: RegionTaskRow[] = [];
  const seen = new Map<string, number>();
  const width = labelledWidth([rows[header.headerRow - 1], rows[header.headerRow]]);
  for (const row of rows.slice(header.headerRow + 1)) {
    if (row.cells.every((c) => cleanCell(c) === '') || isNote(row)) continue;
    const extra = extraCellIssue(row, width);
    if (extra) {
      issues.push(extra);
      continue;
    }
    const rowIssues: ValidationIssue[] = [];
    const figures = header.columns.flatMap((column) => figureOf(row, column, rowIssues) ?? []);
    const hasFigures = header.columns.some((column) => cleanCell(row.cells[column.index] ?? '') !== '');
    const region = regionOf(header, row, hasFigures, issues);
    if (!region) continue;
    issues.push(...rowIssues);
    const county = cellAt(row, header.regionColumn);
    const regionCell = county.raw === '' && header.city ? cellAt(row, header.city.column) : county;
    const first = seen.get(region.name);
    if (first !== undefined) {
      issues.push(issue('duplicate-row', 'error', at(regionCell, header.regionLabel), `“${region.name}”重复出现（第 ${first} 行已有）。`,
        `"${region.name}" appears twice (already on line ${first}).`));
      continue;
    }
    seen.set(region.name, row.line);
    read.push({ line: row.line, region, regionCell, figures });
  }
  return { header, rows: read, issues };
}

/** One figure as the import preview and the validator show it: where it came from, what it is. */
export interface RegionTaskRead {
  readonly region: string;
  readonly level: Region['level'];
  readonly metric: string;
  readonly unit: string | null;
  readonly value: number;
  readonly cell: CellRef;
}

export function taskReads(rows: readonly RegionTaskRow[]): RegionTaskRead[] {
  return rows.flatMap((row) => row.figures.map((f) => ({
    region: row.region.name, level: row.region.level, metric: f.column.name, unit: f.column.unit, value: f.value, cell: f.cell,
  })));
}
