/**
 * Stage 3: raw rows → typed rows + issues, by the dataset's column specs. Structure checks
 * (blank rows, extra or missing cells), then each cell's type, then row-level rules (a county's
 * city, duplicate keys). Totals are checked separately (totals.ts) on the typed rows.
 */
import { plainNumberCell, typeCell, type CellResult } from './cells';
import type { HeaderMatch } from './headers';
import { errorsOf, issue, type ValidationIssue } from './issues';
import type { RawRow } from './parse';
import type { Region } from './regions';
import type { CellValue, ColumnSpec, TypedRow } from './schema';
import { rowLabel } from './row-key';
import { compactText, excerpt, noteLines } from './text';

export interface ValidatedTable {
  readonly rows: readonly TypedRow[];
  /** Blank and `,,,,` rows under the header, skipped with a warning. */
  readonly blankRows: number;
  readonly issues: readonly ValidationIssue[];
}

const NOT_BLANK = /\S/;

/** Without trimming: a copy of every cell of every row is garbage a large import can do without. */
export function isBlankRow(cells: readonly string[]): boolean {
  return !cells.some((c) => NOT_BLANK.test(c));
}

/**
 * How far a printed table's header reaches: the last labelled cell of its header rows (a two-row
 * header's lower row may reach further than the merged group above it). A cell beyond it belongs
 * to no column — most often a thousands comma in an unquoted number (2,038 → 2 | 038).
 */
export function labelledWidth(headerRows: ReadonlyArray<RawRow | undefined>): number {
  let width = 0;
  for (const row of headerRows) {
    const cells = row?.cells ?? [];
    for (let i = cells.length - 1; i >= width; i -= 1) {
      if (NOT_BLANK.test(cells[i] ?? '')) {
        width = i + 1;
        break;
      }
    }
  }
  return width;
}

export function extraCellIssue(row: RawRow, width: number): ValidationIssue | null {
  let extra = -1;
  for (let i = width; i < row.cells.length && extra < 0; i += 1) if (NOT_BLANK.test(row.cells[i] ?? '')) extra = i;
  if (extra < 0) return null;
  const cell = row.cells[extra] ?? '';
  return issue('extra-cell', 'error', { line: row.line, column: extra + 1, cell },
    `第 ${row.line} 行比表头多出单元格“${excerpt(cell)}”。常见原因：数字里的千分位逗号没有加引号（如 1,234）。`,
    `Line ${row.line} has a cell beyond the header: "${excerpt(cell)}". Often a thousands comma in an unquoted number (1,234).`);
}

function cityMismatch(row: RawRow, region: Region, city: CellValue, index: number): ValidationIssue | null {
  // A city row may name itself as its 所属市 (staff fill the column down).
  if (city === null || region.city === city || (region.level === 'city' && region.name === city)) return null;
  const expected = region.city ?? '（无）';
  return issue('region-mismatch', 'error', { line: row.line, column: index + 1, cell: String(city) },
    `“${region.name}”属于${expected}，不属于${String(city)}。`,
    `"${region.en}" belongs to ${region.city ?? 'no city'}, not ${String(city)}.`);
}

/** One column of the file as the row typer sees it, with the typed values seen so far. */
interface ColumnReader {
  readonly column: ColumnSpec;
  /** 0-based column of the file. */
  readonly index: number;
  readonly label: string;
  /**
   * Raw cell → accepted value. Regions, years, units and names repeat on every row of a long
   * file; typing each distinct cell once keeps 100,000-row imports fast. Rejections are never
   * cached: their issue carries the line.
   */
  readonly accepted: Map<string, CellResult>;
  readonly decimalCommaPlausible: (fractionDigits: number) => boolean;
}

const DOT_DECIMAL = /^\s*[+-]?\d*\.(\d+)\s*[%‰]?\s*$/;

/**
 * The column's precision: the most decimals any cell of it is written with (1.328 → 3). A lone
 * comma followed by no more digits than that may be a decimal comma (`3,125` beside 1.328);
 * `1,144` beside 227.3 cannot be. Computed once per column, and only when a comma asks.
 */
function columnPrecision(rawRows: readonly RawRow[], from: number, index: number): (fractionDigits: number) => boolean {
  let decimals: number | undefined;
  return (fractionDigits) => {
    decimals ??= rawRows.slice(from).reduce((most, row) => Math.max(most, DOT_DECIMAL.exec(row.cells[index] ?? '')?.[1]?.length ?? 0), 0);
    return fractionDigits <= decimals;
  };
}

