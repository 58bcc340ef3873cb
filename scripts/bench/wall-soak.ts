/**
 * Wall-screen soak: drives the built app's wall mode in headless Chromium through many rotations
 * and samples, after a forced garbage collection, the JS heap, DOM node count, event listeners
 * (CDP Performance.getMetrics) and live ECharts instances (elements carrying ECharts' instance
 * attribute). Goal (issue 6): heap growth < 5 MB after GC, the other three flat within ±5%.
 *
 * A rotation is one step of the carousel: a → key event dispatched in the page, then waiting for
 * the stage to show the next slide drawn and one animation frame. This is the same step() the
 * slide timer calls (and it restarts that timer), so 10,000 rotations take minutes, not the
 * 10,000 × `seconds` of real time. While it runs, the IP table is served with a different value
 * on every re-read (`refresh=2`), so the data path is soaked too: refetch, new slide model,
 * setOption on the same chart instance.
 *
 *   npx tsx scripts/bench/wall-soak.ts [--rotations 10000] [--samples 10] [URL]
 * (URL of a running `npm run preview`, default http://127.0.0.1:4173/)
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { VIEWPORT } from './browser';
import { atMost, round, type BenchResult } from './result';

export const DEFAULT_ROTATIONS = 10_000;
const HEAP_GOAL_MB = 5;
const FLAT_GOAL_PERCENT = 5;
/** Steps per in-page batch: fewer round trips to the page, still a sample every few hundred. */
const BATCH = 50;

export interface SoakSample {
  readonly rotation: number;
  readonly heapMb: number;
  readonly nodes: number;
  readonly listeners: number;
  readonly charts: number;
  readonly seconds: number;
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--js-flags=--expose-gc',
    ],
  });
}

/** The IP table with its first target changed on every request: each re-read is new data. */
async function serveChangingData(page: Page, appUrl: string): Promise<void> {
  const response = await fetch(new URL('data/ip-indicators.csv', appUrl));
  const original = await response.text();
  let reads = 0;
  await page.route('**/data/ip-indicators.csv', async (route) => {
    reads += 1;
    const body = original.replace(
      /(ip_advantage_firms,[^,]*,[^,]*,510,)1000/,
      `$11${String(reads % 1000).padStart(3, '0')}`,
    );
    await route.fulfill({ contentType: 'text/csv; charset=utf-8', body });
  });
}

/**
 * Runs `count` steps inside the page. No named inner functions: tsx would wrap them in a
 * `__name` helper that does not exist in the page.
 */
async function rotate(page: Page, count: number): Promise<void> {
  await page.evaluate(async (steps) => {
    const stage = document.querySelector('[data-testid="wall-stage"]');
    if (!stage) throw new Error('no wall stage');
    for (let i = 0; i < steps; i += 1) {
      const before = stage.getAttribute('data-slide');
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
      for (let wait = 0; wait < 600; wait += 1) {
        await new Promise<void>((resolve) => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
        const current = stage.querySelector('.wall-slide--current');
        const drawn =
          current !== null &&
          current.getAttribute('data-slide-ready') === 'true' &&
          current.querySelector('[data-chart-ready="false"]') === null;
        if (stage.getAttribute('data-slide') !== before && drawn) break;
      }
    }
  }, count);
}

async function sample(page: Page, cdp: CDPSession, rotation: number, started: number): Promise<SoakSample> {
  // Twice: the first pass can leave objects that only become garbage after finalisers ran.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const charts = await page.evaluate(
    () =>
      [...document.querySelectorAll('[_echarts_instance_]')].filter(
        (e) => e.getAttribute('_echarts_instance_') !== '',
      ).length,
  );
  return {
    rotation,
    heapMb: metric('JSHeapUsedSize') / 2 ** 20,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    charts,
    seconds: (Date.now() - started) / 1000,
  };
}

function formatRow(s: SoakSample): string {
  return [
    String(s.rotation).padStart(9),
    s.heapMb.toFixed(2).padStart(9),
    String(s.nodes).padStart(7),
    String(s.listeners).padStart(10),
    String(s.charts).padStart(7),
    s.seconds.toFixed(0).padStart(7),
  ].join(' ');
}

