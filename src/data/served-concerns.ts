/**
 * A served file held to the bar of an import: one that reads without errors but whose totals no
 * longer hold, or that lost rows an earlier read of it had, is drawn — never silently: the views
 * and the wall name the file and the reason. Pure; the query layer keeps the rows seen so far.
 */
import { warningsOf, type ValidationIssue } from './issues';
import type { LoadResult } from './pipeline';
import { rowKey, rowLabel } from './row-key';
import type { DatasetSpec } from './schema';

export type ServedConcern =
  | { readonly kind: 'totals'; readonly count: number; readonly first: ValidationIssue }
  | { readonly kind: 'lost-rows'; readonly count: number; readonly labels: readonly string[] };

/** Rows of a table by key, with the label people read (宾县; grain_output / 2022). */
export type SeenRows = ReadonlyMap<string, string>;

export function rowsSeen(spec: DatasetSpec, result: LoadResult): Map<string, string> {
  return new Map(result.rows.map((row) => [rowKey(spec.keys, row), rowLabel(spec.keys, row)]));
}

/** At most this many lost rows are named; the count says the rest. */
const NAMED = 5;

export function servedConcerns(spec: DatasetSpec, result: LoadResult, seen: SeenRows | null): ServedConcern[] {
  const concerns: ServedConcern[] = [];
  const totals = warningsOf(result.issues).filter((w) => w.code === 'total-mismatch');
  const first = totals[0];
  if (first) concerns.push({ kind: 'totals', count: totals.length, first });
  if (seen) {
    const now = rowsSeen(spec, result);
    const lost = [...seen].filter(([key]) => !now.has(key)).map(([, label]) => label);
    if (lost.length > 0) concerns.push({ kind: 'lost-rows', count: lost.length, labels: lost.slice(0, NAMED) });
  }
  return concerns;
}
