/**
 * Stage 3: raw rows → typed rows + issues, by the dataset's column specs. Structure checks
 * (blank rows, extra or missing cells), then each cell's type, then row-level rules (a county's
 * city, duplicate keys). Totals are checked separately (totals.ts) on the typed rows.
 */
import { typeCell } from './cells';
import type { HeaderMatch } from './headers';
import { errorsOf, issue, type ValidationIssue } from './issues';
import type { RawRow } from './parse';
import type { Region } from './regions';
import type { CellValue, TypedRow } from './schema';
import { excerpt } from './text';

export interface ValidatedTable {
  readonly rows: readonly TypedRow[];
  readonly issues: readonly ValidationIssue[];
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function extraCellIssue(row: RawRow, width: number): ValidationIssue | null {
  const extra = row.cells.findIndex((c, i) => i >= width && c.trim() !== '');
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

function typeRow(match: HeaderMatch, row: RawRow, issues: ValidationIssue[]): TypedRow | null {
  const values: Record<string, CellValue> = {};
  let region: Region | undefined;
  let ok = true;
  for (const column of match.spec.columns) {
    const index = match.columnIndex.get(column.key);
    if (index === undefined) { values[column.key] = null; continue; }
    const result = typeCell({ spec: match.spec, column, line: row.line, index: index + 1, label: match.labels[index] ?? column.header }, row.cells[index] ?? '');
    if (!result.ok) { issues.push(result.issue); ok = false; continue; }
    values[column.key] = result.value;
    if (result.region) region = result.region;
  }
  const cityIndex = match.columnIndex.get('city');
  if (region && cityIndex !== undefined) {
    const mismatch = cityMismatch(row, region, values.city ?? null, cityIndex);
    if (mismatch) { issues.push(mismatch); ok = false; }
  }
  if (!ok) return null;
  return region ? { line: row.line, values, region } : { line: row.line, values };
}

function duplicateIssues(match: HeaderMatch, rows: readonly TypedRow[]): ValidationIssue[] {
  const seen = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  for (const row of rows) {
    // U+0000 cannot occur in a typed cell, so it separates key parts unambiguously.
    const key = match.spec.keys.map((k) => String(row.values[k] ?? '')).join('\u0000');
    const first = seen.get(key);
    if (first === undefined) { seen.set(key, row.line); continue; }
    const label = match.spec.keys.map((k) => row.values[k] ?? '').filter((v) => v !== '').join(' / ');
    issues.push(issue('duplicate-row', 'error', { line: row.line, cell: label },
      `“${label}”重复：第 ${first} 行已有同一项。`, `"${label}" appears twice: already on line ${first}.`));
  }
  return issues;
}

export function validateRows(match: HeaderMatch, rawRows: readonly RawRow[]): ValidatedTable {
  const issues: ValidationIssue[] = [];
  const rows: TypedRow[] = [];
  const width = match.labels.length;
  for (const row of rawRows.slice(match.dataStart)) {
    if (isBlank(row.cells)) {
      issues.push(issue('blank-row', 'warning', { line: row.line }, `第 ${row.line} 行是空行，已跳过。`, `Line ${row.line} is blank and was skipped.`));
      continue;
    }
    const extra = extraCellIssue(row, width);
    if (extra) { issues.push(extra); continue; }
    const typed = typeRow(match, row, issues);
    if (typed) rows.push(typed);
  }
  // Blank-row warnings alone must not pass a table with no data for a valid one.
  if (rows.length === 0 && errorsOf(issues).length === 0 && !match.spec.allowEmpty) {
    issues.push(issue('missing-cell', 'error', { line: match.headerLine }, '表头下面没有数据行。', 'There are no data rows under the header.'));
  }
  return { rows, issues: [...issues, ...duplicateIssues(match, rows)] };
}
