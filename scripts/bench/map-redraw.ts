/**
 * Map redraw on metric change, in headless Chromium against the built app. Part of
 * `npm run bench`; alone: `npm run build && npm run preview &` then
 * `npx tsx scripts/bench/map-redraw.ts [BASE_URL] [RUNS]`.
 * Each run changes the metric select on the map panel and times, inside the page, from the
 * change event to the first animation frame after ECharts has rewritten the county fills
 * (React render + option build + setOption + SVG patch).
 */
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { launchChromium, VIEWPORT } from './browser';
import { median, quantile, round, type BenchResult } from './result';

const METRICS = ['demo_area', 'tillage_5y', 'organic_2021', 'hsf_2021'];

async function timeMetricChange(page: Page, metric: string): Promise<number> {
  return page.evaluate(async (key) => {
    const svg = document.querySelector('[data-testid="county-map"] svg');
    const select = [...document.querySelectorAll('select')].find((s) =>
      [...s.options].some((o) => o.value === key),
    );
    if (!svg || !select) throw new Error('map or metric select missing');
    const patched = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(svg, { attributes: true, subtree: true, childList: true });
    });
    const start = performance.now();
    select.value = key;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await patched;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  }, metric);
}

/** Redraw times in ms, one per metric change. */
export async function mapRedrawTimes(appUrl: string, runs: number): Promise<number[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
    await page.goto(`${appUrl}?view=counties&panel=map`);
    await page.waitForSelector('[data-testid="county-map"][data-chart-ready="true"]');
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      times.push(await timeMetricChange(page, METRICS[(i + 1) % METRICS.length] ?? 'demo_area'));
      await page.waitForTimeout(200);
    }
    return times;
  } finally {
    await browser.close();
  }
}

export async function measureMapRedraw(appUrl: string, runs = 30): Promise<BenchResult[]> {
  const times = await mapRedrawTimes(appUrl, runs);
  const note = 'metric change on ?view=counties&panel=map';
  return [
    { name: 'map-redraw.median', value: round(median(times)), unit: 'ms', runs, note },
    { name: 'map-redraw.p95', value: round(quantile(times, 0.95)), unit: 'ms', runs, note },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await measureMapRedraw(
    process.argv[2] ?? 'http://127.0.0.1:4173/',
    Number(process.argv[3] ?? 30),
  );
  console.log(JSON.stringify(results));
}
