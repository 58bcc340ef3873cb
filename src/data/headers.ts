/**
 * Header matching and dataset recognition. A file is recognised by its headers, not its name:
 * staff rename files, Excel adds title rows above the table, and the gazette's two-row headers
 * (保护性耕作 over 每年实施面积 / 5年累计实施面积) arrive either flattened or as two rows.
 */
import { issue, type ValidationIssue } from './issues';
import type { RawRow } from './parse';
import { allDatasets } from './registry';
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

/**
 * Header keys of a cell, computed once per cell and shared by every dataset and column tried
 * against it: a 10,000-column row or a 1 MB cell must not be normalised a thousand times.
 */
interface LabelKeys {
  /** The whole cell, unit included (`2021年建设面积（万亩）`). */
  readonly whole: string;
  /** The label without its bracketed unit, and the unit. */
  readonly label: string;
  readonly unit: string | null;
}

/** Far longer than any header: such a cell is text that slipped into a header row, not a label. */
const MAX_LABEL_CHARS = 200;

function labelKeys(cell: string): LabelKeys | null {
  if (cell.length > MAX_LABEL_CHARS && cell.trim() !== '') return null;
  const { label, unit } = splitHeaderUnit(cell);
  return { whole: headerKey(cell), label: headerKey(label), unit };
}

interface ColumnLookup {
  readonly column: ColumnSpec;
  /** Position in the spec: the first column a key names wins, as in the spec's order. */
  readonly order: number;
}

const lookups = new WeakMap<DatasetSpec, ReadonlyMap<string, ColumnLookup>>();

/** Header key of every name and alias of the spec's columns → the column. */
function columnLookup(spec: DatasetSpec): ReadonlyMap<string, ColumnLookup> {
  const cached = lookups.get(spec);
  if (cached) return cached;
  const map = new Map<string, ColumnLookup>();
  spec.columns.forEach((column, order) => {
    for (const name of [column.header, ...(column.aliases ?? [])]) {
      const key = headerKey(name);
      if (!map.has(key)) map.set(key, { column, order });
    }
  });
  lookups.set(spec, map);
  return map;
}

function findColumn(spec: DatasetSpec, keys: LabelKeys | null): { column: ColumnSpec; unit: string | null } | null {
  if (!keys) return null;
  const lookup = columnLookup(spec);
  const whole = lookup.get(keys.whole);
  const label = lookup.get(keys.label);
  // As written (unit part of the name) before label + unit, unless the label names an earlier column.
  if (whole && (!label || whole.order <= label.order)) return { column: whole.column, unit: null };
  return label ? { column: label.column, unit: keys.unit } : null;
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
    // A label merged down both rows arrives in both (a workbook's merge, "fill merged cells" exports).
    labels.push(s === '' || s === t ? t : joinGroup(t !== '' ? t : group, s));
  }
  return labels;
}

interface Candidate {
  readonly labels: readonly string[];
  readonly keys: readonly (LabelKeys | null)[];
  readonly headerRow: number;
  readonly dataStart: number;
}

function unitIssue(line: number, index: number, cell: string, column: ColumnSpec, unit: string): ValidationIssue {
  return issue('constraint-error', 'error', { line, column: index + 1, field: cell, cell },
    `列“${column.header}”的单位写作“${unit}”，应为“${column.unit ?? ''}”。请换算后再导入。`,
    `Column "${column.header_en}" is in ${unit}; it must be in ${column.unit ?? ''}. Convert it before importing.`);
}

/** What one label of a candidate header is for one dataset; messages are written only for the best candidate. */
type LabelNote =
  | { readonly kind: 'extra' | 'duplicate'; readonly index: number }
  | { readonly kind: 'unit'; readonly index: number; readonly column: ColumnSpec; readonly unit: string };

interface Pairing {
  readonly spec: DatasetSpec;
  readonly candidate: Candidate;
  readonly line: number;
  readonly columnIndex: ReadonlyMap<string, number>;
  readonly notes: readonly LabelNote[];
  readonly missingRequired: readonly ColumnSpec[];
}

function pairLabels(spec: DatasetSpec, candidate: Candidate, line: number): Pairing {
  const columnIndex = new Map<string, number>();
  const notes: LabelNote[] = [];
  candidate.keys.forEach((keys, index) => {
    if (keys?.whole === '') return;
    const found = findColumn(spec, keys);
    if (!found) notes.push({ kind: 'extra', index });
    else if (columnIndex.has(found.column.key)) notes.push({ kind: 'duplicate', index });
    else {
      columnIndex.set(found.column.key, index);
      const { unit } = found;
      if (unit !== null && found.column.unit !== undefined && compactText(unit) !== compactText(found.column.unit)) {
        notes.push({ kind: 'unit', index, column: found.column, unit });
      }
    }
  });
  const missingRequired = spec.columns.filter((c) => c.required && !columnIndex.has(c.key));
  return { spec, candidate, line, columnIndex, notes, missingRequired };
}

