/**
 * `npm run bench [-- --runs N]`: builds the app and a bare one-chart page into a temporary folder,
 * serves both, measures every figure of issue 7 (each in its own module under scripts/bench/),
 * prints a table and writes reports/bench.json. Times are medians (or p95) of N ≥ 5 runs and
 * ratios are taken within this run; only the initial-JS size is gated (in CI, by
 * scripts/check-bundle-budget.ts), because times on a shared machine are too noisy to gate.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { launchChromium } from './browser';
import { measureFilterChange } from './filter-change';
import { measureFirstChart } from './first-chart';
import { measureImport } from './import';
import { measureImportInBrowser } from './import-browser';
import { measureInitialJsInBrowser, measureInitialJsStatic } from './initial-js';
import { measureMapRedraw } from './map-redraw';
import { measureMapSize } from './map-size';
import { formatTable, readPrevious, writeReport } from './report';
import type { BenchResult } from './result';
import { buildAndServe } from './serve';
import { measureWallSoak } from './wall-soak';

const REPORT = 'reports/bench.json';

function runsFromArgs(argv: readonly string[]): number {
  const index = argv.indexOf('--runs');
  const runs = index === -1 ? 7 : Number(argv[index + 1]);
  if (!Number.isInteger(runs) || runs < 5) throw new Error('--runs takes an integer ≥ 5 (medians need several runs)');
  return runs;
}

/** Runs one measurement; a failure becomes a row (and a non-zero exit), not a lost table. */
async function step(label: string, measure: () => BenchResult[] | Promise<BenchResult[]>): Promise<BenchResult[]> {
  process.stderr.write(`bench: ${label}…\n`);
  try {
    return await measure();
  } catch (error) {
    process.exitCode = 1;
    return [{ name: label, value: null, unit: '', note: `FAILED: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}` }];
  }
}

async function machine(): Promise<{ node: string; chromium: string; cpus: number }> {
  const browser = await launchChromium();
  const chromium = browser.version();
  await browser.close();
  return { node: process.version, chromium, cpus: cpus().length };
}

function commit(): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const runs = runsFromArgs(process.argv.slice(2));
  const previous = readPrevious(REPORT);
  process.stderr.write('bench: building the app and the bare page…\n');
  const builds = await buildAndServe();
  const results: BenchResult[] = [];
  try {
    results.push(...await step('initial-js.static', () => [measureInitialJsStatic(builds.app.outDir)]));
    results.push(...await step('initial-js.browser', () => measureInitialJsInBrowser(builds.app.url)));
    results.push(...await step('first-chart', () => measureFirstChart(builds.app.url, builds.bare.url, runs)));
    results.push(...await step('filter-change', () => measureFilterChange(builds.app.url)));
    results.push(...await step('import-throughput', measureImport));
    results.push(...await step('import-browser', () => measureImportInBrowser(builds.app.url, runs)));
    results.push(...await step('map-size', () => measureMapSize(builds.app.outDir)));
    results.push(...await step('map-redraw', () => measureMapRedraw(builds.app.url, Math.max(30, runs))));
    results.push(...await step('wall-soak', () => measureWallSoak(builds.app.url)));
  } finally {
    await builds.close();
  }
  console.log(formatTable(results, previous));
  writeReport(REPORT, { date: new Date().toISOString(), commit: commit(), machine: await machine(), results });
  console.log(`\nwritten: ${REPORT}`);
}

await main();
