/**
 * The project's JSON table format, for systems that export JSON rather than CSV:
 *
 *   { "format": "target-board/table@1", "dataset": "black-soil-allocation",
 *     "columns": ["行政区域", "所属市", "示范区面积（万亩）", …],
 *     "rows": [["合计", "", 5600, …], …] }
 *
 * `rows` may also be objects keyed by column header. The table goes through the same header
 * matching and validation as a CSV; it becomes raw rows here, numbered as lines the way its CSV
 * export would be (header = line 1). JSON.parse keeps `__proto__` as an ordinary own key, and
 * keys are only ever read with Object.hasOwn, so a hostile key is just an unknown column.
 */
import { formatPlainDecimal } from '../decimal';
import { issue, type ValidationIssue } from '../issues';
import type { RawRow } from '../parse';
import { isDatasetId } from '../registry';
import type { DatasetId } from '../schema';

export const JSON_TABLE_FORMAT = 'target-board/table@1';

export interface JsonTable {
  readonly rows: readonly RawRow[];
  readonly datasetId?: DatasetId;
  readonly issues: readonly ValidationIssue[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function failed(zh: string, en: string, line = 0): JsonTable {
  return { rows: [], issues: [issue('parse-error', 'error', { line }, zh, en)] };
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: { [key: string]: Json }, key: string): Json | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A cell as the CSV would hold it; objects and arrays are not cells. */
function cellText(value: Json | undefined): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  // Plain digits, never `1e-7`: a number cell refuses exponent form (it is not how staff write).
  if (typeof value === 'number') return Number.isFinite(value) ? formatPlainDecimal(value) : null;
  if (typeof value === 'boolean') return null;
  return null;
}

function columnsOf(table: { [key: string]: Json }, rows: readonly Json[]): string[] | null {
  const declared = own(table, 'columns');
  if (Array.isArray(declared)) return declared.every((c): c is string => typeof c === 'string') ? declared : null;
  // Object rows without a column list: every key, in the order first seen.
  const seen = new Set<string>();
  for (const row of rows) if (isObject(row)) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

function rowCells(row: Json, columns: readonly string[]): string[] | null {
  const values = Array.isArray(row) ? row : isObject(row) ? columns.map((c) => own(row, c)) : null;
  if (values === null) return null;
  const cells = values.map(cellText);
  return cells.every((c): c is string => c !== null) ? cells : null;
}

function badRow(line: number): ValidationIssue {
  return issue('type-error', 'error', { line },
    `第 ${line} 行（JSON 第 ${line - 1} 条记录）含有不是单元格值的内容（对象、数组、true/false）。`,
    `Line ${line} (JSON record ${line - 1}) holds something that is not a cell value (object, array, true/false).`);
}

function datasetOf(table: { [key: string]: Json }): DatasetId | undefined {
  const id = own(table, 'dataset');
  return typeof id === 'string' && isDatasetId(id) ? id : undefined;
}

export function parseJsonTable(text: string): JsonTable {
  let parsed: Json;
  try {
    parsed = JSON.parse(text) as Json;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failed(`JSON 格式错误：${detail}`, `Not valid JSON: ${detail}`);
  }
  const rowsValue = isObject(parsed) ? own(parsed, 'rows') : undefined;
  if (!isObject(parsed) || !Array.isArray(rowsValue)) {
    return failed(`不是目标看板的 JSON 表格（需要 {"format": "${JSON_TABLE_FORMAT}", "columns": […], "rows": […]}）。`,
      `Not a Target Board JSON table (expected {"format": "${JSON_TABLE_FORMAT}", "columns": […], "rows": […]}).`);
  }
  const columns = columnsOf(parsed, rowsValue);
  if (columns === null) return failed('"columns" 必须是表头文字的列表。', '"columns" must be a list of header strings.', 1);
  const rows: RawRow[] = [{ line: 1, cells: columns }];
  const issues: ValidationIssue[] = [];
  rowsValue.forEach((row, index) => {
    const line = index + 2;
    const cells = rowCells(row, columns);
    if (cells === null) issues.push(badRow(line));
    else rows.push({ line, cells });
  });
  const datasetId = datasetOf(parsed);
  return datasetId ? { rows, datasetId, issues } : { rows, issues };
}
