/**
 * `npm run bench [-- --runs N] [--only NAME[,NAME…]]`: builds the app and a bare one-chart page into a temporary folder,
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
import { measureFirstChartAttribution, measureThrottledFirstChart } from './first-chart-attribution';
import { measureImport } from './import';
import { measureImportInBrowser } from './import-browser';
import { measureHostileImportInBrowser } from './import-browser-hostile';
import { measureXlsxImportInBrowser } from './import-browser-xlsx';
import { measureInitialJsInBrowser, measureInitialJsStatic } from './initial-js';
import { measureMapRedraw } from './map-redraw';
import { measureMapSize } from './map-size';
import { formatTable, readPrevious, readPreviousResults, writeReport } from './report';
import type { BenchResult } from './result';
import { buildAndServe, type BenchBuilds } from './serve';
import { measureWallSoak } from './wall-soak';

const REPORT = 'reports/bench.json';

interface Options {
  readonly runs: number;
  /** Step names (or their prefixes) to run; empty: every step. */
  readonly only: readonly string[];
}

function optionsFromArgs(argv: readonly string[]): Options {
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt === -1 ? 7 : Number(argv[runsAt + 1]);
  if (!Number.isInteger(runs) || runs < 5)
    throw new Error('--runs takes an integer ≥ 5 (medians need several runs)');
  const onlyAt = argv.indexOf('--only');
  const only =
    onlyAt === -1
      ? []
      : (argv[onlyAt + 1] ?? '')
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n !== '');
  if (onlyAt !== -1 && only.length === 0)
    throw new Error(`--only takes step names: ${STEPS.map((st) => st.name).join(', ')}`);
  return { runs, only };
}

interface Step {
  readonly name: string;
  readonly measure: (builds: BenchBuilds, runs: number) => BenchResult[] | Promise<BenchResult[]>;
}

/** Every figure, in the order of the table; `--only NAME[,NAME…]` picks some (a prefix matches). */
const STEPS: readonly Step[] = [
  { name: 'initial-js.static', measure: (b) => [measureInitialJsStatic(b.app.outDir)] },
  { name: 'initial-js.browser', measure: (b) => measureInitialJsInBrowser(b.app.url) },
  { name: 'first-chart', measure: (b, runs) => measureFirstChart(b.app.url, b.bare.url, runs) },
  {
    name: 'first-chart-attribution',
    measure: (b, runs) => measureFirstChartAttribution(b.app.url, b.bare.url, runs),
  },
  { name: 'first-chart-throttled', measure: (b) => measureThrottledFirstChart(b.app.url, b.bare.url, 9) },
  { name: 'filter-change', measure: (b) => measureFilterChange(b.app.url) },
  { name: 'import-throughput', measure: () => measureImport() },
  { name: 'import-browser', measure: (b, runs) => measureImportInBrowser(b.app.url, runs) },
  { name: 'import-browser-xlsx', measure: (b) => measureXlsxImportInBrowser(b.app.url, 3) },
  { name: 'import-browser-hostile', measure: (b) => measureHostileImportInBrowser(b.app.url, 2) },
  { name: 'map-size', measure: (b) => measureMapSize(b.app.outDir) },
  { name: 'map-redraw', measure: (b, runs) => measureMapRedraw(b.app.url, Math.max(30, runs)) },
  { name: 'wall-soak', measure: (b) => measureWallSoak(b.app.url) },
];

function selected(only: readonly string[]): readonly Step[] {
  if (only.length === 0) return STEPS;
  const unknown = only.filter((n) => !STEPS.some((st) => st.name.startsWith(n)));
  if (unknown.length > 0)
    throw new Error(
      `--only: no step ${unknown.join(', ')} (steps: ${STEPS.map((st) => st.name).join(', ')})`,
    );
  return STEPS.filter((st) => only.some((n) => st.name.startsWith(n)));
}

/** Runs one measurement; a failure becomes a row (and a non-zero exit), not a lost table. */
async function step(
  label: string,
  measure: () => BenchResult[] | Promise<BenchResult[]>,
): Promise<BenchResult[]> {
  process.stderr.write(`bench: ${label}…\n`);
  try {
    return await measure();
  } catch (error) {
    process.exitCode = 1;
    return [
      {
        name: label,
        value: null,
        unit: '',
        note: `FAILED: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`,
      },
    ];
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
  const options = optionsFromArgs(process.argv.slice(2));
  const steps = selected(options.only);
  const previous = readPrevious(REPORT);
  process.stderr.write('bench: building the app and the bare page…\n');
  const builds = await buildAndServe();
  const results: BenchResult[] = [];
  try {
    for (const s of steps) results.push(...(await step(s.name, () => s.measure(builds, options.runs))));
  } finally {
    await builds.close();
  }
  console.log(formatTable(results, previous));
  // A partial run (--only) updates its rows of the report and keeps the others.
  const kept =
    options.only.length === 0
      ? []
      : readPreviousResults(REPORT).filter((r) => !results.some((n) => n.name === r.name));
  writeReport(REPORT, {
    date: new Date().toISOString(),
    commit: commit(),
    machine: await machine(),
    results: [...kept, ...results],
  });
  console.log(
    `\nwritten: ${REPORT}${options.only.length > 0 ? ` (only ${steps.map((st) => st.name).join(', ')}; other rows kept from the last run)` : ''}`,
  );
}

await main();
