/**
 * Import throughput: generated actuals files of 10,000 and 100,000 rows, UTF-8 and GBK, through
 * the app's whole pipeline (`loadCsvBytes`: decode → parse → recognise → validate → totals →
 * normalise) — the code the import worker runs. Median of `runs` after one warm-up. Also runnable
 * alone: `npx tsx scripts/bench/import-throughput.ts`.
 */
import Papa from 'papaparse';
import { loadCsvBytes } from '../../src/data/pipeline';
import { actualsCsv } from '../../test/support/actuals-file';
import { encodeGbk } from '../../test/support/gbk';
import { median, type BenchResult } from './result';

const GOAL_ROWS_PER_S = 500_000;
const SIZES = [10_000, 100_000] as const;

function timeLoad(bytes: Uint8Array, rows: number): number {
  const started = performance.now();
  const result = loadCsvBytes(bytes);
  const ms = performance.now() - started;
  if (result.records.length !== rows)
    throw new Error(
      `expected ${rows} records, got ${result.records.length}: ${result.issues[0]?.message_en ?? ''}`,
    );
  return ms;
}

/**
 * The two reference points, measured in the same run on the same 100k-row file, so the
 * machine's speed of the moment divides out: a bare decode + split (a floor no real importer
 * reaches) and papaparse with header + dynamicTyping (what a naive importer would do).
 */
function referenceRates(
  bytes: Uint8Array,
  rows: number,
  runs: number,
): { split: number; papaHeader: number } {
  const rate = (work: () => void): number => {
    work();
    const ms = median(
      Array.from({ length: runs }, () => {
        const t = performance.now();
        work();
        return performance.now() - t;
      }),
    );
    return Math.round((rows / ms) * 1000);
  };
  const split = rate(() => {
    new TextDecoder()
      .decode(bytes)
      .split('\r\n')
      .map((line) => line.split(','));
  });
  const papaHeader = rate(() => {
    Papa.parse(new TextDecoder().decode(bytes), { header: true, dynamicTyping: true });
  });
  return { split, papaHeader };
}

export function measureImportThroughput(runs = 7): BenchResult[] {
  const results: BenchResult[] = [];
  const reference = referenceRates(new TextEncoder().encode(actualsCsv(SIZES[1])), SIZES[1], runs);
  results.push(
    {
      name: 'import-throughput.reference.decode-split',
      value: reference.split,
      unit: 'rows/s',
      runs,
      note: 'TextDecoder + split, no CSV rules: the floor',
    },
    {
      name: 'import-throughput.reference.papaparse-header',
      value: reference.papaHeader,
      unit: 'rows/s',
      runs,
      note: 'papaparse header + dynamicTyping, no validation',
    },
  );
  for (const rows of SIZES) {
    const text = actualsCsv(rows);
    const files = { 'utf-8': new TextEncoder().encode(text), gbk: encodeGbk(text) };
    for (const [encoding, bytes] of Object.entries(files)) {
      timeLoad(bytes, rows); // warm-up: JIT and the GBK decoder tables
      const ms = median(Array.from({ length: runs }, () => timeLoad(bytes, rows)));
      const perSecond = Math.round((rows / ms) * 1000);
      results.push({
        name: `import-throughput.${String(rows / 1000)}k.${encoding}`,
        value: perSecond,
        unit: 'rows/s',
        goal: `≥ ${String(GOAL_ROWS_PER_S)}`,
        pass: perSecond >= GOAL_ROWS_PER_S,
        runs,
        note: `median ${ms.toFixed(0)} ms for ${(bytes.length / 1024 / 1024).toFixed(1)} MB; ${(perSecond / reference.papaHeader).toFixed(2)}× papaparse-header, ${(perSecond / reference.split).toFixed(2)}× decode-split`,
      });
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const r of measureImportThroughput())
    console.log(`${r.name.padEnd(34)} ${String(r.value).padStart(9)} ${r.unit}  ${r.note ?? ''}`);
}
