/**
 * Where the first chart's time goes (issue 19), measured rather than guessed: for one view and
 * for the bare page, several cold loads (a fresh browser context each), and for each load
 *   - network: when the entry script(s), the last script chunk and the last data file arrived, and
 *     the JS bytes transferred (Resource Timing);
 *   - the app's own User Timing measures: the version store (IndexedDB) opening, and each
 *     dataset's read (fetch + pipeline) and pipeline alone (src/import/timing.ts);
 *   - main-thread work to the first chart from CDP Performance.getMetrics: script (compile and
 *     run), style + layout, other task time, and the idle rest (waiting on the network or storage).
 * Medians per stage. Then the first chart of every chart view with the CPU throttled 4×
 * (Emulation.setCPUThrottlingRate), an ordinary office PC, against a 1.0 s goal.
 */
import type { Browser, Page } from '@playwright/test';
import { launchChromium, VIEWPORT } from './browser';
import { CHART_VIEWS, installPaintCheck, waitForFirstChart } from './first-chart';
import { atMost, median, round, type BenchResult } from './result';

const THROTTLED_GOAL_MS = 1000;

interface Sample {
  readonly firstChart: number;
  readonly entryJs: number;
  readonly lastJs: number;
  readonly lastData: number;
  readonly jsKb: number;
  readonly storeOpen: number;
  readonly storeOpenEnd: number;
  readonly datasetRead: number;
  readonly pipeline: number;
  readonly script: number;
  readonly styleLayout: number;
  readonly otherTasks: number;
  readonly idle: number;
}

interface PageTimes {
  readonly entryJs: number;
  readonly lastJs: number;
  readonly lastData: number;
  readonly jsBytes: number;
  readonly storeOpen: number;
  readonly storeOpenEnd: number;
  readonly datasetRead: number;
  readonly pipeline: number;
}

// No named inner functions in page code: tsx's `__name` helper does not exist in the page.
function pageTimes(): PageTimes {
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const scripts = resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
  // The entry: index.html's module script and its modulepreloads (absolute URLs, as resources are named).
  const listed = new Set(
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')]
      .map((e) => e.src)
      .concat(
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((e) => e.href),
      ),
  );
  const entry = resources.filter((r) => listed.has(r.name));
  const data = resources.filter((r) => /\/data\/[^/]+\.(csv|json)(\?|$)/.test(r.name));
  const measures = performance.getEntriesByType('measure');
  const store = measures.find((m) => m.name === 'tb:store-open');
  const datasets = measures.filter((m) => m.name.startsWith('tb:dataset:'));
  const pipelines = measures.filter((m) => m.name.startsWith('tb:pipeline:'));
  return {
    entryJs: Math.max(0, ...entry.map((r) => r.responseEnd)),
    lastJs: Math.max(0, ...scripts.map((r) => r.responseEnd)),
    lastData: Math.max(0, ...data.map((r) => r.responseEnd)),
    jsBytes: scripts.reduce((sum, r) => sum + r.encodedBodySize, 0),
    storeOpen: store ? store.duration : 0,
    storeOpenEnd: store ? store.startTime + store.duration : 0,
    datasetRead: Math.max(0, ...datasets.map((m) => m.duration)),
    pipeline: pipelines.reduce((sum, m) => sum + m.duration, 0),
  };
}

function metric(metrics: ReadonlyArray<{ name: string; value: number }>, name: string): number {
  return (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
}

async function loadOnce(
  browser: Browser,
  url: string,
  throttle = 1,
): Promise<{
  page: Page;
  close: () => Promise<void>;
  firstChart: number;
  metrics: Array<{ name: string; value: number }>;
}> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(installPaintCheck);
  const [firstChart] = await Promise.all([waitForFirstChart(page, 60_000), page.goto(url)]);
  const { metrics } = await cdp.send('Performance.getMetrics');
  return { page, close: () => context.close(), firstChart, metrics };
}

async function sample(browser: Browser, url: string): Promise<Sample> {
  const load = await loadOnce(browser, url);
  try {
    const times = await load.page.evaluate(pageTimes);
    // Cumulative main-thread durations since the page began; a few ms after the paint stamp at most.
    const task = metric(load.metrics, 'TaskDuration');
    const script = metric(load.metrics, 'ScriptDuration');
    const styleLayout = metric(load.metrics, 'LayoutDuration') + metric(load.metrics, 'RecalcStyleDuration');
    return {
      firstChart: load.firstChart,
      entryJs: times.entryJs,
      lastJs: times.lastJs,
      lastData: times.lastData,
      jsKb: times.jsBytes / 1024,
      storeOpen: times.storeOpen,
      storeOpenEnd: times.storeOpenEnd,
      datasetRead: times.datasetRead,
      pipeline: times.pipeline,
      script,
      styleLayout,
      otherTasks: Math.max(0, task - script - styleLayout),
      idle: Math.max(0, load.firstChart - task),
    };
  } finally {
    await load.close();
  }
}

