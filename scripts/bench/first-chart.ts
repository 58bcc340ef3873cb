/**
 * Navigation → first chart painted, the app's chart views against the bare one-bar-chart page,
 * both built in this run. Each load is a fresh browser context (cold HTTP cache). Runs alternate
 * (bare, views…, then views reversed, bare) so a slow stretch of a noisy machine hits both sides.
 *
 * "Painted" is a paint check, not ECharts' 'finished' event: 'finished' waits for the entry
 * animation, whose length differs per chart (300 ms in the app, ECharts' 1 s default on the bare
 * page), so it would measure animation settings, not loading. The check is an observer installed
 * before any page script: the first time a chart figure's SVG holds a drawn path, it waits for the
 * next animation frame (the frame with the chart has been produced) and stamps performance.now(),
 * which counts from navigation start.
 */
import type { Browser } from '@playwright/test';
import { launchChromium, VIEWPORT } from './browser';
import { atMost, median, round, type BenchResult } from './result';

const CHART_VIEWS = ['black-soil', 'counties', 'ip', 'credit'] as const;
const RATIO_GOAL = 1.3;

declare global {
  interface Window { __benchFirstChart?: number }
}

// No named inner functions: tsx wraps those in a `__name` helper that does not exist in the page.
function installPaintCheck(): void {
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-chart-ready] svg path') === null) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__benchFirstChart = performance.now(); });
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

interface Samples { bare: number[]; views: Map<string, number[]> }

async function sample(browser: Browser, appUrl: string, bareUrl: string, runs: number): Promise<Samples> {
  const samples: Samples = { bare: [], views: new Map(CHART_VIEWS.map((v) => [v, []])) };
  const targets = ['bare', ...CHART_VIEWS];
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) {
      if (target === 'bare') samples.bare.push(await timeFirstChart(browser, bareUrl));
      else samples.views.get(target)?.push(await timeFirstChart(browser, `${appUrl}?view=${target}`));
    }
  }
  return samples;
}

function summarise(samples: Samples, runs: number): BenchResult[] {
  const bare = median(samples.bare);
  const results: BenchResult[] = [{ name: 'first-chart.bare', value: round(bare), unit: 'ms', runs, note: 'bare page, one bar chart (median)' }];
  for (const [view, times] of samples.views) {
    const app = median(times);
    results.push({ name: `first-chart.${view}`, value: round(app), unit: 'ms', runs, note: `?view=${view} (median)` });
    results.push(atMost(`first-chart.${view}.ratio`, round(app / bare, 2), '×', RATIO_GOAL, { runs, note: `?view=${view} ÷ bare, medians` }));
  }
  return results;
}

export async function measureFirstChart(appUrl: string, bareUrl: string, runs: number): Promise<BenchResult[]> {
  const browser = await launchChromium();
  try {
    // One unmeasured load of each, so Chromium's own first-start costs land on no one.
    await timeFirstChart(browser, bareUrl);
    await timeFirstChart(browser, `${appUrl}?view=counties`);
    return summarise(await sample(browser, appUrl, bareUrl, runs), runs);
  } finally {
    await browser.close();
  }
}
