/**
 * A sheet's cells → the raw rows the pipeline reads, as a CSV export of the sheet would give
 * them: a merged range keeps its value in its first cell (a merged header spans its columns, as
 * `flattenHeaderRows` reads it), except that a range merged down a column gives its value to
 * every row it covers (a merged 类别 or 所属市 applies to the rows below — which an export would
 * have left blank). Hidden rows are left out and hidden columns emptied, with a warning; cells
 * keep their sheet position, so line = row number and column = column number.
 */
import type { ValidationIssue } from '../issues';
import type { RawRow } from '../parse';
import { cellProblemIssue, hiddenCellsIssue } from './xlsx-issues';
import type { SheetGrid } from './sheet';

export interface SheetRows {
  readonly rows: readonly RawRow[];
  readonly issues: readonly ValidationIssue[];
}

const MAX_CELL_ISSUES = 50;

function denseRows(grid: SheetGrid): { cells: string[][]; hidden: Set<number> } {
  let last = 0;
  for (const row of grid.rows) if (row.r > last) last = row.r;
  for (const [, , r2] of grid.merges) if (r2 > last) last = r2;
  const cells: string[][] = Array.from({ length: last }, () => []);
  const hidden = new Set<number>();
  for (const row of grid.rows) {
    if (row.r < 1) continue;
    cells[row.r - 1] = row.cells;
    if (row.hidden) hidden.add(row.r);
  }
  return { cells, hidden };
}

function applyMerges(grid: SheetGrid, cells: string[][]): void {
  for (const [r1, c1, r2, c2] of grid.merges) {
    const value = cells[r1 - 1]?.[c1 - 1] ?? '';
    for (let r = r1; r <= r2; r += 1) {
      const row = cells[r - 1];
      if (!row) continue;
      for (let c = c1; c <= c2; c += 1) {
        if (c === c1 && r > r1) row[c - 1] = value;
        else if (r > r1 || c > c1) row[c - 1] = '';
      }
    }
  }
}

function hiddenColumnSet(grid: SheetGrid, width: number): Set<number> {
  const set = new Set<number>();
  for (const [min, max] of grid.hiddenColumns) for (let c = Math.max(1, min); c <= Math.min(max, width); c += 1) set.add(c);
  return set;
}

function filled(cell: string | undefined): boolean {
  return cell !== undefined && cell !== '';
}

export function sheetRows(sheet: string, grid: SheetGrid): SheetRows {
  const { cells, hidden } = denseRows(grid);
  applyMerges(grid, cells);
  let width = 0;
  for (const row of cells) if (row.length > width) width = row.length;
  const hiddenCols = hiddenColumnSet(grid, width);
  const skippedRows: number[] = [];
  const skippedCols = new Set<number>();
  const rows: RawRow[] = [];
  cells.forEach((row, index) => {
    const r = index + 1;
    if (hidden.has(r)) {
      if (row.some(filled)) skippedRows.push(r);
      return;
    }
    const out = new Array<string>(width);
    for (let c = 0; c < width; c += 1) {
      const value = row[c];
      if (hiddenCols.has(c + 1)) { out[c] = ''; if (filled(value)) skippedCols.add(c + 1); }
      else out[c] = value ?? '';
    }
    rows.push({ line: r, cells: out });
  });
  // Rows formatted but empty below the table are not rows of it (Excel writes them for styles).
  while (rows.length > 0 && !(rows[rows.length - 1]?.cells.some(filled) ?? false)) rows.pop();
  const visible = (r: number, c: number): boolean => !hidden.has(r) && !hiddenCols.has(c);
  const issues = grid.problems.filter((p) => visible(p.r, p.c)).slice(0, MAX_CELL_ISSUES).map((p) => cellProblemIssue(sheet, p));
  if (skippedRows.length > 0 || skippedCols.size > 0) issues.push(hiddenCellsIssue(sheet, skippedRows, [...skippedCols].sort((a, b) => a - b)));
  return { rows, issues };
}
