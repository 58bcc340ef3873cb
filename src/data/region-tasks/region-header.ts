/**
 * Recognising a region-keyed task table by what it prints: a region column (行政区域 /
 * 县（市、区） / 地区 / 单位名称 …) and one or more figure columns, each with its unit in the
 * header's brackets (`2026年建设任务（万亩）`) or on a 单位 line above the table (`单位：万亩`).
 * `其中…` columns are parts of the nearest column before them that is not one. A title row above
 * the header names the table. 附件1 and 附件2 keep their own specs (recognised before this).
 */
import { parseNumberCell } from '../numbers';
import type { RawRow } from '../parse';
import { cleanCell, compactText, splitHeaderUnit, unitLineOf } from '../text';

export interface RegionValueColumn {
  /** 0-based index in the file's row. */
  readonly index: number;
  /** The header as printed, without its unit (`其中：高效节水灌溉`). */
  readonly name: string;
  readonly unit: string | null;
  /** `2026`, `2021-2025`, when the header names a year; else null. */
  readonly period: string | null;
  /** Index of the column this `其中` column is part of. */
  readonly partOf: number | null;
}

export interface RegionHeader {
  /** Index into the raw rows of the header row. */
  readonly headerRow: number;
  readonly headerLine: number;
  readonly regionColumn: number;
  readonly regionLabel: string;
  /**
   * A 市（地） / 所属市 column beside the county column: where the county cell is blank, the row is
   * that city's (or 全省's) — the layout 分解表 print with cities and counties in two columns.
   */
  readonly city: { readonly column: number; readonly label: string } | null;
  readonly columns: readonly RegionValueColumn[];
  /** Text of a title row above the header, when there is one. */
  readonly title: string | null;
  /** Unit of a `单位：万亩` line above the header, when there is one. */
  readonly sharedUnit: string | null;
}

const HEADER_SEARCH_ROWS = 8;
const REGION =
  /^(行政区[域划](名称)?|县\(市[、,]?区\)(名称)?|县市区|市县|县\(区\)|市\(县[、,]?区\)|地区|区域|单位名称|地区名称)$/;
/** An indicator column: the table is a plan's indicator list or actuals, not a region table. */
const INDICATOR = /^((主要)?指标(名称)?|项目|统计指标)$/;
const IGNORED = /^(序号|编号|序|所属市(\(地\))?|市\(地\)|所属地市|备注|说明|类型区|保护类型区|(责任|牵头|主管)(单位|部门)|联系人|联系电话)$/;
const PART = /^其中[:：]?/;
const CITY = /^(市\(地\)|所属市(\(地\))?|所属地市|市\(州\)|地市|市)$/;
const YEAR = /(\d{4})\s*年?\s*(?:[—–\-－~～至]+\s*(\d{4})\s*年?)?/;

function key(label: string): string {
  return compactText(label).replace(/（/g, '(').replace(/）/g, ')');
}

function periodOf(label: string): string | null {
  const m = YEAR.exec(compactText(label));
  if (!m?.[1]) return null;
  return m[2] ? `${m[1]}-${m[2]}` : m[1];
}

/** A unit in brackets at the end of a printed header, either width (`（万亩）`, `(万亩)`, `【万亩】`). */
const UNIT_BRACKETS = /[（(［[【][^（）()［］[\]【】]*[）)］\]】]$/;

/** The header as printed, its unit and spaces removed: `其中：高效节水灌溉`, not NFKC's `其中:…`. */
function printedName(label: string, hasUnit: boolean): string {
  const bare = label.replace(/[\s\u3000]+/g, '');
  return hasUnit ? bare.replace(UNIT_BRACKETS, '') : bare;
}


function valueColumns(cells: readonly string[], regionColumn: number, sharedUnit: string | null): RegionValueColumn[] {
  const columns: RegionValueColumn[] = [];
  let lastWhole: number | null = null;
  cells.forEach((cell, index) => {
    const label = cleanCell(cell);
    if (index === regionColumn || label === '' || IGNORED.test(key(label))) return;
    const split = splitHeaderUnit(label);
    const part = PART.test(split.label);
    const bracketed = split.unit !== null || /[（(［[【][\s\u3000]*[）)］\]】]$/.test(label);
    columns.push({
      index,
      name: printedName(label, bracketed),
      unit: split.unit ?? sharedUnit,
      period: periodOf(split.label),
      partOf: part ? lastWhole : null,
    });
    if (!part) lastWhole = index;
  });
  return columns;
}

