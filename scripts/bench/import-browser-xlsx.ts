/**
 * The browser import bench for workbooks: a 100,000-row actuals sheet as .xlsx (numbers as
 * number cells, text as inline strings, one sheet), picked in the import dialog and timed to the
 * preview, with every main-thread long task recorded. The goal: none over 100 ms — unzipping and
 * reading the sheet happen in the worker.
 *
 *   npx tsx scripts/bench/import-browser-xlsx.ts [APP_URL]   (a built app already served)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvText } from '../../src/data/parse';
import { toXlsxBytes, type XlsxCell } from '../../src/data/xlsx/write-xlsx';
import { actualsCsv } from '../../test/support/actuals-file';
import { launchChromium, VIEWPORT } from './browser';
import { timeOneImport } from './import-browser';
import { median, type BenchResult } from './result';

const ROWS = 100_000;
const LONG_TASK_GOAL_MS = 100;

function actualsWorkbook(rows: number): Uint8Array {
  const [header, ...body] = parseCsvText(actualsCsv(rows)).rows.map((r) => r.cells);
  const cells = body.map((row) =>
    row.map((c): XlsxCell => (c !== '' && Number.isFinite(Number(c)) ? Number(c) : c)),
  );
  return toXlsxBytes('实际值', header ?? [], cells);
}

export async function measureXlsxImportInBrowser(appUrl: string, runs: number): Promise<BenchResult[]> {
  const bytes = actualsWorkbook(ROWS);
  const folder = mkdtempSync(join(tmpdir(), 'tb-import-xlsx-'));
  const file = join(folder, 'actuals-100k.xlsx');
  writeFileSync(file, bytes);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
    const samples: Array<{ ms: number; longest: number }> = [];
    for (let run = 0; run < runs; run += 1) samples.push(await timeOneImport(page, appUrl, file));
    const longest = Math.max(...samples.map((s) => s.longest));
    const ms = median(samples.map((s) => s.ms));
    return [
      {
        name: 'import-browser.100k.xlsx.to-preview',
        value: Math.round(ms),
        unit: 'ms',
        runs,
        note: `file picked → preview shown, ${(bytes.length / 1024 / 1024).toFixed(1)} MB .xlsx, worker`,
      },
      {
        name: 'import-browser.100k.xlsx.longest-main-task',
        value: Math.round(longest),
        unit: 'ms',
        goal: `≤ ${String(LONG_TASK_GOAL_MS)}`,
        pass: longest <= LONG_TASK_GOAL_MS,
        runs,
        note: 'longest main-thread task (PerformanceObserver longtask; 0 = none over 50 ms)',
      },
    ];
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
  const runs = Number(process.argv[3] ?? 3);
  for (const r of await measureXlsxImportInBrowser(url, runs))
    console.log(`${r.name.padEnd(44)} ${String(r.value).padStart(9)} ${r.unit}  ${r.note ?? ''}`);
}