const STAGES: ReadonlyArray<{ key: keyof Sample; unit: string; note: string }> = [
  { key: 'firstChart', unit: 'ms', note: 'navigation → first chart painted' },
  { key: 'entryJs', unit: 'ms', note: 'entry script(s) arrived (responseEnd)' },
  { key: 'lastJs', unit: 'ms', note: 'last script chunk arrived (view chunk, ECharts)' },
  { key: 'jsKb', unit: 'kB', note: 'JS transferred before the first chart (encoded bytes)' },
  { key: 'lastData', unit: 'ms', note: 'last data file arrived' },
  { key: 'storeOpen', unit: 'ms', note: 'IndexedDB version store opening (tb:store-open)' },
  { key: 'storeOpenEnd', unit: 'ms', note: 'IndexedDB version store open at' },
  {
    key: 'datasetRead',
    unit: 'ms',
    note: 'slowest dataset read: fetch ∥ store read, then pipeline (tb:dataset:*)',
  },
  { key: 'pipeline', unit: 'ms', note: 'all pipelines, summed (tb:pipeline:*)' },
  { key: 'script', unit: 'ms', note: 'main thread: script compile + run (CDP ScriptDuration)' },
  { key: 'styleLayout', unit: 'ms', note: 'main thread: style + layout' },
  { key: 'otherTasks', unit: 'ms', note: 'main thread: other task time (parse HTML, paint, GC…)' },
  { key: 'idle', unit: 'ms', note: 'first chart − all main-thread task time: waiting on network/storage' },
];

export async function measureFirstChartAttribution(
  appUrl: string,
  bareUrl: string,
  runs: number,
  view = 'ip',
): Promise<BenchResult[]> {
  const browser = await launchChromium();
  try {
    await sample(browser, bareUrl);
    await sample(browser, `${appUrl}?view=${view}`);
    const app: Sample[] = [];
    const bare: Sample[] = [];
    for (let run = 0; run < runs; run += 1) {
      app.push(await sample(browser, `${appUrl}?view=${view}`));
      bare.push(await sample(browser, bareUrl));
    }
    const rows: BenchResult[] = [];
    for (const stage of STAGES) {
      const a = median(app.map((s) => s[stage.key]));
      const b = median(bare.map((s) => s[stage.key]));
      rows.push({
        name: `attribution.${view}.${stage.key}`,
        value: round(a),
        unit: stage.unit,
        runs,
        note: `${stage.note}; bare page ${String(round(b))}`,
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}

/**
 * Every chart view's first chart with the CPU throttled 4× (median of `runs` cold loads), and the
 * bare page's under the same throttle for reference: the goal is absolute (1.0 s), and what the same
 * stack's one-chart page takes on this machine says how much of it a framework-rendered view can meet.
 */
export async function measureThrottledFirstChart(
  appUrl: string,
  bareUrl: string | null,
  runs: number,
  rate = 4,
): Promise<BenchResult[]> {
  const browser = await launchChromium();
  const timesOf = async (url: string): Promise<number[]> => {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const load = await loadOnce(browser, url, rate);
      times.push(load.firstChart);
      await load.close();
    }
    return times;
  };
  try {
    const results: BenchResult[] = [];
    for (const view of CHART_VIEWS) {
      results.push(
        atMost(
          `first-chart.${view}.cpu${String(rate)}x`,
          round(median(await timesOf(`${appUrl}?view=${view}`))),
          'ms',
          THROTTLED_GOAL_MS,
          {
            runs,
            note: `?view=${view}, CPU throttled ${String(rate)}× (median)`,
          },
        ),
      );
    }
    if (bareUrl !== null) {
      const bare = await timesOf(bareUrl);
      results.push({
        name: `first-chart.bare.cpu${String(rate)}x`,
        value: round(median(bare)),
        unit: 'ms',
        runs: bare.length,
        note: `bare one-chart page, CPU throttled ${String(rate)}× (median; reference, no goal)`,
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const [appUrl = 'http://127.0.0.1:4173/', bareUrl = '', view = 'ip'] = process.argv.slice(2);
  const rows = bareUrl
    ? await measureFirstChartAttribution(appUrl, bareUrl, 5, view)
    : await measureThrottledFirstChart(appUrl, null, 3);
  for (const r of rows)
    console.log(`${r.name.padEnd(40)} ${String(r.value).padStart(8)} ${r.unit.padEnd(3)} ${r.note ?? ''}`);
}