function readersOf(match: HeaderMatch, rawRows: readonly RawRow[], options: ValidateOptions): ColumnReader[] {
  const semicolon = options.delimiter === ';';
  return match.spec.columns.flatMap((column) => {
    const index = match.columnIndex.get(column.key);
    if (index === undefined) return [];
    const decimalCommaPlausible = semicolon ? () => true : columnPrecision(rawRows, match.dataStart, index);
    return [{ column, index, label: match.labels[index] ?? column.header, accepted: new Map(), decimalCommaPlausible }];
  });
}

function readCell(match: HeaderMatch, reader: ColumnReader, row: RawRow): CellResult {
  const raw = row.cells[reader.index] ?? '';
  const known = reader.accepted.get(raw) ?? plainNumberCell(reader.column, raw);
  if (known) return known;
  const result = typeCell({ spec: match.spec, column: reader.column, line: row.line, index: reader.index + 1, label: reader.label, decimalCommaPlausible: reader.decimalCommaPlausible }, raw);
  if (result.ok) reader.accepted.set(raw, result);
  return result;
}

/** `16%` in 目标值 on a row whose 单位 is 个: the figure would silently change meaning. */
function suffixMismatch(row: RawRow, reader: ColumnReader, suffix: string, unit: CellValue): ValidationIssue | null {
  if (unit === suffix) return null;
  const raw = row.cells[reader.index] ?? '';
  return issue('type-error', 'error', { line: row.line, column: reader.index + 1, field: reader.label, cell: raw },
    `“${excerpt(raw)}”带有“${suffix}”，但本行单位是“${String(unit ?? '')}”。`,
    `"${excerpt(raw)}" carries "${suffix}" but the row's unit is "${String(unit ?? '')}".`);
}

function typeRow(match: HeaderMatch, readers: readonly ColumnReader[], row: RawRow, issues: ValidationIssue[]): TypedRow | null {
  const values: Record<string, CellValue> = {};
  for (const column of match.spec.columns) values[column.key] = null;
  let region: Region | undefined;
  let ok = true;
  let suffixed: Array<{ reader: ColumnReader; suffix: string }> | null = null;
  for (const reader of readers) {
    const result = readCell(match, reader, row);
    if (!result.ok) { issues.push(result.issue); ok = false; continue; }
    values[reader.column.key] = result.value;
    if (result.region) region = result.region;
    if (result.suffix) (suffixed ??= []).push({ reader, suffix: result.suffix });
  }
  for (const { reader, suffix } of suffixed ?? []) {
    const mismatch = suffixMismatch(row, reader, suffix, values.unit ?? null);
    if (mismatch) { issues.push(mismatch); ok = false; }
  }
  const cityIndex = match.columnIndex.get('city');
  if (region && cityIndex !== undefined) {
    const mismatch = cityMismatch(row, region, values.city ?? null, cityIndex);
    if (mismatch) { issues.push(mismatch); ok = false; }
  }
  if (!ok) return null;
  return region ? { line: row.line, values, region } : { line: row.line, values };
}

/**
 * Rows seen so far, as a tree of maps keyed by each key column's value in turn. The values are
 * the typed cells, shared strings from the column caches, so no key string is built per row
 * (a 100,000-row import would build 100,000 of them).
 */
class KeyIndex {
  private readonly root = new Map<CellValue, unknown>();

  constructor(private readonly keys: readonly string[]) {}

  /** Line of an earlier row with the same key, or undefined (and this row is recorded). */
  firstLineOf(row: TypedRow): number | undefined {
    let level = this.root;
    const last = this.keys.length - 1;
    for (let i = 0; i < last; i += 1) {
      const value = row.values[this.keys[i] ?? ''] ?? null;
      let next = level.get(value) as Map<CellValue, unknown> | undefined;
      if (!next) { next = new Map(); level.set(value, next); }
      level = next;
    }
    const leaf = row.values[this.keys[last] ?? ''] ?? null;
    const first = level.get(leaf) as number | undefined;
    if (first === undefined) level.set(leaf, row.line);
    return first;
  }
}

