/**
 * Typing one cell by its column spec. Returns the typed value or an issue; never a NaN, never a
 * silently blanked cell.
 */
import { issue, type ValidationIssue } from './issues';
import { parseNumberCell } from './numbers';
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
}

function fail(ctx: CellContext, code: 'type-error' | 'constraint-error' | 'missing-cell' | 'unknown-region', raw: string, zh: string, en: string): CellResult {
  return { ok: false, issue: issue(code, 'error', { line: ctx.line, column: ctx.index, field: ctx.label, cell: raw }, zh, en) };
}

function missing(ctx: CellContext, raw: string): CellResult {
  return fail(ctx, 'missing-cell', raw, `“${ctx.column.header}”不能为空。`, `"${ctx.column.header_en}" must not be empty.`);
}

function typeNumber(ctx: CellContext, raw: string): CellResult {
  const parsed = parseNumberCell(raw);
  const { column } = ctx;
  if (parsed.kind === 'empty' || parsed.kind === 'none-mark') {
    return column.optionalCells ? { ok: true, value: null } : missing(ctx, raw);
  }
  if (parsed.kind === 'invalid') {
    return fail(ctx, 'type-error', raw, `“${excerpt(raw)}”不是数字（列“${column.header}”）。`, `"${excerpt(raw)}" is not a number (column "${column.header_en}").`);
  }
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

const PERIOD = /^(\d{4})年?(?:[-—–~～至](\d{4})年?)?$/;

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
  if (column.type !== 'number' || !PLAIN_DECIMAL.test(raw)) return null;
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