export async function soakWall(
  appUrl: string,
  rotations: number,
  samples = 10,
  log: (line: string) => void = () => undefined,
): Promise<SoakSample[]> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
    await serveChangingData(page, appUrl);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(new URL('?mode=wall&seconds=600&refresh=2', appUrl).href);
    await page.waitForSelector('[data-testid="wall-stage"] [data-slide-ready="true"]');
    await page.waitForFunction(
      () =>
        document.querySelector(
          '[data-slide-ready="false"], [data-testid="wall-stage"] figure[data-chart-ready="false"]',
        ) === null,
    );
    // Two warm-up cycles: every chunk loaded, every chart drawn, every code path compiled.
    await rotate(page, 14);
    const started = Date.now();
    const every = Math.max(BATCH, Math.ceil(rotations / samples / BATCH) * BATCH);
    log(' rotation  heap MB   nodes  listeners  charts  time s');
    const results = [await sample(page, cdp, 0, started)];
    log(formatRow(results[0] as SoakSample));
    for (let done = 0; done < rotations;) {
      const batch = Math.min(BATCH, rotations - done);
      await rotate(page, batch);
      done += batch;
      if (done % every === 0 || done === rotations) {
        const s = await sample(page, cdp, done, started);
        results.push(s);
        log(formatRow(s));
      }
    }
    return results;
  } finally {
    await browser.close();
  }
}

function percent(first: number, last: number): number {
  return first === 0 ? 0 : (Math.abs(last - first) / first) * 100;
}

export function soakResults(samples: readonly SoakSample[]): BenchResult[] {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last) return [];
  const runs = last.rotation;
  const note = `${runs} rotations, after forced GC; first sample after two warm-up cycles`;
  return [
    atMost('wall-soak.heap-growth', round(last.heapMb - first.heapMb, 2), 'MB', HEAP_GOAL_MB, {
      runs,
      note: `${note}; ${first.heapMb.toFixed(2)} → ${last.heapMb.toFixed(2)} MB`,
    }),
    atMost('wall-soak.dom-nodes-change', round(percent(first.nodes, last.nodes), 1), '%', FLAT_GOAL_PERCENT, {
      runs,
      note: `${first.nodes} → ${last.nodes}`,
    }),
    atMost(
      'wall-soak.listeners-change',
      round(percent(first.listeners, last.listeners), 1),
      '%',
      FLAT_GOAL_PERCENT,
      { runs, note: `${first.listeners} → ${last.listeners}` },
    ),
    atMost(
      'wall-soak.chart-instances-change',
      round(percent(first.charts, last.charts), 1),
      '%',
      FLAT_GOAL_PERCENT,
      { runs, note: `${first.charts} → ${last.charts}` },
    ),
    {
      name: 'wall-soak.ms-per-rotation',
      value: round(runs > 0 ? (last.seconds * 1000) / runs : 0, 1),
      unit: 'ms',
      runs,
      note: 'step, slide drawn, one frame',
    },
  ];
}

/** For scripts/bench/run.ts: the app already built and served at appUrl (WALL_SOAK_ROTATIONS to run fewer). */
export async function measureWallSoak(appUrl: string): Promise<BenchResult[]> {
  const rotations = Number(process.env.WALL_SOAK_ROTATIONS ?? DEFAULT_ROTATIONS);
  return soakResults(
    await soakWall(appUrl, rotations, 10, (line) => {
      process.stderr.write(`wall-soak: ${line}\n`);
    }),
  );
}

function option(argv: readonly string[], name: string, fallback: number): number {
  const index = argv.indexOf(name);
  const value = index === -1 ? fallback : Number(argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive whole number`);
  return value;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const rotations = option(argv, '--rotations', DEFAULT_ROTATIONS);
  const samples = option(argv, '--samples', 10);
  const url =
    argv.find((a, i) => !a.startsWith('--') && !(argv[i - 1] ?? '').startsWith('--')) ??
    'http://127.0.0.1:4173/';
  const series = await soakWall(url, rotations, samples, (line) => {
    console.log(line);
  });
  for (const r of soakResults(series))
    console.log(
      `${r.name}: ${String(r.value)} ${r.unit}${r.goal ? ` (goal ${r.goal}: ${r.pass === true ? 'met' : 'MISSED'})` : ''} — ${r.note ?? ''}`,
    );
}
