/**
 * Typing one cell by its column spec. Returns the typed value or an issue; never a NaN, never a
 * silently blanked cell.
 */
import { issue, type ValidationIssue } from './issues';
import { parseNumberCell, type RefusalReason } from './numbers';
import { resolveRegion, suggestRegion, type Region } from './regions';
import type { CellValue, ColumnSpec, DatasetSpec } from './schema';
import { cleanCell, compactText, excerpt } from './text';

export type CellResult =
  | {
      readonly ok: true;
      readonly value: CellValue;
      readonly region?: Region;
      /** `%`/`‰` written in a number cell of a column without a unit: the row's 单位 must agree. */
      readonly suffix?: '%' | '‰';
    }
  | { readonly ok: false; readonly issue: ValidationIssue };

export interface CellContext {
  readonly spec: DatasetSpec;
  readonly column: ColumnSpec;
  readonly line: number;
  /** 1-based column in the file. */
  readonly index: number;
  readonly label: string;
  /**
   * Whether `3,125` (a lone comma, that many digits after it) may be a decimal comma in this
   * column: a `;`-separated file, or a column written with that many decimals elsewhere. A
   * function: the column is only looked at when such a cell occurs.
   */
  readonly decimalCommaPlausible?: (fractionDigits: number) => boolean;
}

function fail(ctx: CellContext, code: 'type-error' | 'constraint-error' | 'missing-cell' | 'unknown-region', raw: string, zh: string, en: string): CellResult {
  return { ok: false, issue: issue(code, 'error', { line: ctx.line, column: ctx.index, field: ctx.label, cell: raw }, zh, en) };
}

function missing(ctx: CellContext, raw: string): CellResult {
  return fail(ctx, 'missing-cell', raw, `“${ctx.column.header}”不能为空。`, `"${ctx.column.header_en}" must not be empty.`);
}

const REFUSALS: Readonly<Record<RefusalReason, readonly [string, string]>> = {
  inexact: ['位数太多，无法精确保存（超过约 15 位有效数字），不会被四舍五入后导入。请核对该数字', 'has more digits than can be stored exactly (about 15 significant digits) and will not be rounded. Check the figure'],
  lookalike: ['含有上标、下标或带圈的数字（如脚注标记¹、⑤），不当作数字读取。请删去脚注标记，或把它移到备注列', 'holds a superscript, subscript or circled digit (a footnote mark like ¹ or ⑤), not read as a digit. Remove the mark or move it to the note column'],
  ambiguous: ['中的逗号可能是小数点（文件用分号分隔或该列带小数），无法确定。请写成 3125 或 3.125 这样不带逗号的形式', 'has a comma that may be a decimal comma (a semicolon-separated file, or a column with decimals). Write it without the comma, like 3125 or 3.125'],
};

function refused(ctx: CellContext, raw: string, reason: RefusalReason | undefined): CellResult {
  const { column } = ctx;
  if (reason === undefined) {
    return fail(ctx, 'type-error', raw, `“${excerpt(raw)}”不是数字（列“${column.header}”）。`, `"${excerpt(raw)}" is not a number (column "${column.header_en}").`);
  }
  const [zh, en] = REFUSALS[reason];
  return fail(ctx, 'type-error', raw, `“${excerpt(raw)}”${zh}（列“${column.header}”）。`, `"${excerpt(raw)}" ${en} (column "${column.header_en}").`);
}

const LONE_COMMA = /^[+-]?\d+,(\d+)[%‰]?$/;

function decimalCommaPlausible(ctx: CellContext, raw: string): boolean {
  if (!ctx.decimalCommaPlausible || !/[,，]/.test(raw)) return false;
  const fraction = LONE_COMMA.exec(compactText(raw))?.[1];
  return fraction !== undefined && ctx.decimalCommaPlausible(fraction.length);
}

function typeNumber(ctx: CellContext, raw: string): CellResult {
  const parsed = parseNumberCell(raw, { decimalCommaPlausible: decimalCommaPlausible(ctx, raw) });
  const { column } = ctx;
  if (parsed.kind === 'empty' || parsed.kind === 'none-mark') {
    return column.optionalCells ? { ok: true, value: null } : missing(ctx, raw);
  }
  if (parsed.kind === 'invalid') return refused(ctx, raw, parsed.reason);
  const unit = column.unit;
  if (parsed.suffix !== '' && unit !== undefined && unit !== parsed.suffix) {
    return fail(ctx, 'type-error', raw, `“${excerpt(raw)}”带有“${parsed.suffix}”，但该列单位是“${unit}”。`, `"${excerpt(raw)}" carries "${parsed.suffix}" but the column is in ${unit}.`);
  }
  if (column.min !== undefined && parsed.value < column.min) {
    return fail(ctx, 'constraint-error', raw, `“${excerpt(raw)}”小于允许的最小值 ${column.min}。`, `"${excerpt(raw)}" is below the minimum ${column.min}.`);
  }
  return parsed.suffix === '' || unit !== undefined ? { ok: true, value: parsed.value } : { ok: true, value: parsed.value, suffix: parsed.suffix };
}

