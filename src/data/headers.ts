/**
 * Header matching and dataset recognition. A file is recognised by its headers, not its name:
 * staff rename files, Excel adds title rows above the table, and the gazette's two-row headers
 * (保护性耕作 over 每年实施面积 / 5年累计实施面积) arrive either flattened or as two rows.
 */
import { issue, type ValidationIssue } from './issues';
import type { RawRow } from './parse';
import { DATASETS } from './registry';
import type { ColumnSpec, DatasetSpec } from './schema';
import { compactText, excerpt, headerKey, splitHeaderUnit } from './text';

export interface HeaderMatch {
  readonly spec: DatasetSpec;
  /** Column key → 0-based index of the file's column. */
  readonly columnIndex: ReadonlyMap<string, number>;
  /** Index into the raw rows of the first data row. */
  readonly dataStart: number;
  /** Physical line of the (last) header row. */
  readonly headerLine: number;
  /** Header cells as the file wrote them (flattened when two rows). */
  readonly labels: readonly string[];
  readonly issues: readonly ValidationIssue[];
  readonly missingRequired: readonly ColumnSpec[];
  readonly matchedCount: number;
}

/** How far down the file a header row is looked for (title rows above the table). */
const HEADER_SEARCH_ROWS = 8;

function labelMatches(column: ColumnSpec, label: string): boolean {
  const key = headerKey(label);
  return [column.header, ...(column.aliases ?? [])].some((name) => headerKey(name) === key);
}

function findColumn(spec: DatasetSpec, cell: string): { column: ColumnSpec; unit: string | null } | null {
  const whole = compactText(cell);
  const { label, unit } = splitHeaderUnit(cell);
  for (const column of spec.columns) {
    if (labelMatches(column, whole)) return { column, unit: null };
    if (labelMatches(column, label)) return { column, unit };
  }
  return null;
}

/**
 * 附件2 puts the unit on the group (高标准农田建设任务（万亩） over 2021年建设面积); a column
 * header carries it last, so the group's unit moves behind the sub-label.
 */
function joinGroup(group: string, sub: string): string {
  const g = splitHeaderUnit(group);
  if (g.unit === null || splitHeaderUnit(sub).unit !== null) return group + sub;
  return `${g.label}${sub}(${g.unit})`;
}

/** Two header rows → one: a group label spans the empty cells to its right (merged cells). */
export function flattenHeaderRows(top: readonly string[], sub: readonly string[]): string[] {
  const width = Math.max(top.length, sub.length);
  const labels: string[] = [];
  let group = '';
  for (let i = 0; i < width; i += 1) {
    const t = compactText(top[i] ?? '');
    const s = compactText(sub[i] ?? '');
    if (t !== '') group = t;
    labels.push(s === '' ? t : joinGroup(t !== '' ? t : group, s));
  }
  return labels;
}

interface Candidate {
  readonly labels: readonly string[];
  readonly headerRow: number;
  readonly dataStart: number;
}

function unitIssue(line: number, index: number, cell: string, column: ColumnSpec, unit: string): ValidationIssue {
  return issue('constraint-error', 'error', { line, column: index + 1, field: cell, cell },
    `列“${column.header}”的单位写作“${unit}”，应为“${column.unit ?? ''}”。请换算后再导入。`,
    `Column "${column.header_en}" is in ${unit}; it must be in ${column.unit ?? ''}. Convert it before importing.`);
}

function matchLabels(spec: DatasetSpec, candidate: Candidate, line: number): HeaderMatch {
  const columnIndex = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  candidate.labels.forEach((cell, index) => {
    if (compactText(cell) === '') return;
    const found = findColumn(spec, cell);
    const at = { line, column: index + 1, field: cell, cell };
    if (!found) {
      issues.push(issue('extra-label', 'warning', at, `列“${excerpt(cell)}”不属于本表，已忽略。`, `Column "${excerpt(cell)}" is not part of this table and was ignored.`));
    } else if (columnIndex.has(found.column.key)) {
      issues.push(issue('duplicate-label', 'error', at, `列“${excerpt(cell)}”重复出现。`, `Column "${excerpt(cell)}" appears twice.`));
    } else {
      columnIndex.set(found.column.key, index);
      const unit = found.unit;
      if (unit !== null && found.column.unit !== undefined && compactText(unit) !== compactText(found.column.unit)) {
        issues.push(unitIssue(line, index, cell, found.column, unit));
      }
    }
  });
  const missingRequired = spec.columns.filter((c) => c.required && !columnIndex.has(c.key));
  for (const column of missingRequired) {
    const unit = column.unit ? `（${column.unit}）` : '';
    issues.push(issue('missing-label', 'error', { line, field: column.header },
      `缺少必需的列“${column.header}${unit}”。`, `Required column "${column.header_en}" (${column.header}${unit}) is missing.`));
  }
  return { spec, columnIndex, dataStart: candidate.dataStart, headerLine: line, labels: candidate.labels, issues, missingRequired, matchedCount: columnIndex.size };
}

function candidatesOf(rows: readonly RawRow[]): Candidate[] {
  const candidates: Candidate[] = [];
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i += 1) {
    const row = rows[i];
    if (!row) continue;
    candidates.push({ labels: row.cells, headerRow: i, dataStart: i + 1 });
    const next = rows[i + 1];
    if (next) candidates.push({ labels: flattenHeaderRows(row.cells, next.cells), headerRow: i + 1, dataStart: i + 2 });
  }
  return candidates;
}

function better(a: HeaderMatch | null, b: HeaderMatch): HeaderMatch {
  if (!a) return b;
  const score = (m: HeaderMatch): number => m.matchedCount * 2 - m.missingRequired.length * 3;
  return score(b) > score(a) ? b : a;
}

/** Best header match of one dataset anywhere in the first rows. */
export function matchHeader(spec: DatasetSpec, rows: readonly RawRow[]): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  for (const candidate of candidatesOf(rows)) {
    const line = rows[candidate.headerRow]?.line ?? 1;
    best = better(best, matchLabels(spec, candidate, line));
  }
  return best;
}

export type Recognition =
  | { readonly kind: 'recognised'; readonly match: HeaderMatch }
  | { readonly kind: 'ambiguous'; readonly matches: readonly HeaderMatch[] }
  | { readonly kind: 'unrecognised'; readonly closest: HeaderMatch | null };

/** Which dataset is this file? Complete matches only; the most specific wins. */
export function recognizeDataset(rows: readonly RawRow[]): Recognition {
  const matches = DATASETS.map((spec) => matchHeader(spec, rows)).filter((m): m is HeaderMatch => m !== null);
  const complete = matches.filter((m) => m.missingRequired.length === 0).sort((a, b) => b.matchedCount - a.matchedCount);
  const [first, second] = complete;
  if (first && (!second || second.matchedCount < first.matchedCount)) return { kind: 'recognised', match: first };
  if (first) return { kind: 'ambiguous', matches: complete.filter((m) => m.matchedCount === first.matchedCount) };
  const closest = matches.reduce<HeaderMatch | null>((acc, m) => (acc && acc.matchedCount >= m.matchedCount ? acc : m), null);
  return { kind: 'unrecognised', closest: closest && closest.matchedCount > 0 ? closest : null };
}