/**
 * The gazette's two-row header (`高标准农田建设任务（万亩）` over `2026 年建设面积 | 其中标准化示范区`;
 * `保护性耕作` over `每年实施面积 (万亩) | 5 年累计实施面积 (万亩次)`): the row under the header has
 * no region and no figure. Flattened as 附件 are read: a group's name before each column under
 * it (merged cells export as blanks to its right), its unit for columns without their own; a
 * `其中…` column keeps its own name, so it stays a part of the column before it.
 */
function subHeader(row: RawRow | undefined, header: RawRow, regionColumn: number): readonly string[] | null {
  // A workbook's label merged down both header rows repeats in the second (CSV leaves it blank).
  const region = cleanCell(row?.cells[regionColumn] ?? '');
  if (!row || (region !== '' && region !== cleanCell(header.cells[regionColumn] ?? ''))) return null;
  const filled = row.cells.map(cleanCell).filter((c) => c !== '');
  if (filled.length === 0 || filled.some((c) => parseNumberCell(c).kind !== 'invalid')) return null;
  return row.cells;
}

function flattened(top: readonly string[], sub: readonly string[], regionColumn: number): string[] {
  let group: { name: string; unit: string | null } = { name: '', unit: null };
  return Array.from({ length: Math.max(top.length, sub.length) }, (_, index) => {
    const upper = cleanCell(top[index] ?? '');
    const below = cleanCell(sub[index] ?? '');
    if (index === regionColumn || (upper !== '' && below === upper)) return upper;
    if (upper !== '') {
      const split = splitHeaderUnit(upper);
      group = { name: printedName(upper, split.unit !== null), unit: split.unit };
      if (below === '') return upper;
    }
    if (below === '') return '';
    const own = splitHeaderUnit(below).unit;
    const name = PART.test(compactText(below)) ? below : `${group.name}${below}`;
    return own === null && group.unit !== null ? `${name}（${group.unit}）` : name;
  });
}

function above(rows: readonly RawRow[], headerRow: number): { title: string | null; unit: string | null } {
  let title: string | null = null;
  let unit: string | null = null;
  for (let i = headerRow - 1; i >= 0; i -= 1) {
    const filled = (rows[i]?.cells ?? []).map(cleanCell).filter((c) => c !== '');
    unit ??= unitLineOf(filled);
    const only = filled.length === 1 ? filled[0] : undefined;
    if (title === null && only !== undefined && unitLineOf([only]) === null) title = only;
  }
  return { title, unit };
}

export function findRegionHeader(rows: readonly RawRow[]): RegionHeader | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i += 1) {
    const row = rows[i];
    if (!row) continue;
    const regionColumn = row.cells.findIndex((c) => REGION.test(key(c)));
    if (regionColumn < 0 || row.cells.some((c) => INDICATOR.test(key(c)))) continue;
    const { title, unit } = above(rows, i);
    const sub = subHeader(rows[i + 1], row, regionColumn);
    const columns = valueColumns(sub ? flattened(row.cells, sub, regionColumn) : row.cells, regionColumn, unit);
    if (columns.length === 0) continue;
    const regionLabel = cleanCell(row.cells[regionColumn] ?? '');
    const last = sub ? rows[i + 1] ?? row : row;
    const city = row.cells.findIndex((c, index) => index !== regionColumn && CITY.test(key(c)));
    const cityColumn = city < 0 ? null : { column: city, label: cleanCell(row.cells[city] ?? '') };
    return { headerRow: sub ? i + 1 : i, headerLine: last.line, regionColumn, regionLabel, city: cityColumn, columns, title, sharedUnit: unit };
  }
  return null;
}

const TASK_WORDS = /任务|目标|分解|下达|分配|安排|计划|规划/;
const ACTUAL_WORDS = /完成|实际|实绩|统计|进度/;

/**
 * `tasks`: the title or a header says it holds tasks (任务, 分解, 下达 …) and none says it holds
 * results (完成, 实际 …) — read as a task table before the actuals layouts are tried. `maybe`: a
 * region table that says neither; tried after them. null: not a region table, or actual values.
 */
export function regionTableKind(rows: readonly RawRow[]): 'tasks' | 'maybe' | null {
  const header = findRegionHeader(rows);
  if (!header) return null;
  const words = [header.title ?? '', ...header.columns.map((c) => c.name)].join('|');
  if (ACTUAL_WORDS.test(words)) return null;
  return TASK_WORDS.test(words) ? 'tasks' : 'maybe';
}