function typeRegion(ctx: CellContext, raw: string): CellResult {
  const region = resolveRegion(raw);
  if (!region) {
    const hint = suggestRegion(raw);
    return fail(ctx, 'unknown-region', raw,
      `未知的行政区域“${excerpt(raw)}”${hint ? `，是否为“${hint}”？` : '。'}`,
      `Unknown region "${excerpt(raw)}"${hint ? `; did you mean "${hint}"?` : '.'}`);
  }
  const allowed = ctx.spec.regionLevels;
  if (allowed && !allowed.includes(region.level)) {
    return fail(ctx, 'constraint-error', raw, `“${region.name}”不应出现在本表中。`, `"${region.en}" does not belong in this table.`);
  }
  if (ctx.column.provinceIsBlank && region.level === 'total') return { ok: true, value: null };
  return { ok: true, value: region.name, region };
}

function typeCity(ctx: CellContext, raw: string): CellResult {
  const region = resolveRegion(raw);
  if (!region || region.level !== 'city') {
    return fail(ctx, 'unknown-region', raw, `“${excerpt(raw)}”不是本表中的市（地）。`, `"${excerpt(raw)}" is not one of the table's cities.`);
  }
  return { ok: true, value: region.name };
}

function typeEnum(ctx: CellContext, raw: string): CellResult {
  const values = ctx.column.values ?? [];
  const found = values.find((v) => compactText(v) === compactText(raw));
  if (found !== undefined) return { ok: true, value: found };
  return fail(ctx, 'constraint-error', raw, `“${excerpt(raw)}”不是允许的取值：${values.join('、')}。`, `"${excerpt(raw)}" is not one of: ${values.join(', ')}.`);
}

/** `2025`, `2025年`, `2025年度` (statistics offices' word for a reporting year), `2021—2025年`. */
const PERIOD = /^(\d{4})(?:年度?)?(?:[-—–~～至](\d{4})(?:年度?)?)?$/;

function typePeriod(ctx: CellContext, raw: string): CellResult {
  const match = PERIOD.exec(compactText(raw));
  const from = Number(match?.[1]);
  const to = match?.[2] === undefined ? from : Number(match[2]);
  if (!match || from < 2000 || to > 2100 || to < from) {
    return fail(ctx, 'type-error', raw, `“${excerpt(raw)}”不是年份或年份区间（如 2025、2021—2025）。`, `"${excerpt(raw)}" is not a year or range of years (e.g. 2025, 2021-2025).`);
  }
  return { ok: true, value: to === from ? String(from) : `${from}-${to}` };
}

function typeCode(ctx: CellContext, raw: string): CellResult {
  const code = compactText(raw);
  if (/^[a-z][a-z0-9_]*$/.test(code)) return { ok: true, value: code };
  return fail(ctx, 'constraint-error', raw, `指标代码“${excerpt(raw)}”只能由小写字母、数字和下划线组成。`, `Indicator code "${excerpt(raw)}" may use only lower-case letters, digits and underscores.`);
}

const INDICATOR_ID = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9_]*$/;

function typeIndicator(ctx: CellContext, raw: string): CellResult {
  const id = compactText(raw);
  if (INDICATOR_ID.test(id)) return { ok: true, value: id };
  return fail(ctx, 'constraint-error', raw, `“${excerpt(raw)}”不是指标编号（形如 grain-livestock-2022.grain_output，见填报模板）。`, `"${excerpt(raw)}" is not an indicator id (like grain-livestock-2022.grain_output; see the fill-in template).`);
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The common case of a number column, typed without cleaning, folding or allocation beyond the
 * result: a plain ASCII decimal within the column's minimum. Anything else returns null and takes
 * the full path of `typeCell`, which has the messages.
 */
export function plainNumberCell(column: ColumnSpec, raw: string): CellResult | null {
  // Past 15 characters a double may not hold the decimal: the full path checks and says so.
  if (column.type !== 'number' || raw.length > 15 || !PLAIN_DECIMAL.test(raw)) return null;
  const value = Number(raw);
  return column.min !== undefined && value < column.min ? null : { ok: true, value };
}

/** An issue quotes the cell exactly as written (spaces included), not the cleaned text. */
function asWritten(result: CellResult, raw: string): CellResult {
  return result.ok || result.issue.cell === raw ? result : { ok: false, issue: { ...result.issue, cell: raw } };
}

export function typeCell(ctx: CellContext, raw: string): CellResult {
  return asWritten(typeCleanCell(ctx, cleanCell(raw), raw), raw);
}

function typeCleanCell(ctx: CellContext, text: string, raw: string): CellResult {
  if (ctx.column.type === 'number') return typeNumber(ctx, text);
  if (text === '') return ctx.column.optionalCells ? { ok: true, value: null } : missing(ctx, raw);
  switch (ctx.column.type) {
    case 'region': return typeRegion(ctx, text);
    case 'city': return typeCity(ctx, text);
    case 'enum': return typeEnum(ctx, text);
    case 'period': return typePeriod(ctx, text);
    case 'code': return typeCode(ctx, text);
    case 'indicator': return typeIndicator(ctx, text);
    case 'text': return { ok: true, value: text };
  }
}
