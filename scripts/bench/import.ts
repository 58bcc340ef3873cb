/**
 * Import throughput comes from scripts/bench/import-throughput.ts, written with the import feature
 * (generated 10k/100k-row CSVs, UTF-8 and GBK, through the app's pipeline). Until that file
 * exists the figure is "pending". Its `measureImportThroughput()` resolves to BenchResult rows;
 * the module is loaded by URL so this runner compiles without it.
 */
import { existsSync } from 'node:fs';
import { isBenchResult, placeholder, type BenchResult } from './result';

const MODULE = new URL('./import-throughput.ts', import.meta.url);
const GOAL = '≥ 500000';

function measureFunction(module: unknown): (() => Promise<unknown>) | null {
  if (typeof module !== 'object' || module === null || !('measureImportThroughput' in module)) return null;
  const fn = module.measureImportThroughput;
  return typeof fn === 'function' ? (fn as () => Promise<unknown>) : null;
}

export async function measureImport(): Promise<BenchResult[]> {
  if (!existsSync(MODULE))
    return [
      placeholder('import-throughput', 'pending: scripts/bench/import-throughput.ts not written yet', GOAL),
    ];
  const measure = measureFunction(await import(MODULE.href));
  if (measure === null)
    return [
      placeholder('import-throughput', 'import-throughput.ts exports no measureImportThroughput()', GOAL),
    ];
  const value = await measure();
  const rows: unknown[] = Array.isArray(value) ? value : [value];
  if (rows.length > 0 && rows.every(isBenchResult)) return rows;
  return [
    placeholder(
      'import-throughput',
      `unrecognised result (expected BenchResult rows): ${JSON.stringify(value).slice(0, 160)}`,
      GOAL,
    ),
  ];
}
