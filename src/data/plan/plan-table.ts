/**
 * A printed indicator table → indicators, every figure with the cell it came from. Blank 类别 and
 * blank 指标 cells mean "same as above" (merged cells export that way); a blank indicator with a
 * target is a further target of the indicator above (credit item 12's three coverage rates).
 *
 * Where the target-year cell is empty or `—`, the target is the 年均增长 / 累计 cell, as plans
 * print growth indicators (地区生产总值增长 | — | 5左右, 能耗降低 | — | 〔13.5〕): a bracketed figure
 * or one in a 累计 column is the five-year total, any other figure the yearly average over the
 * period. An indicator with no target in either is a warning, never a silent blank.
 */
import { normalizeIndicatorName } from '../indicator-names';
import { issue, type ValidationIssue } from '../issues';
import type { RawRow } from '../parse';
import { cleanCell, excerpt, noteLines } from '../text';
import { extraCellIssue, labelledWidth, noteIssue } from '../validate';
import { parseBaseCell, parseTargetCell, type TargetCell } from './plan-cells';
import { normalizeUnit } from '../units';
import type { PlanColumn, PlanColumnRole, PlanHeader } from './plan-header';

export interface CellRef {
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  readonly raw: string;
}

export interface PlanIndicator {
  readonly line: number;
  readonly category: string | null;
  /** Name as shown (unit and 其中 removed); `key` is its identity (indicator-names). */
  readonly name: string;
  readonly key: string;
  readonly subItem: boolean;
  readonly nameCell: CellRef;
  readonly unit: string | null;
  readonly baseYear: number | null;
  readonly base: { readonly cell: CellRef; readonly value: number } | null;
  readonly targetYear: number | null;
  readonly target: { readonly cell: CellRef; readonly parsed: TargetCell } | null;
  /** The target is read from the 年均增长 cell: a yearly average over the period, not a level. */
  readonly yearlyAverage: boolean;
  readonly growth: string | null;
  readonly attribute: string | null;
  readonly note: string | null;
}

export interface PlanTable {
  readonly header: PlanHeader;
  readonly indicators: readonly PlanIndicator[];
  readonly issues: readonly ValidationIssue[];
}

const ATTRIBUTES = new Set(['预期性', '约束性']);
const NUMBER_WORDS_ZH = (c: CellRef, what: string): string => `“${excerpt(c.raw)}”是用汉字写的数字；${what}必须写成阿拉伯数字（如 500）。`;

function col(header: PlanHeader, role: PlanColumnRole): PlanColumn | undefined {
  return header.columns.find((c) => c.role === role);
}

interface Context {
  readonly header: PlanHeader;
  readonly issues: ValidationIssue[];
  category: string | null;
  lastName: { name: string; key: string; subItem: boolean; cell: CellRef; unit: string | null } | null;
  readonly seen: Map<string, CellRef>;
}

function cellAt(row: RawRow, c: PlanColumn | undefined): CellRef | null {
  if (!c) return null;
  return { line: row.line, column: c.index + 1, raw: cleanCell(row.cells[c.index] ?? '') };
}

function err(ctx: Context, c: CellRef, code: 'type-error' | 'constraint-error' | 'duplicate-row', zh: string, en: string, severity: 'error' | 'warning' = 'error'): void {
  ctx.issues.push(issue(code, severity, { line: c.line, column: c.column, cell: c.raw }, zh, en));
}

function readBase(ctx: Context, c: CellRef | null): { cell: CellRef; value: number } | null {
  if (!c || c.raw === '') return null;
  const parsed = parseBaseCell(c.raw);
  if (parsed.kind === 'figure') return { cell: c, value: parsed.value };
  if (parsed.kind === 'number-words') err(ctx, c, 'type-error', NUMBER_WORDS_ZH(c, '基期值'), `"${excerpt(c.raw)}" is a number written in words; write the base value in digits.`);
  else if (parsed.kind === 'words') err(ctx, c, 'type-error', `基期值“${excerpt(c.raw)}”不是数字。`, `Base value "${excerpt(c.raw)}" is not a number.`);
  return null;
}

/**
 * A figure written with its own unit (`2.5亿亩`) in a row whose unit is another (万亩): read as the
 * row's unit it would be off by the factor between them. An error at the cell; the row is not read.
 */
