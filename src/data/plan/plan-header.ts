/**
 * Recognising a plan's indicator table by the headers it prints, not by a layout of ours:
 * 指标 / 指标名称 / 主要指标, optional 序号, 类别 / 领域, 单位, base-year and target-year columns
 * (`2020年`, `2020年 基期值`, `基期值`, `2025年预期值`, `2030年目标`, `到2025年实现目标`, units in
 * brackets), 年均增长, 累计, 属性, 备注. A title row above the table is kept: it names the plan.
 */
import type { RawRow } from '../parse';
import { compactText, headerKey, splitHeaderUnit } from '../text';

export type PlanColumnRole =
  | 'seq' | 'category' | 'indicator' | 'unit' | 'base' | 'target' | 'growth' | 'cumulative' | 'attribute' | 'note' | 'code';

export interface PlanColumn {
  readonly role: PlanColumnRole;
  /** 0-based index in the file's row. */
  readonly index: number;
  readonly label: string;
  /** Year the column holds (base or target), when its header says. */
  readonly year: number | null;
  /** Unit in the header's brackets (`2030年目标（%）`). */
  readonly unit: string | null;
}

export interface PlanHeader {
  /** Index into the raw rows of the header row. */
  readonly headerRow: number;
  readonly headerLine: number;
  readonly columns: readonly PlanColumn[];
  /** Text of a title row above the header (one non-empty cell), when there is one. */
  readonly title: string | null;
}

const HEADER_SEARCH_ROWS = 8;
const ROLES: ReadonlyArray<readonly [PlanColumnRole, RegExp]> = [
  ['seq', /^(序号|编号|序)$/],
  ['code', /^指标代码$/],
  ['category', /^(类别|领域|类型|分类|指标类别|一级指标)$/],
  ['indicator', /^((主要)?指标(名称|内容)?|指标项)$/],
  ['unit', /^(计量)?单位$/],
  ['attribute', /^(指标)?(属性|性质)$/],
  ['growth', /^(年均增长|年均增速|年均增长率|年均)(\(%\)|%)?$/],
  ['cumulative', /^(五年)?累计$/],
  ['note', /^(备注|说明)$/],
];
const BASE = /^(\d{4})年?(基期值?|基数|现状值?|实际值?|完成值?)?$|^(基期值?|现状值?)(\d{4})?年?$/;
const TARGET = /^(?:到)?(\d{4})年?(目标值?|预期值?|规划目标|实现目标|预期目标|目标任务)?$|^(目标值?|预期值?|规划目标)(\d{4})?年?$/;

/**
 * One column for both, as 规划纲要 tables print it: `年均增长〔累计〕`, `年均增长/累计`,
 * `年均增速（%）[累计]`. Its cells say which: `〔2.9〕` a five-year total, `5左右` a yearly average.
 */
const GROWTH_OR_CUMULATIVE = /^(年均增长率?|年均增速|年均)(\(%\))?[/、]?[([【〔［]?(五年)?累计[)\]】〕］]?(\(%\))?$/;

function classify(label: string): { role: PlanColumnRole; year: number | null; unit: string | null } | null {
  if (GROWTH_OR_CUMULATIVE.test(headerKey(label))) return { role: 'growth', year: null, unit: null };
  const { label: bare, unit } = splitHeaderUnit(label);
  const key = headerKey(bare);
  if (key === '') return null;
  for (const [role, pattern] of ROLES) if (pattern.test(key)) return { role, year: null, unit };
  const base = BASE.exec(key);
  if (base) {
    const year = base[1] ?? base[4];
    return { role: 'base', year: year ? Number(year) : null, unit };
  }
  const target = TARGET.exec(key);
  if (target) {
    const year = target[1] ?? target[4];
    return { role: 'target', year: year ? Number(year) : null, unit };
  }
  return null;
}

/** Two bare years (`2020年 | 2025年`): the earlier is the base, the later the target. */
function settleYears(columns: PlanColumn[]): PlanColumn[] {
  const bare = columns.filter((c) => (c.role === 'base' || c.role === 'target') && c.year !== null);
  const hasWordedTarget = columns.some((c) => c.role === 'target');
  if (bare.length < 2 && hasWordedTarget) return columns;
  const last = Math.max(...bare.map((c) => c.year ?? 0));
  return columns.map((c) => (c.role === 'base' && c.year === last && !columns.some((o) => o.role === 'target') ? { ...c, role: 'target' } : c));
}