function noteIssue(note: LabelNote, cell: string, line: number): ValidationIssue {
  const at = { line, column: note.index + 1, field: cell, cell };
  switch (note.kind) {
    case 'extra': return issue('extra-label', 'warning', at, `列“${excerpt(cell)}”不属于本表，已忽略。`, `Column "${excerpt(cell)}" is not part of this table and was ignored.`);
    case 'duplicate': return issue('duplicate-label', 'error', at, `列“${excerpt(cell)}”重复出现。`, `Column "${excerpt(cell)}" appears twice.`);
    case 'unit': return unitIssue(line, note.index, cell, note.column, note.unit);
  }
}

function toMatch({ spec, candidate, line, columnIndex, notes, missingRequired }: Pairing): HeaderMatch {
  const issues = notes.map((note) => noteIssue(note, candidate.labels[note.index] ?? '', line));
  for (const column of missingRequired) {
    const unit = column.unit ? `（${column.unit}）` : '';
    issues.push(issue('missing-label', 'error', { line, field: column.header },
      `缺少必需的列“${column.header}${unit}”。`, `Required column "${column.header_en}" (${column.header}${unit}) is missing.`));
  }
  return { spec, columnIndex, dataStart: candidate.dataStart, headerLine: line, labels: candidate.labels, issues, missingRequired, matchedCount: columnIndex.size };
}

function candidate(labels: readonly string[], headerRow: number): Candidate {
  return { labels, keys: labels.map(labelKeys), headerRow, dataStart: headerRow + 1 };
}

const candidateCache = new WeakMap<readonly RawRow[], readonly Candidate[]>();

/** Every row and pair of rows near the top that could be the header; once per file, not per dataset. */
function candidatesOf(rows: readonly RawRow[]): readonly Candidate[] {
  const cached = candidateCache.get(rows);
  if (cached) return cached;
  const candidates: Candidate[] = [];
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i += 1) {
    const row = rows[i];
    if (!row) continue;
    candidates.push(candidate(row.cells, i));
    const next = rows[i + 1];
    if (next) candidates.push(candidate(flattenHeaderRows(row.cells, next.cells), i + 1));
  }
  candidateCache.set(rows, candidates);
  return candidates;
}

function better(a: Pairing | null, b: Pairing): Pairing {
  if (!a) return b;
  const score = (m: Pairing): number => m.columnIndex.size * 2 - m.missingRequired.length * 3;
  return score(b) > score(a) ? b : a;
}

function bestPairing(spec: DatasetSpec, rows: readonly RawRow[]): Pairing | null {
  let best: Pairing | null = null;
  for (const candidate of candidatesOf(rows)) {
    const line = rows[candidate.headerRow]?.line ?? 1;
    best = better(best, pairLabels(spec, candidate, line));
  }
  return best;
}

/** Best header match of one dataset anywhere in the first rows. */
export function matchHeader(spec: DatasetSpec, rows: readonly RawRow[]): HeaderMatch | null {
  const best = bestPairing(spec, rows);
  return best && toMatch(best);
}

export type Recognition =
  | { readonly kind: 'recognised'; readonly match: HeaderMatch }
  | { readonly kind: 'ambiguous'; readonly matches: readonly HeaderMatch[] }
  | { readonly kind: 'unrecognised'; readonly closest: HeaderMatch | null };

/** Which dataset is this file? Complete matches only; the most specific wins. */
export function recognizeDataset(rows: readonly RawRow[]): Recognition {
  const pairings = allDatasets().filter((spec) => spec.recognizable !== false).map((spec) => bestPairing(spec, rows)).filter((p): p is Pairing => p !== null);
  const matched = (p: Pairing): number => p.columnIndex.size;
  const complete = pairings.filter((p) => p.missingRequired.length === 0).sort((a, b) => matched(b) - matched(a));
  const [first, second] = complete;
  if (first && (!second || matched(second) < matched(first))) return { kind: 'recognised', match: toMatch(first) };
  if (first) return { kind: 'ambiguous', matches: complete.filter((p) => matched(p) === matched(first)).map(toMatch) };
  const closest = pairings.reduce<Pairing | null>((acc, p) => (acc && matched(acc) >= matched(p) ? acc : p), null);
  return { kind: 'unrecognised', closest: closest && matched(closest) > 0 ? toMatch(closest) : null };
}