function cellUnitIssue(ctx: Context, c: CellRef | null, parsed: TargetCell | null, unit: string | null): boolean {
  const written = parsed?.kind === 'figure' ? parsed.unit : undefined;
  if (!c || written === undefined || unit === null || normalizeUnit(written) === normalizeUnit(unit)) return false;
  err(ctx, c, 'constraint-error', `“${excerpt(c.raw)}”写的单位是“${written}”，本行的单位是“${unit}”。请换算为“${unit}”后再导入。`,
    `"${excerpt(c.raw)}" is written in ${written} but the row's unit is ${unit}; convert it to ${unit} before importing.`);
  return true;
}

function readTarget(ctx: Context, c: CellRef | null): { cell: CellRef; parsed: TargetCell } | null {
  if (!c || c.raw === '') return null;
  const parsed = parseTargetCell(c.raw);
  if (parsed.kind === 'number-words') {
    err(ctx, c, 'type-error', NUMBER_WORDS_ZH(c, '目标值'), `"${excerpt(c.raw)}" is a number written in words; write the target in digits.`);
    return null;
  }
  if (parsed.kind === 'words') {
    err(ctx, c, 'constraint-error', `目标“${excerpt(c.raw)}”无法确定地读成比较符、数值和单位，按原文作为定性目标保留。`,
      `Target "${excerpt(c.raw)}" cannot be read with certainty as comparator, value and unit; kept as qualitative wording.`, 'warning');
  }
  return parsed.kind === 'none' ? null : { cell: c, parsed };
}

function readAttribute(ctx: Context, c: CellRef | null): string | null {
  if (!c || c.raw === '') return null;
  const value = c.raw.replace(/[\s\u3000]/g, '');
  if (ATTRIBUTES.has(value)) return value;
  err(ctx, c, 'constraint-error', `属性“${excerpt(c.raw)}”未知，应为“预期性”或“约束性”。`, `Unknown attribute "${excerpt(c.raw)}": must be 预期性 (expected) or 约束性 (binding).`);
  return null;
}

function nameOf(ctx: Context, row: RawRow, hasTarget: boolean): Context['lastName'] {
  const c = cellAt(row, col(ctx.header, 'indicator'));
  if (!c) return null;
  if (c.raw === '') return hasTarget ? ctx.lastName : null;
  const n = normalizeIndicatorName(c.raw);
  return { name: n.name, key: n.key, subItem: n.subItem, cell: c, unit: n.unit };
}

function textOf(row: RawRow, c: PlanColumn | undefined): string | null {
  const t = c ? cleanCell(row.cells[c.index] ?? '') : '';
  return t === '' ? null : t;
}

function isNone(raw: string): boolean {
  const parsed = parseTargetCell(raw);
  return parsed.kind === 'none' || parsed.kind === 'empty';
}

/** The row's 年均增长 or 累计 cell that holds a figure or words (not empty, not `—`), with its role. */
function changeCellOf(ctx: Context, row: RawRow): { cell: CellRef; role: 'growth' | 'cumulative' } | null {
  for (const role of ['growth', 'cumulative'] as const) {
    const cell = cellAt(row, col(ctx.header, role));
    if (cell && !isNone(cell.raw)) return { cell, role };
  }
  return null;
}

/**
 * The target of a row: the target-year cell, else the 年均增长 / 累计 cell. `yearlyAverage` for a
 * figure from the growth column that is not bracketed as a five-year total.
 */
function readRowTarget(
  ctx: Context,
  targetCell: CellRef | null,
  change: ReturnType<typeof changeCellOf>,
): { target: PlanIndicator['target']; yearlyAverage: boolean } {
  if (!change || (targetCell && !isNone(targetCell.raw)))
    return { target: targetCell ? readTarget(ctx, targetCell) : null, yearlyAverage: false };
  const target = readTarget(ctx, change.cell);
  const figure = target?.parsed.kind === 'figure' ? target.parsed : null;
  if (!target || !figure) return { target, yearlyAverage: false };
  const cumulative = figure.cumulative || change.role === 'cumulative';
  return { target: { cell: target.cell, parsed: { ...figure, cumulative } }, yearlyAverage: !cumulative };
}