function columnsOf(cells: readonly string[]): PlanColumn[] | null {
  const columns: PlanColumn[] = [];
  cells.forEach((label, index) => {
    const found = classify(label);
    if (found) columns.push({ ...found, index, label: label.trim() });
  });
  const settled = settleYears(columns);
  const has = (role: PlanColumnRole): boolean => settled.some((c) => c.role === role);
  return has('indicator') && has('target') ? settled : null;
}

function titleAbove(rows: readonly RawRow[], headerRow: number): string | null {
  for (let i = headerRow - 1; i >= 0; i -= 1) {
    const filled = (rows[i]?.cells ?? []).map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length === 1 && filled[0]) return filled[0];
  }
  return null;
}

const YEAR_CELL = /^(\d{4})年?$/;

/**
 * A two-row header (基期值 | 目标值 over 2025年 | 2030年, merged cells exported): the row below
 * gives the years of base and target columns that have none, and the data start after it.
 */
function withYearRow(header: PlanHeader, rows: readonly RawRow[]): PlanHeader {
  const next = rows[header.headerRow + 1];
  if (!next) return header;
  // A workbook's label merged down both header rows (类别, 指标, 属性) repeats below it; CSV leaves it blank.
  const top = rows[header.headerRow]?.cells ?? [];
  const below = { ...next, cells: next.cells.map((c, i) => (compactText(c) !== '' && compactText(c) === compactText(top[i] ?? '') ? '' : c)) };
  const indicator = header.columns.find((c) => c.role === 'indicator');
  if (indicator && compactText(below.cells[indicator.index] ?? '') !== '') return header;
  const yearAt = (index: number): number | null => {
    const match = YEAR_CELL.exec(compactText(below.cells[index] ?? ''));
    return match?.[1] ? Number(match[1]) : null;
  };
  const filled = below.cells.filter((c) => compactText(c) !== '');
  if (filled.length === 0 || !filled.every((c) => YEAR_CELL.test(compactText(c)))) return header;
  const columns = header.columns.map((c) =>
    (c.role === 'base' || c.role === 'target') && c.year === null ? { ...c, year: yearAt(c.index) } : c,
  );
  return { ...header, headerRow: header.headerRow + 1, headerLine: below.line, columns };
}

export function findPlanHeader(rows: readonly RawRow[]): PlanHeader | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i += 1) {
    const row = rows[i];
    const columns = row ? columnsOf(row.cells) : null;
    if (row && columns) return withYearRow({ headerRow: i, headerLine: row.line, columns, title: titleAbove(rows, i) }, rows);
  }
  return null;
}

/** `“十五五”` → 2026—2030; an explicit `（2026—2030年）` wins. */
export function periodFromTitle(title: string): string | null {
  const explicit = /(\d{4})\s*[—–\-－~～至]+\s*(\d{4})/.exec(title);
  if (explicit?.[1] && explicit[2]) return `${explicit[1]}—${explicit[2]}`;
  const plans: Readonly<Record<string, number>> = {
    十三五: 2016, 十四五: 2021, 十五五: 2026, 十六五: 2031,
    第十三个五年: 2016, 第十四个五年: 2021, 第十五个五年: 2026, 第十六个五年: 2031,
  };
  for (const [name, start] of Object.entries(plans)) if (title.includes(name)) return `${start}—${start + 4}`;
  return null;
}

const PLAN_WORDS = /基期|目标|预期|规划/;

/**
 * A table that says it holds targets: a 属性 column, or a base/target header with 基期 / 目标 /
 * 预期 in it. Bare years (`指标名称 | 2021年 | 2022年`) are what statistics offices send as actual
 * values; such a file is read as actuals first.
 */
export function looksLikePlanTable(rows: readonly RawRow[]): boolean {
  const header = findPlanHeader(rows);
  if (!header) return false;
  return header.columns.some((c) => c.role === 'attribute' || ((c.role === 'base' || c.role === 'target') && PLAN_WORDS.test(c.label)));
}
