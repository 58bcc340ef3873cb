/**
 * Hostile files in the built app (issue 14: "no main-thread task over 100 ms for any file the
 * importer accepts"): a 1,000,000-row actuals file whose rows all name no target (the worker reads
 * every row, the dialog shows the capped error list) and a file with one 10 MB cell (the preview
 * shows it shortened). Each is picked in the import dialog; the figure is the longest main-thread
 * task from the pick to what the dialog ends on, and the time it took.
 *
 *   npx tsx scripts/bench/import-browser-hostile.ts [APP_URL]   (a built app already served)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../../src/data/decode';
import { ACTUALS_HEADER } from '../../test/support/actuals-file';
import { launchChromium, VIEWPORT } from './browser';
import { timeOneImport } from './import-browser';
import { atMost, median, type BenchResult } from './result';

const LONG_TASK_GOAL_MS = 100;
const MILLION = 1_000_000;
const CELL_BYTES = 10 * 1024 * 1024;

/** 1,000,000 short rows under the size limit: an indicator no plan has, a year, a value. */
function millionRows(): Uint8Array {
  const row = 'x,,,,2022,1,,\n';
  const text = `${ACTUALS_HEADER}\n${row.repeat(MILLION)}`;
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_FILE_BYTES)
    throw new Error('the 1,000,000-row file must stay under the size limit to be read at all');
  return bytes;
}

/** A valid allocation row whose city cell holds 10 MB of text (no newline, no quote). */
function tenMegabyteCell(): Uint8Array {
  const header = '行政区域,所属市,示范区面积（万亩）';
  return new TextEncoder().encode(`${header}\n宾县,${'哈'.repeat(CELL_BYTES / 3)},50\n`);
}

interface HostileFile {
  readonly key: string;
  readonly note: string;
  readonly bytes: () => Uint8Array;
}

const FILES: readonly HostileFile[] = [
  { key: '1m-rows', note: '1,000,000 rows matching no target', bytes: millionRows },
  { key: '10mb-cell', note: 'one 10 MB cell', bytes: tenMegabyteCell },
];

export async function measureHostileImportInBrowser(appUrl: string, runs: number): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'tb-import-hostile-'));
  const browser = await launchChromium();
  const results: BenchResult[] = [];
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
    for (const file of FILES) {
      const bytes = file.bytes();
      const path = join(folder, `${file.key}.csv`);
      writeFileSync(path, bytes);
      const samples: Array<{ ms: number; longest: number }> = [];
      for (let run = 0; run < runs; run += 1) samples.push(await timeOneImport(page, appUrl, path));
      const size = `${(bytes.length / 1024 / 1024).toFixed(1)} MB`;
      results.push({
        name: `import-browser.hostile.${file.key}.to-dialog`,
        value: Math.round(median(samples.map((s) => s.ms))),
        unit: 'ms',
        runs,
        note: `${file.note}, ${size}: picked → dialog result`,
      });
      results.push(
        atMost(
          `import-browser.hostile.${file.key}.longest-main-task`,
          Math.round(Math.max(...samples.map((s) => s.longest))),
          'ms',
          LONG_TASK_GOAL_MS,
          { runs, note: `${file.note}: longest main-thread task, worst run (0 = none over 50 ms)` },
        ),
      );
    }
    return results;
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
  const runs = Number(process.argv[3] ?? 3);
  for (const r of await measureHostileImportInBrowser(url, runs))
    console.log(`${r.name.padEnd(52)} ${String(r.value).padStart(9)} ${r.unit}  ${r.note ?? ''}`);
}