function readRow(ctx: Context, row: RawRow): PlanIndicator | null {
  const { header } = ctx;
  const targetCol = col(header, 'target');
  const targetCell = cellAt(row, targetCol);
  const category = textOf(row, col(header, 'category'));
  if (category !== null) ctx.category = category;
  const change = changeCellOf(ctx, row);
  const name = nameOf(ctx, row, (targetCell?.raw ?? '') !== '' || change !== null);
  if (!name) return null;
  const repeat = name.cell.line === row.line ? ctx.seen.get(`${ctx.category ?? ''}|${name.key}`) : undefined;
  if (repeat) {
    err(ctx, name.cell, 'duplicate-row', `指标“${excerpt(name.cell.raw)}”重复出现（第 ${repeat.line} 行已有）。`, `Indicator "${excerpt(name.cell.raw)}" appears twice (already on line ${repeat.line}).`);
    return null;
  }
  ctx.seen.set(`${ctx.category ?? ''}|${name.key}`, name.cell);
  ctx.lastName = name;
  const baseCol = col(header, 'base');
  const { target, yearlyAverage } = readRowTarget(ctx, targetCell, change);
  const fromChange = target !== null && target.cell === change?.cell;
  if (!target && (targetCell?.raw ?? '') === '' && !change) {
    err(ctx, name.cell, 'constraint-error', `指标“${excerpt(name.cell.raw)}”没有目标值（目标年份列和年均增长/累计列都是空的）。`,
      `Indicator "${excerpt(name.cell.raw)}" has no target (the target-year and growth / cumulative cells are empty).`, 'warning');
  }
  const unitCell = cellAt(row, col(header, 'unit'));
  const unit = textOf(row, col(header, 'unit')) ?? name.unit ?? targetCol?.unit ?? baseCol?.unit ?? null;
  if (unitCell && unitCell.raw !== '' && name.unit !== null && normalizeUnit(unitCell.raw) !== normalizeUnit(name.unit)) {
    // 粮食综合生产能力（万吨） | 亿斤: which unit the figures are in cannot be told.
    err(ctx, unitCell, 'constraint-error', `指标名称写明单位“${name.unit}”，单位列却是“${unitCell.raw}”，无法确定数值的单位。请只保留一个单位。`,
      `The name states ${name.unit} but the unit column says ${unitCell.raw}; which one the figures are in cannot be told. Keep one unit.`);
    return null;
  }
  const baseCell = cellAt(row, baseCol);
  const base = readBase(ctx, baseCell);
  const unitErrors = [cellUnitIssue(ctx, target?.cell ?? null, target?.parsed ?? null, unit), cellUnitIssue(ctx, base ? baseCell : null, baseCell ? parseBaseCell(baseCell.raw) : null, unit)];
  if (unitErrors.some(Boolean)) return null;
  return {
    line: row.line, category: ctx.category, name: name.name, key: name.key, subItem: name.subItem, nameCell: name.cell,
    unit,
    baseYear: baseCol?.year ?? null, base,
    targetYear: fromChange ? null : (targetCol?.year ?? null), target, yearlyAverage,
    growth: textOf(row, col(header, 'growth')) ?? textOf(row, col(header, 'cumulative')),
    attribute: readAttribute(ctx, cellAt(row, col(header, 'attribute'))),
    note: textOf(row, col(header, 'note')),
  };
}

function isBlank(row: RawRow): boolean {
  return row.cells.every((c) => cleanCell(c) === '');
}

/**
 * A table reads one base and one target column; a third year (`2025年 | 2027年 | 2030年`, a
 * mid-term milestone) or a second 目标 column is not read, and a warning at its header says so.
 */
function unreadColumns(header: PlanHeader): ValidationIssue[] {
  return header.columns
    .filter((c) => (c.role === 'base' || c.role === 'target') && col(header, c.role) !== c)
    .map((c) => issue('ignored-content', 'warning', { line: header.headerLine, column: c.index + 1, cell: c.label },
      `列“${excerpt(c.label)}”未读入：每张表只读一个基期列和一个目标列（${col(header, 'base')?.label ?? '—'}、${col(header, 'target')?.label ?? '—'}）。`,
      `Column "${excerpt(c.label)}" was not read: a table gives one base and one target column (${col(header, 'base')?.label ?? '—'}, ${col(header, 'target')?.label ?? '—'}).`));
}

export function readPlanTable(header: PlanHeader, rows: readonly RawRow[]): PlanTable {
  const ctx: Context = { header, issues: unreadColumns(header), category: null, lastName: null, seen: new Map() };
  const indicators: PlanIndicator[] = [];
  const body = rows.slice(header.headerRow + 1);
  const notes = noteLines(body);
  const width = labelledWidth([rows[header.headerRow - 1], rows[header.headerRow]]);
  for (const row of body) {
    if (isBlank(row)) continue;
    const skipped = notes.has(row.line) ? noteIssue(row) : extraCellIssue(row, width);
    if (skipped) {
      ctx.issues.push(skipped);
      continue;
    }
    const indicator = readRow(ctx, row);
    if (indicator) indicators.push(indicator);
  }
  return { header, indicators, issues: ctx.issues };
}
