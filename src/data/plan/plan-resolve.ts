/**
 * Which table a printed indicator table belongs to, by indicator NAMES: when at least half its
 * indicators are named in one loaded indicator list, it updates that list (the IP table as
 * printed revises 技术合同成交额); otherwise it is a new plan. Several rows sharing a name
 * (credit's sub-items) are told apart by their wording; when they cannot be, nothing is changed
 * and a warning says so — never a guess.
 */
import { normalizeIndicatorName } from '../indicator-names';
import { issue, type ValidationIssue } from '../issues';
import type { CellValue, DatasetSpec, IndicatorColumns, TypedRow } from '../schema';
import { compactText, excerpt } from '../text';
import type { PlanIndicator } from './plan-table';

export interface NamedRow {
  readonly spec: DatasetSpec;
  readonly row: TypedRow;
}

/** Identity key → rows of the loaded indicator lists (names and the catalog's aliases). */
export type NameRows = ReadonlyMap<string, readonly NamedRow[]>;

export function nameRowsOf(tables: ReadonlyArray<{ spec: DatasetSpec; rows: readonly TypedRow[]; aliases?: Readonly<Record<string, readonly string[]>> }>): NameRows {
  const map = new Map<string, NamedRow[]>();
  const add = (name: string, entry: NamedRow): void => {
    const key = normalizeIndicatorName(name).key;
    if (key === '') return;
    const list = map.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    map.set(key, list);
  };
  for (const { spec, rows, aliases } of tables) {
    const cols = spec.indicatorColumns;
    if (!cols) continue;
    for (const row of rows) {
      const name = row.values[cols.name];
      if (typeof name !== 'string') continue;
      add(name, { spec, row });
      for (const alias of aliases?.[name] ?? []) add(alias, { spec, row });
    }
  }
  return map;
}

