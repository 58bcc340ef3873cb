/**
 * Totals of a printed region task table, in exact decimals (decimal.ts): the 合计 / 全省 row
 * against the sum of its parts (the cities and the farm group when the table lists cities,
 * otherwise the counties and the farm group), each city row against its counties, and every
 * `其中` figure against the figure it is part of. A mismatch is a warning naming the cell with
 * both figures: a gazette can misprint, and a person decides.
 */
import { compareExact, exactSum } from '../decimal';
import { issue, type ValidationIssue } from '../issues';
import type { RegionValueColumn } from './region-header';
import type { RegionTaskRow } from './region-table';

function figure(row: RegionTaskRow, column: RegionValueColumn): number | null {
  return row.figures.find((f) => f.column.index === column.index)?.value ?? null;
}

function sumCheck(parent: RegionTaskRow, parts: readonly RegionTaskRow[], column: RegionValueColumn, what: readonly [string, string]): ValidationIssue | null {
  const printed = parent.figures.find((f) => f.column.index === column.index);
  const values = parts.flatMap((p) => figure(p, column) ?? []);
  if (!printed || values.length === 0) return null;
  const sum = exactSum(values);
  const written = exactSum([printed.value]);
  if (sum === written) return null;
  const c = printed.cell;
  return issue('total-mismatch', 'warning', { line: c.line, column: c.column, field: column.name, cell: c.raw },
    `第 ${c.line} 行${parent.region.name}“${column.name}”为 ${c.raw}，但${what[0]}之和为 ${sum}。`,
    `Line ${c.line}: ${parent.region.en} "${column.name}" is ${c.raw}, but the sum of ${what[1]} is ${sum}.`);
}

function partsOfTotal(rows: readonly RegionTaskRow[]): RegionTaskRow[] {
  const cities = new Set(rows.filter((r) => r.region.level === 'city').map((r) => r.region.name));
  return rows.filter((r) => {
    const level = r.region.level;
    if (level === 'city' || level === 'farm-group') return true;
    // A county counts itself only when its city has no row of its own in the table.
    return level === 'county' && !cities.has(r.region.city ?? '');
  });
}

function withinTotal(row: RegionTaskRow, part: RegionValueColumn, whole: RegionValueColumn | undefined): ValidationIssue | null {
  const p = row.figures.find((f) => f.column.index === part.index);
  const total = whole ? figure(row, whole) : null;
  if (!p || !whole || total === null || compareExact(p.value, total) <= 0) return null;
  const c = p.cell;
  return issue('total-mismatch', 'warning', { line: c.line, column: c.column, field: part.name, cell: c.raw },
    `第 ${c.line} 行${row.region.name}“${part.name}”为 ${c.raw}，超过了它所属的“${whole.name}” ${String(total)}（其中项不能大于总数）。`,
    `Line ${c.line}: ${row.region.en} "${part.name}" is ${c.raw}, more than its total "${whole.name}" ${String(total)} (an of-which part cannot exceed its total).`);
}

export function checkRegionTotals(columns: readonly RegionValueColumn[], rows: readonly RegionTaskRow[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const totalParts = partsOfTotal(rows);
  for (const column of columns) {
    for (const row of rows) {
      const level = row.region.level;
      const parts = level === 'total' ? totalParts
        : level === 'city' ? rows.filter((r) => r.region.level === 'county' && r.region.city === row.region.name) : [];
      const what: readonly [string, string] = level === 'total' ? ['各分项', 'its parts'] : ['所属各县', 'its counties'];
      const mismatch = sumCheck(row, parts, column, what);
      if (mismatch) issues.push(mismatch);
    }
    if (column.partOf === null) continue;
    const whole = columns.find((c) => c.index === column.partOf);
    for (const row of rows) {
      const over = withinTotal(row, column, whole);
      if (over) issues.push(over);
    }
  }
  return issues;
}
