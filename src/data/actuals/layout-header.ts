/**
 * Recognising the two layouts in which statistics offices send actual values, from the header:
 *
 * - wide: `指标名称 | 单位 | 2021年 | 2022年 | … | 2025年` (a title row above; an optional
 *   行政区域 column; units may sit in the name's brackets instead, `粮食产量（万吨）`);
 * - per county: `行政区域 | 2021—2025年累计完成示范区面积（万亩） | …` — one column per
 *   indicator, its period, name and unit in the header.
 *
 * The app's own long layout (指标 / 指标名称, 行政区域, 年份, 实际值, 单位) has a 年份 column and
 * no year headers, so it is never taken for either.
 */
import type { RawRow } from '../parse';
import { compactText, splitHeaderUnit, unitLineOf } from '../text';

export interface YearColumn {
  readonly index: number;
  /** `2023` or `2021-2025`. */
  readonly period: string;
  /** Per-county layout: the indicator's name and unit from the header. */
  readonly name?: string;
  readonly unit?: string | null;
}

export interface LayoutHeader {
  readonly kind: 'wide' | 'county';
  /** Index into the raw rows of the header row. */
  readonly headerRow: number;
  readonly labels: readonly string[];
  readonly nameColumn: number | null;
  readonly unitColumn: number | null;
  readonly regionColumn: number | null;
  readonly noteColumn: number | null;
  readonly values: readonly YearColumn[];
  /** The unit a `单位：亩` line above the header states for rows that give none of their own. */
  readonly tableUnit: string | null;
}

const NAME_LABELS = new Set(['指标名称', '指标', '主要指标', '指标名', '项目', '统计指标']);
const UNIT_LABELS = new Set(['单位', '计量单位', '计算单位']);
const REGION_LABELS = new Set(['行政区域', '行政区划', '行政区划名称', '县(市、区)', '县(市区)', '地区', '区域', '单位名称', '县(市、区)名称', '市(地)', '市县', '地区名称']);
const NOTE_LABELS = new Set(['备注', '说明', '来源']);

/** `2023`, `2023年`, `2023年度` (a reporting year), `2021—2025年`. */
const YEAR = '(\\d{4})(?:年度?)?(?:[-—–~～至](\\d{4})(?:年度?)?)?';
/** A year header in the wide layout: `2023年`, `2023`, `2023年度`, `2023年实际`, `2021—2025年累计`. */
const YEAR_HEADER = new RegExp(`^${YEAR}(?:累计)?(?:实际完成值?|实际值?|完成值?|数据)?$`);
/** A per-county value header: `2021—2025年累计完成示范区面积`, `2023年保护性耕作实施面积`. */
const NAMED_HEADER = new RegExp(`^${YEAR}(?:累计)?(?:实际完成|完成|实际)?(?:的)?(.+)$`);

function periodOf(from: string | undefined, to: string | undefined): string | null {
  const start = Number(from);
  const end = to === undefined ? start : Number(to);
  if (!Number.isInteger(start) || start < 2000 || end > 2100 || end < start) return null;
  return end === start ? String(start) : `${start}-${end}`;
}

function yearColumn(label: string, index: number): YearColumn | null {
  const text = compactText(label);
  const plain = YEAR_HEADER.exec(text);
  if (plain) {
    const period = periodOf(plain[1], plain[2]);
    return period ? { index, period } : null;
  }
  const { label: bare, unit } = splitHeaderUnit(text);
  const named = NAMED_HEADER.exec(bare);
  const period = named ? periodOf(named[1], named[2]) : null;
  const name = named?.[3];
  return period && name ? { index, period, name, unit } : null;
}

function findIndex(keys: readonly string[], labels: ReadonlySet<string>): number | null {
  const index = keys.findIndex((k) => labels.has(k));
  return index < 0 ? null : index;
}

/** `单位：亩` above the header; `单位：见各行` names no unit. */
export function tableUnitOf(above: readonly RawRow[]): string | null {
  for (const row of above) {
    const unit = unitLineOf(row.cells);
    if (unit !== null) return /[见各]/.test(unit) ? null : unit;
  }
  return null;
}

function headerOf(row: RawRow, headerRow: number, tableUnit: string | null): LayoutHeader | null {
  const labels = row.cells;
  const keys = labels.map((c) => compactText(c).replace(/（/g, '(').replace(/）/g, ')'));
  const nameColumn = findIndex(keys, NAME_LABELS);
  const regionColumn = findIndex(keys, REGION_LABELS);
  const columns = labels.map((label, index) => yearColumn(label, index)).filter((c): c is YearColumn => c !== null);
  const common = { headerRow, labels, tableUnit, unitColumn: findIndex(keys, UNIT_LABELS), regionColumn, noteColumn: findIndex(keys, NOTE_LABELS) };
  const plainYears = columns.filter((c) => c.name === undefined);
  if (nameColumn !== null && plainYears.length > 0) return { kind: 'wide', nameColumn, values: plainYears, ...common };
  const named = columns.filter((c) => c.name !== undefined);
  if (nameColumn === null && regionColumn !== null && named.length > 0) return { kind: 'county', nameColumn: null, values: named, ...common };
  return null;
}

/** How far down a header row is looked for (title rows above the table). */
const HEADER_SEARCH_ROWS = 8;

const VALUE_WORDS = /^(实际|完成|实际值|完成值|实际完成|实际完成值|数据|数值)$/;

/** A header row's second row: labels only (no figure), blank or repeating the row above (merged). */
function lowerLabels(top: RawRow, below: RawRow | undefined): string[] | null {
  if (!below) return null;
  const cells = below.cells.map((c, i) => (compactText(c) === compactText(top.cells[i] ?? '') ? '' : c));
  const filled = cells.filter((c) => compactText(c) !== '');
  if (filled.length === 0 || filled.some((c) => /^[-+]?[\d,.]+%?$/.test(compactText(c)))) return null;
  return cells;
}

/**
 * A two-row header as CSV exports merged cells: `指标名称 | 单位 | 实际完成值` over `2021年 | 2022年`
 * (the group's label blank to its right), or the years on top with `实际值` under each.
 */
function twoRowHeader(rows: readonly RawRow[], i: number, tableUnit: string | null): LayoutHeader | null {
  const top = rows[i];
  const lower = top ? lowerLabels(top, rows[i + 1]) : null;
  if (!top || !lower) return null;
  const under = headerOf(top, i + 1, tableUnit);
  if (under && lower.every((c, index) => compactText(c) === '' || (under.values.some((v) => v.index === index) && VALUE_WORDS.test(compactText(c))))) return under;
  // Each lower label under its group (merged to the right as blanks): 2021年 + 实际完成值,
  // 2021年 + 保护性耕作实施面积（万亩） — the year first, as one-row headers print it.
  let group = '';
  const cells = top.cells.map((c, index) => {
    if (compactText(c) !== '') group = c;
    const label = lower[index] ?? '';
    return compactText(label) === '' ? c : `${label}${group}`;
  });
  const joined = headerOf({ line: rows[i + 1]?.line ?? top.line, cells }, i + 1, tableUnit);
  return joined && !under ? joined : null;
}

export function findLayoutHeader(rows: readonly RawRow[]): LayoutHeader | null {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i += 1) {
    const row = rows[i];
    const unit = tableUnitOf(rows.slice(0, i));
    const header = twoRowHeader(rows, i, unit) ?? (row ? headerOf(row, i, unit) : null);
    if (header) return header;
  }
  return null;
}
