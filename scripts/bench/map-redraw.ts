/**
 * Map redraw on metric change, in headless Chromium against the built app:
 * `npm run build && npx vite preview --port 4173 &` then `npx tsx scripts/bench/map-redraw.ts`.
 * Each run changes the metric select on the map panel and times, inside the page, from the
 * change event to the first animation frame after ECharts has rewritten the county fills
 * (React render + option build + setOption + SVG patch). Prints median and p95 of N runs.
 */
import { chromium } from '@playwright/test';

const BASE = process.argv[2] ?? 'http://127.0.0.1:4173/';
const RUNS = Number(process.argv[3] ?? 30);
const METRICS = ['demo_area', 'tillage_5y', 'organic_2021', 'hsf_2021'];

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${BASE}?view=counties&panel=map`);
  await page.waitForSelector('[data-testid="county-map"][data-chart-ready="true"]');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const metric = METRICS[(i + 1) % METRICS.length] ?? 'demo_area';
    const elapsed = await page.evaluate(async (key) => {
      const svg = document.querySelector('[data-testid="county-map"] svg');
      const select = [...document.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === key));
      if (!svg || !select) throw new Error('map or metric select missing');
      const patched = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => { observer.disconnect(); resolve(); });
        observer.observe(svg, { attributes: true, subtree: true, childList: true });
      });
      const start = performance.now();
      select.value = key;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await patched;
      await new Promise((r) => requestAnimationFrame(() => { r(null); }));
      return performance.now() - start;
    }, metric);
    times.push(elapsed);
    await page.waitForTimeout(200);
  }
  await browser.close();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(JSON.stringify({ runs: RUNS, median_ms: Number(quantile(sorted, 0.5).toFixed(1)), p95_ms: Number(quantile(sorted, 0.95).toFixed(1)) }));
}

await main();
