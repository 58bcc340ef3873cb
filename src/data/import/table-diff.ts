/**
 * What an import changes, row by row and cell by cell, matched by the dataset's key columns: the
 * preview staff check before anything is applied. Also the merge of an incoming table into the
 * current one ("extend": rows with new keys are added, rows with known keys replaced, the rest
 * kept).
 */
import { rowKey, rowLabel } from '../row-key';
import type { CellValue, DatasetSpec, TypedRow } from '../schema';

export interface CellChange {
  /** The row as people name it: 宾县, or grain_output / 2022. */
  readonly row: string;
  /** Line of the row in the imported file. */
  readonly line: number;
  readonly column: string;
  readonly before: CellValue;
  readonly after: CellValue;
}

export interface TableDiff {
  readonly changed: readonly CellChange[];
  readonly added: readonly TypedRow[];
  readonly removed: readonly TypedRow[];
  /** Rows present on both sides with no cell changed. */
  readonly unchanged: number;
}

export type ImportMode = 'replace' | 'merge';

function byKey(spec: DatasetSpec, rows: readonly TypedRow[]): Map<string, TypedRow> {
  return new Map(rows.map((row) => [rowKey(spec.keys, row), row]));
}

function cellChanges(spec: DatasetSpec, before: TypedRow, after: TypedRow): CellChange[] {
  const label = rowLabel(spec.keys, after);
  return spec.columns
    .filter((c) => (before.values[c.key] ?? null) !== (after.values[c.key] ?? null))
    .map((c) => ({ row: label, line: after.line, column: c.key, before: before.values[c.key] ?? null, after: after.values[c.key] ?? null }));
}

export function diffTables(spec: DatasetSpec, before: readonly TypedRow[], after: readonly TypedRow[]): TableDiff {
  const old = byKey(spec, before);
  const seen = new Set<string>();
  const changed: CellChange[] = [];
  const added: TypedRow[] = [];
  let unchanged = 0;
  for (const row of after) {
    const key = rowKey(spec.keys, row);
    seen.add(key);
    const previous = old.get(key);
    if (!previous) { added.push(row); continue; }
    const cells = cellChanges(spec, previous, row);
    if (cells.length === 0) unchanged += 1;
    else changed.push(...cells);
  }
  const removed = before.filter((row) => !seen.has(rowKey(spec.keys, row)));
  return { changed, added, removed, unchanged };
}

/** An updated row: the file's cells where the file has the column, the current cells elsewhere. */
function updated(row: TypedRow, update: TypedRow, present: ReadonlySet<string>): TypedRow {
  const values = { ...row.values };
  for (const key of present) values[key] = update.values[key] ?? null;
  return { ...update, values };
}

/**
 * Replacing, the file is the table — but only for the columns it has. A gazette-layout file has
 * no 所属市 (the app's derived column): a row already known keeps its cells of the columns the
 * file lacks, so they are not "changed to empty" and not lost.
 */
function replaced(spec: DatasetSpec, current: readonly TypedRow[], incoming: readonly TypedRow[], present: ReadonlySet<string>): TypedRow[] {
  if (spec.columns.every((c) => present.has(c.key))) return [...incoming];
  const old = byKey(spec, current);
  return incoming.map((row) => {
    const previous = old.get(rowKey(spec.keys, row));
    if (!previous) return row;
    const values = { ...row.values };
    for (const c of spec.columns) if (!present.has(c.key)) values[c.key] = previous.values[c.key] ?? null;
    return { ...row, values };
  });
}

/**
 * The table after the import: the incoming rows (replace), or the current ones updated (merge).
 * Either way a file without some column (a JSON with no 原文, a gazette table with no 所属市)
 * keeps that column's cells for the rows it matches.
 */
export function applyMode(
  spec: DatasetSpec, current: readonly TypedRow[], incoming: readonly TypedRow[], mode: ImportMode,
  present: ReadonlySet<string> = new Set(spec.columns.map((c) => c.key)),
): TypedRow[] {
  if (mode === 'replace') return replaced(spec, current, incoming, present);
  const updates = byKey(spec, incoming);
  const kept = current.map((row) => {
    const key = rowKey(spec.keys, row);
    const update = updates.get(key);
    updates.delete(key);
    return update ? updated(row, update, present) : row;
  });
  return [...kept, ...updates.values()];
}
