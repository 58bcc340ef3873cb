/** Small target and actual records for the verdict tests, shaped as the pipeline normalises them. */
import type { TargetTable } from '../../../src/data/assess/types';
import type { NormalizedRecord } from '../../../src/data/schema';

type Fields = Partial<NormalizedRecord> & Pick<NormalizedRecord, 'indicator' | 'period'>;

export function target(fields: Fields): NormalizedRecord {
  return { region: null, regionLevel: 'province', indicatorName: fields.indicator, kind: 'target', value: null, unit: '', line: 2, ...fields };
}

export function actual(fields: Fields): NormalizedRecord {
  return { region: null, regionLevel: 'province', indicatorName: fields.indicator, kind: 'actual', value: null, unit: '', line: 2, ...fields };
}

export function table(records: readonly NormalizedRecord[], regionKeyed = false): TargetTable {
  return { id: 'plan-table', plan: '测试规划', regionKeyed, records };
}
