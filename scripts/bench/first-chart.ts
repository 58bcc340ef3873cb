/**
 * Navigation → first chart painted, the app's chart views against the bare one-bar-chart page,
 * both built in this run. Each load is a fresh browser context (cold HTTP cache). Each app load
 * is paired with a bare load right before or after it (the order alternates), and the ratio is
 * the median of the pairs' ratios: a slow stretch of a shared machine hits both halves of a pair.
 *
 * "Painted" is a paint check, not ECharts' 'finished' event: 'finished' waits for the entry
 * animation, whose length differs per chart (300 ms in the app, ECharts' 1 s default on the bare
 * page), so it would measure animation settings, not loading. The check is an observer installed
 * before any page script: the first time a chart figure's SVG holds a drawn path, it waits for the
 * next animation frame (the frame with the chart has been produced) and stamps performance.now(),
 * which counts from navigation start. A chart shown first as its prerendered picture (built by
 * scripts/prerender, see src/charts/prerender) counts when that picture has been decoded and the
 * next frame produced: what is on screen is the same chart, from the same numbers.
 *
 * The stamp reaches the bench as a console message (waitForFirstChart), not by polling the page:
 * Playwright's `waitForFunction` injects its utility script into the loading page, and compiling it
 * (25 ms, 60–100 ms with the CPU throttled 4×) landed on the main thread in the middle of the
 * load it was timing — for the app and the bare page alike.
 */
import type { Browser, ConsoleMessage, Page } from '@playwright/test';
import { launchChromium, VIEWPORT } from './browser';
import { atMost, median, round, type BenchResult } from './result';

export const CHART_VIEWS = ['black-soil', 'counties', 'ip', 'credit'] as const;
const RATIO_GOAL = 1.3;

/** The console message the paint check writes (spelled out there too: it runs in the page): this prefix, then performance.now(). */
const STAMP = 'tb-bench:first-chart ';

// No named inner functions: tsx wraps those in a `__name` helper that does not exist in the page.
export function installPaintCheck(): void {
  const observer = new MutationObserver(() => {
    const picture = document.querySelector<HTMLImageElement>('[data-chart-ready] img[data-prerendered]');
    if (picture !== null) {
      observer.disconnect();
      // A prerendered chart (charts/prerender) counts once its picture is decoded and painted.
      void picture
        .decode()
        .catch(() => undefined)
        .then(() => {
          requestAnimationFrame(() => {
            console.debug(`tb-bench:first-chart ${String(performance.now())}`);
          });
        });
      return;
    }
    if (document.querySelector('[data-chart-ready] svg path') === null) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      console.debug(`tb-bench:first-chart ${String(performance.now())}`);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * The paint check's stamp (ms from navigation start), from the page's console: call before
 * navigating. Nothing is evaluated in the page while it loads.
 */
export function waitForFirstChart(page: Page, timeout: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off('console', onConsole);
      reject(new Error(`no chart painted within ${String(timeout)} ms`));
    }, timeout);
    function onConsole(message: ConsoleMessage): void {
      const text = message.text();
      if (!text.startsWith(STAMP)) return;
      clearTimeout(timer);
      page.off('console', onConsole);
      resolve(Number(text.slice(STAMP.length)));
    }
    page.on('console', onConsole);
  });
}

async function timeFirstChart(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.addInitScript(installPaintCheck);
    const [firstChart] = await Promise.all([waitForFirstChart(page, 20_000), page.goto(url)]);
    return firstChart;
  } finally {
    await context.close();
  }
}

interface Pair {
  readonly app: number;
  readonly bare: number;
}

/**
 * For each view, `runs` pairs of back-to-back loads (app then bare, or bare then app, alternating),
 * so a slow moment of a shared machine lands on both halves of a pair.
 */
async function samplePairs(
  browser: Browser,
  appUrl: string,
  bareUrl: string,
  runs: number,
): Promise<Map<string, Pair[]>> {
  const pairs = new Map<string, Pair[]>(CHART_VIEWS.map((v) => [v, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const view of CHART_VIEWS) {
      const appFirst = run % 2 === 0;
      const first = await timeFirstChart(browser, appFirst ? `${appUrl}?view=${view}` : bareUrl);
      const second = await timeFirstChart(browser, appFirst ? bareUrl : `${appUrl}?view=${view}`);
      pairs.get(view)?.push(appFirst ? { app: first, bare: second } : { app: second, bare: first });
    }
  }
  return pairs;
}

function summarise(pairs: Map<string, Pair[]>, runs: number): BenchResult[] {
  const bare = median([...pairs.values()].flat().map((p) => p.bare));
  const results: BenchResult[] = [
    {
      name: 'first-chart.bare',
      value: round(bare),
      unit: 'ms',
      runs: runs * pairs.size,
      note: 'bare page, one bar chart (median)',
    },
  ];
  for (const [view, samples] of pairs) {
    const ratio = median(samples.map((p) => p.app / p.bare));
    results.push({
      name: `first-chart.${view}`,
      value: round(median(samples.map((p) => p.app))),
      unit: 'ms',
      runs,
      note: `?view=${view} (median)`,
    });
    results.push(
      atMost(`first-chart.${view}.ratio`, round(ratio, 2), '×', RATIO_GOAL, {
        runs,
        note: `?view=${view} ÷ bare: median of back-to-back pairs`,
      }),
    );
  }
  return results;
}

export async function measureFirstChart(
  appUrl: string,
  bareUrl: string,
  runs: number,
): Promise<BenchResult[]> {
  const browser = await launchChromium();
  try {
    // One unmeasured load of each, so Chromium's own first-start costs land on no one.
    await timeFirstChart(browser, bareUrl);
    await timeFirstChart(browser, `${appUrl}?view=counties`);
    return summarise(await samplePairs(browser, appUrl, bareUrl, runs), runs);
  } finally {
    await browser.close();
  }
}