/** The dataset most of the printed names belong to, or null (a new plan). */
export function resolveByNames(indicators: readonly PlanIndicator[], names: NameRows): DatasetSpec | null {
  const counts = new Map<DatasetSpec, number>();
  for (const ind of indicators) {
    const specs = new Set((names.get(ind.key) ?? []).map((n) => n.spec));
    for (const spec of specs) counts.set(spec, (counts.get(spec) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (!best || best[1] * 2 < indicators.length) return null;
  return ranked[1]?.[1] === best[1] ? null : best[0];
}

export interface Update {
  /** The whole table with the printed values applied; changed rows carry the printed line. */
  readonly rows: ReadonlyArray<{ readonly line: number; readonly values: Readonly<Record<string, CellValue>> }>;
  readonly named: ReadonlySet<number>;
  /**
   * Codes of the rows the printed lines named. Rows the file does not name keep the line they had
   * in the stored table, which may equal a printed line: records are picked by code, not line.
   */
  readonly namedCodes: ReadonlySet<string>;
  readonly issues: readonly ValidationIssue[];
}

function pickRow(ind: PlanIndicator, candidates: readonly TypedRow[], cols: IndicatorColumns): TypedRow | null {
  if (candidates.length === 1) return candidates[0] ?? null;
  const printed = compactText(ind.target?.cell.raw ?? '');
  const byText = cols.targetText ? candidates.filter((r) => compactText(String(r.values[cols.targetText ?? ''] ?? '')) === printed) : [];
  if (byText.length === 1) return byText[0] ?? null;
  const subOf = (r: TypedRow): string => compactText(String(r.values[cols.sub ?? ''] ?? ''));
  const mentioned = cols.sub ? candidates.filter((r) => subOf(r) !== '' && printed.includes(subOf(r))) : [];
  const bySub = mentioned.length === 1 && printed.startsWith(subOf(mentioned[0] as TypedRow)) ? mentioned : [];
  return bySub.length === 1 ? bySub[0] ?? null : null;
}

function applied(ind: PlanIndicator, values: Readonly<Record<string, CellValue>>, cols: IndicatorColumns, issues: ValidationIssue[]): Record<string, CellValue> {
  const next: Record<string, CellValue> = { ...values };
  const unit = cols.unit ? values[cols.unit] : undefined;
  if (ind.unit !== null && typeof unit === 'string' && unit !== '' && compactText(unit) !== compactText(ind.unit)) {
    issues.push(issue('constraint-error', 'error', { line: ind.line, column: ind.nameCell.column, cell: ind.nameCell.raw },
      `“${ind.name}”的单位写作“${ind.unit}”，现有表中为“${unit}”。请换算后再导入。`, `"${ind.name}" is in ${ind.unit}; the table has it in ${unit}. Convert it before importing.`));
    return next;
  }
  if (cols.baseline && ind.base) next[cols.baseline] = ind.base.value;
  const t = ind.target?.parsed;
  if (t?.kind === 'words' && ind.target && cols.target && typeof values[cols.target] === 'number') {
    // Wording the table holds with a figure: the figure must follow the wording, never stay behind.
    const figure = sameWordingFigure(String(values[cols.targetText ?? ''] ?? ''), ind.target.cell.raw);
    if (figure === 'unchanged') return next;
    if (figure === null) {
      const c = ind.target.cell;
      issues.push(issue('constraint-error', 'error', { line: c.line, column: c.column, cell: c.raw },
        `目标“${excerpt(c.raw)}”与现有表的原文不同，但读不出确定的目标值（现有表为 ${String(values[cols.target])}）。请写成“达到 85%”这样的形式，或直接修改目标值。`,
        `Target "${excerpt(c.raw)}" differs from the table's wording but no certain figure can be read from it (the table has ${String(values[cols.target])}). Write it as "达到 85%", or edit the target value.`));
      return next;
    }
    next[cols.target] = figure;
  }
  if (t?.kind === 'figure') {
    if (cols.target) next[cols.target] = t.value;
    if (cols.comparator && t.comparator !== undefined) next[cols.comparator] = t.comparator;
  }
  if (cols.targetText && ind.target && (t?.kind === 'words' || (t?.kind === 'figure' && t.wording !== undefined) || values[cols.targetText])) next[cols.targetText] = ind.target.cell.raw;
  if (cols.attribute && ind.attribute) next[cols.attribute] = ind.attribute;
  return next;
}

const FIGURE = /\d+(?:\.\d+)?/g;

/**
 * The printed wording against the table's: the same words around one figure (法人组织覆盖率 80% →
 * 法人组织覆盖率 85%) give the new figure; the same text is 'unchanged'; anything else null.
 */
function sameWordingFigure(stored: string, printed: string): number | 'unchanged' | null {
  const before = compactText(stored);
  const after = compactText(printed);
  if (before === after) return 'unchanged';
  const old = before.match(FIGURE) ?? [];
  const now = after.match(FIGURE) ?? [];
  if (old.length !== 1 || now.length !== 1) return null;
  return before.replace(FIGURE, '#') === after.replace(FIGURE, '#') ? Number(now[0]) : null;
}

/** One printed cell holding all sub-items' wording, unchanged (`合规率超过 98%；瞒报率为 0`). */
function sameAsJoined(ind: PlanIndicator, candidates: readonly TypedRow[], cols: IndicatorColumns): boolean {
  if (candidates.length < 2 || !cols.targetText) return false;
  const strip = (t: string): string => compactText(t).replace(/[;；,，、。]/g, '');
  const joined = candidates.map((r) => String(r.values[cols.targetText ?? ''] ?? '')).join('');
  return strip(joined) === strip(ind.target?.cell.raw ?? '');
}

export function updateByNames(spec: DatasetSpec, current: readonly TypedRow[], indicators: readonly PlanIndicator[], names: NameRows): Update {
  const cols = spec.indicatorColumns;
  const issues: ValidationIssue[] = [];
  const rows = current.map((r) => ({ line: r.line, values: r.values }));
  const named = new Set<number>();
  const namedCodes = new Set<string>();
  if (!cols) return { rows, named, namedCodes, issues };
  const name = (index: number, line: number, values: Readonly<Record<string, CellValue>>): void => {
    rows[index] = { line, values };
    named.add(line);
    namedCodes.add(String(values[cols.code] ?? ''));
  };
  for (const ind of indicators) {
    const candidates = (names.get(ind.key) ?? []).filter((n) => n.spec === spec).map((n) => n.row);
    const at = { line: ind.line, column: ind.nameCell.column, cell: ind.nameCell.raw };
    if (candidates.length === 0) {
      issues.push(issue('constraint-error', 'warning', at, `“${excerpt(ind.name)}”不在“${spec.title_zh}”中，未导入。`, `"${excerpt(ind.name)}" is not in "${spec.title_en}" and was not imported.`));
      continue;
    }
    if (sameAsJoined(ind, candidates, cols)) {
      for (const row of candidates) name(current.indexOf(row), ind.line, row.values);
      continue;
    }
    const row = pickRow(ind, candidates, cols);
    const index = row ? current.indexOf(row) : -1;
    const target = rows[index];
    if (!target) {
      issues.push(issue('constraint-error', 'warning', at, `“${excerpt(ind.name)}”有多个分项，无法确定本行对应哪一项，未更新。`, `"${excerpt(ind.name)}" has several sub-items; which one this line is cannot be told, so it was not updated.`));
      continue;
    }
    name(index, ind.line, applied(ind, target.values, cols, issues));
  }
  return { rows, named, namedCodes, issues };
}
