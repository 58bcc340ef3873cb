/**
 * Loaded datasets → the engine's inputs: target tables (indicator lists and region-keyed task
 * allocations, each with its plan) and the actual records. Which dataset is which is read from its
 * spec, not from a list of ids: a table whose records are actuals feeds the actuals; a table with
 * no number column (zone membership) holds no targets.
 */
import type { DatasetSpec, NormalizedRecord } from '../schema';
import type { TargetTable } from './types';

export interface LoadedTable {
  readonly spec: DatasetSpec;
  readonly records: readonly NormalizedRecord[];
}

export interface AssessInputs {
  readonly tables: readonly TargetTable[];
  readonly actuals: readonly NormalizedRecord[];
}

function holdsActuals(loaded: LoadedTable): boolean {
  return loaded.spec.allowEmpty === true && loaded.records.every((r) => r.kind === 'actual');
}

function holdsTargets(spec: DatasetSpec): boolean {
  return spec.columns.some((c) => c.type === 'number');
}

export function assessInputsOf(loaded: readonly LoadedTable[]): AssessInputs {
  const tables: TargetTable[] = [];
  const actuals: NormalizedRecord[] = [];
  for (const table of loaded) {
    if (holdsActuals(table)) { actuals.push(...table.records); continue; }
    if (!holdsTargets(table.spec)) continue;
    tables.push({ id: table.spec.id, plan: table.spec.source.title, regionKeyed: table.spec.regionLevels !== undefined, records: table.records });
  }
  return { tables, actuals };
}
