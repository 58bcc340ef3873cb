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
 */
import type { Browser } from '@playwright/test';
import { launchChromium, VIEWPORT } from './browser';
import { atMost, median, round, type BenchResult } from './result';

export const CHART_VIEWS = ['black-soil', 'counties', 'ip', 'credit'] as const;
const RATIO_GOAL = 1.3;

declare global {
  interface Window {
    __benchFirstChart?: number;
  }
}

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
            window.__benchFirstChart = performance.now();
          });
        });
      return;
    }
    if (document.querySelector('[data-chart-ready] svg path') === null) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__benchFirstChart = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function timeFirstChart(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.addInitScript(installPaintCheck);
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__benchFirstChart, undefined, { timeout: 20_000 });
    return Number(await handle.jsonValue());
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
