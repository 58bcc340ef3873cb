/**
 * Loaded datasets → the engine's inputs: target tables (indicator lists and region-keyed task
 * allocations, each with its plan) and the actual records. Which dataset is which is read from its
 * spec, not from a list of ids: a table whose records are actuals feeds the actuals; a table with
 * no number column (zone membership) holds no targets.
 */
import type { IndicatorRef } from '../indicator-names';
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

/** Every target indicator once (its first record's name and unit): what actuals are matched to. */
export function targetRefsOf(tables: readonly TargetTable[]): IndicatorRef[] {
  const byId = new Map<string, IndicatorRef>();
  for (const table of tables) {
    for (const record of table.records) {
      if (record.kind !== 'target') continue;
      const known = byId.get(record.indicator);
      if (!known) { byId.set(record.indicator, { id: record.indicator, name: record.indicatorName, unit: record.unit }); continue; }
      // One indicator printed under a name per zone (耕作层平均厚度（旱田平地）… 耕作层厚度（水田）): each name is its name.
      if (record.indicatorName !== known.name && !(known.aliases ?? []).includes(record.indicatorName)) {
        byId.set(record.indicator, { ...known, aliases: [...(known.aliases ?? []), record.indicatorName] });
      }
    }
  }
  return [...byId.values()];
}
