/**
 * Totals rules, checked by code on every file: county rows sum to their city row, cities plus the
 * farm group sum to 合计, 5-year = 5 × annual, organic 5-year = 2021 + 4 × 2025. A broken total is
 * a warning (a gazette can misprint), shown with the expected figure so staff can decide. An
 * "of which" column (其中…) never exceeds its total.
 */
import { issue, type ValidationIssue } from './issues';
import { decimalsOf } from './numbers';
import type { RegionLevel } from './regions';
import type { ColumnSpec, DatasetSpec, TotalsRule, TypedRow } from './schema';
import { checkStoredRegionTotals } from './region-tasks/stored-totals';

interface Term {
  readonly value: number;
  readonly factor: number;
}

/** Σ factor × value, compared at the precision the figures were printed with. */
function agrees(printed: number, terms: readonly Term[]): { ok: boolean; expected: number } {
  const decimals = Math.max(decimalsOf(printed), ...terms.map((t) => decimalsOf(t.value)));
  const scale = 10 ** decimals;
  const expectedScaled = terms.reduce((sum, t) => sum + Math.round(t.value * scale) * t.factor, 0);
  const expected = expectedScaled / scale;
  return { ok: Math.round(printed * scale) === Math.round(expectedScaled), expected };
}

function numberOf(row: TypedRow, key: string): number | null {
  const value = row.values[key];
  return typeof value === 'number' ? value : null;
}

/** Where a column sits in the file being checked: 1-based, 0 when unknown. */
export type ColumnLocator = (key: string) => number;

interface Context {
  readonly spec: DatasetSpec;
  readonly locate: ColumnLocator;
}

function mismatch({ spec, locate }: Context, row: TypedRow, key: string, expected: number, zh: string, en: string): ValidationIssue {
  const printed = numberOf(row, key);
  const column: ColumnSpec | undefined = spec.columns.find((c) => c.key === key);
  const name = row.region?.name ?? '';
  return issue('total-mismatch', 'warning', { line: row.line, column: locate(key), field: column?.header ?? key, cell: String(printed) },
    `${name}“${column?.header ?? key}”为 ${String(printed)}，但${zh}应为 ${expected}。`,
    `${row.region?.en ?? ''} "${column?.header_en ?? key}" is ${String(printed)} but ${en} gives ${expected}.`);
}

/**
 * Compares a parent row with the sum of its part rows, column by column. A parent with no part
 * rows in the file (a file of city rows only, or only the 合计 row) has nothing to add up: "the
 * sum of its counties gives 0" would be a warning about rows that are not there.
 */
function checkSum(ctx: Context, parent: TypedRow, parts: readonly TypedRow[], columns: readonly string[], zh: string, en: string): ValidationIssue[] {
  if (parts.length === 0) return [];
  const issues: ValidationIssue[] = [];
  for (const key of columns) {
    const printed = numberOf(parent, key);
    const values = parts.map((p) => numberOf(p, key));
    if (printed === null || values.some((v) => v === null)) continue;
    const result = agrees(printed, values.map((v) => ({ value: v ?? 0, factor: 1 })));
    if (!result.ok) issues.push(mismatch(ctx, parent, key, result.expected, zh, en));
  }
  return issues;
}

function rowsAt(rows: readonly TypedRow[], levels: readonly RegionLevel[]): TypedRow[] {
  return rows.filter((r) => r.region !== undefined && levels.includes(r.region.level));
}

function checkRule(ctx: Context, rows: readonly TypedRow[], rule: TotalsRule): ValidationIssue[] {
  switch (rule.kind) {
    case 'counties-sum-to-city':
      return rowsAt(rows, ['city']).flatMap((city) => {
        const counties = rows.filter((r) => r.region?.level === 'county' && r.region.city === city.region?.name);
        return checkSum(ctx, city, counties, rule.columns, '所属各县合计', 'the sum of its counties');
      });
    case 'parts-sum-to-total':
      return rowsAt(rows, ['total']).flatMap((total) =>
        checkSum(ctx, total, rowsAt(rows, rule.parts), rule.columns, '各分项合计', 'the sum of its parts'));
    case 'part-within-total':
      return rows.flatMap((row) => {
        const part = numberOf(row, rule.part);
        const total = numberOf(row, rule.total);
        if (part === null || total === null || part <= total) return [];
        const { spec, locate } = ctx;
        const partSpec = spec.columns.find((c) => c.key === rule.part);
        const totalSpec = spec.columns.find((c) => c.key === rule.total);
        const name = row.region?.name ?? '';
        return [issue('total-mismatch', 'warning', { line: row.line, column: locate(rule.part), field: partSpec?.header ?? rule.part, cell: String(part) },
          `${name}“${partSpec?.header ?? rule.part}”为 ${String(part)}，超过了它所属的总数“${totalSpec?.header ?? rule.total}” ${String(total)}（其中项不能大于总数）。`,
          `${row.region?.en ?? ''} "${partSpec?.header_en ?? rule.part}" is ${String(part)}, more than its total "${totalSpec?.header_en ?? rule.total}" ${String(total)} (an of-which part cannot exceed its total).`)];
      });
    case 'region-task-totals':
      return checkStoredRegionTotals(rows, rule, ctx.locate(rule.value));
    case 'row-identity':
      return rows.flatMap((row) => {
        const printed = numberOf(row, rule.result);
        const terms = rule.terms.map((t) => ({ value: numberOf(row, t.column), factor: t.factor }));
        if (printed === null || terms.some((t) => t.value === null)) return [];
        const result = agrees(printed, terms.map((t) => ({ value: t.value ?? 0, factor: t.factor })));
        return result.ok ? [] : [mismatch(ctx, row, rule.result, result.expected, `按“${rule.label_zh}”`, rule.label_en)];
      });
  }
}

export function checkTotals(spec: DatasetSpec, rows: readonly TypedRow[], locate: ColumnLocator = () => 0): ValidationIssue[] {
  return spec.totals.flatMap((rule) => checkRule({ spec, locate }, rows, rule));
}