function duplicateIssues(match: HeaderMatch, rows: readonly TypedRow[]): ValidationIssue[] {
  const seen = new KeyIndex(match.spec.keys);
  const issues: ValidationIssue[] = [];
  for (const row of rows) {
    const first = seen.firstLineOf(row);
    if (first === undefined) continue;
    const label = rowLabel(match.spec.keys, row);
    issues.push(issue('duplicate-row', 'error', { line: row.line, cell: label },
      `“${label}”重复：第 ${first} 行已有同一项。`, `"${label}" appears twice: already on line ${first}.`));
  }
  return issues;
}

/** A row's cells compared as text (trailing empty cells do not count). */
function rowKey(cells: readonly string[]): string {
  const compact = cells.map(compactText);
  while (compact.length > 0 && compact[compact.length - 1] === '') compact.pop();
  return compact.join('|');
}

/** The header's own rows (a two-row header is both): printed again at the top of each page. */
interface HeaderRows {
  readonly keys: ReadonlySet<string>;
  /** Their first cells, compacted: a data row is compared whole only when its first cell is one. */
  readonly firsts: ReadonlySet<string>;
}

function headerRowKeys(rawRows: readonly RawRow[], match: HeaderMatch): HeaderRows {
  const header = rawRows.slice(0, match.dataStart).filter((r) => r.line >= match.headerLine - 1 && !isBlankRow(r.cells));
  const rows = header.slice(-2);
  return { keys: new Set(rows.map((r) => rowKey(r.cells))), firsts: new Set(rows.map((r) => compactText(r.cells[0] ?? ''))) };
}

function repeatsHeader(cells: readonly string[], header: HeaderRows): boolean {
  return header.firsts.has(compactText(cells[0] ?? '')) && header.keys.has(rowKey(cells));
}

/** A note under the table, skipped: visible, since a note can hold what a cell should. */
export function noteIssue(row: RawRow): ValidationIssue {
  const column = row.cells.findIndex((c) => c.trim() !== '') + 1;
  const cell = row.cells[column - 1] ?? '';
  return issue('ignored-content', 'warning', { line: row.line, column, cell }, `第 ${row.line} 行是表注（“${excerpt(cell)}”），不是数据，已跳过。`,
    `Line ${row.line} is a note under the table ("${excerpt(cell)}"), not data, and was skipped.`);
}

function repeatedHeaderIssue(row: RawRow): ValidationIssue {
  return issue('ignored-content', 'warning', { line: row.line, column: 1, cell: row.cells[0] ?? '' }, `第 ${row.line} 行重复了表头（分页处重印的表头），已跳过。`,
    `Line ${row.line} repeats the header (printed again at a page break) and was skipped.`);
}

export interface ValidateOptions {
  /** The CSV's separator (none for JSON tables). */
  readonly delimiter?: string;
}

export function validateRows(match: HeaderMatch, rawRows: readonly RawRow[], options: ValidateOptions = {}): ValidatedTable {
  const issues: ValidationIssue[] = [];
  const rows: TypedRow[] = [];
  const width = match.labels.length;
  const readers = readersOf(match, rawRows, options);
  let blankRows = 0;
  const body = rawRows.slice(match.dataStart);
  const notes = noteLines(body);
  const repeated = headerRowKeys(rawRows, match);
  for (const row of body) {
    if (isBlankRow(row.cells)) {
      blankRows += 1;
      issues.push(issue('blank-row', 'warning', { line: row.line }, `第 ${row.line} 行是空行，已跳过。`, `Line ${row.line} is blank and was skipped.`));
      continue;
    }
    const skipped = notes.has(row.line) ? noteIssue(row) : repeatsHeader(row.cells, repeated) ? repeatedHeaderIssue(row) : null;
    if (skipped) {
      blankRows += 1;
      issues.push(skipped);
      continue;
    }
    const extra = extraCellIssue(row, width);
    if (extra) { issues.push(extra); continue; }
    const typed = typeRow(match, readers, row, issues);
    if (typed) rows.push(typed);
  }
  // Blank-row warnings alone must not pass a table with no data for a valid one.
  if (rows.length === 0 && errorsOf(issues).length === 0 && !match.spec.allowEmpty) {
    issues.push(issue('missing-cell', 'error', { line: match.headerLine }, '表头下面没有数据行。', 'There are no data rows under the header.'));
  }
  return { rows, blankRows, issues: [...issues, ...duplicateIssues(match, rows)] };
}
