/**
 * The fill-in template for actual values: one row per numeric province-wide target of every plan, with its id,
 * name, zone and unit filled in and the actual value left blank (blank = not reported yet).
 * Staff fill in the values, save, and drop the file back.
 */
import { toCsvText } from '../../data/csv-export';
import { headerRow } from '../../data/import/table-csv';
import { catalogEntry, datasetSpec } from '../../data/registry';
import type { LoadedDataset } from '../../queries/dataset-query';

export function actualsTemplate(datasets: readonly LoadedDataset[], today: Date): string {
  const year = String(today.getFullYear() - 1);
  const seen = new Set<string>();
  const rows = datasets
    // By role, not by id: every indicator table of the catalog (a new plan's too) lists its targets.
    .filter((d) => catalogEntry(d.spec.id)?.table.role !== 'actuals')
    .flatMap((d) => d.records)
    .filter((r) => r.kind === 'target' && r.value !== null && r.region === null)
    .filter((r) => {
      const key = `${r.indicator}|${r.zone ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((r) => [r.indicator, r.indicatorName, '', r.zone ?? '', year, '', r.unit, '']);
  return toCsvText(headerRow(datasetSpec('progress-actuals')), rows);
}
