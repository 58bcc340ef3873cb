/** Stage 4: typed rows → normalised records, by each dataset's own `normalize`. */
import type { DatasetSpec, NormalizedRecord, TypedRow } from './schema';

export function normalizeRows(spec: DatasetSpec, rows: readonly TypedRow[]): NormalizedRecord[] {
  return rows.flatMap((row) => spec.normalize(row));
}
