/**
 * Filter change → chart updated, on the county views (ranking, city subtotals, small multiples):
 * each city chip and each zone chip switched on, then off again. Timed inside the page from the
 * click to the animation frame after ECharts has patched the chart's SVG at the chart's new size
 * (React render, model and option build, setOption, resize, SVG patch). That frame shows the new
 * bars and axes; an update animation that may follow is a design choice, not latency.
 */
import type { Page } from '@playwright/test';
import { ZONE_TYPES } from '../../src/data/datasets/black-soil';
import { CITIES } from '../../src/data/regions';
import { launchChromium, VIEWPORT } from './browser';
import { atMost, median, quantile, round, type BenchResult } from './result';

const P95_GOAL_MS = 100;
const PANELS = [
  { panel: 'ranking', chart: 'county-ranking-chart' },
  { panel: 'cities', chart: 'city-share-chart' },
  { panel: 'multiples', chart: 'multiples-chart' },
] as const;
const CHIPS = [...CITIES.map((c) => c.name), ...ZONE_TYPES];

/**
 * Clicks the chip labelled `label` and resolves with ms until the chart's SVG was patched at its
 * container's size (a filter can change the chart's height; a frame drawn at the old height is
 * not an update) and that frame was produced.
 */
async function timeChipClick(page: Page, chart: string, label: string): Promise<number> {
  return page.evaluate(
    async ({ chart, label }) => {
      const svg = document.querySelector(`[data-testid="${chart}"] svg`);
      const host = document.querySelector(`[data-testid="${chart}"] .echarts-for-react`);
      const chip = [...document.querySelectorAll<HTMLButtonElement>('button.toggle-chip')].find(
        (b) => b.textContent === label,
      );
      if (!svg || !host || !chip) throw new Error(`chart ${chart} or chip ${label} missing`);
      const patched = new Promise<void>((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (Math.abs(Number(svg.getAttribute('height')) - host.clientHeight) > 1) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(svg, { attributes: true, childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${chart} did not redraw at its size after ${label}`));
        }, 5000);
      });
      const start = performance.now();
      chip.click();
      await patched;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    },
    { chart, label },
  );
}

async function panelTimes(page: Page, baseUrl: string, panel: string, chart: string): Promise<number[]> {
  await page.goto(`${baseUrl}?view=counties&panel=${panel}`);
  await page.locator(`[data-testid="${chart}"][data-chart-ready="true"]`).waitFor();
  const times: number[] = [];
  for (const chip of CHIPS) {
    for (let click = 0; click < 2; click += 1) {
      times.push(await timeChipClick(page, chart, chip));
      // Let the update animation end, so each change starts from a chart at rest.
      await page.waitForTimeout(400);
    }
  }
  return times;
}

export async function measureFilterChange(appUrl: string): Promise<BenchResult[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
    const times: number[] = [];
    for (const { panel, chart } of PANELS) times.push(...(await panelTimes(page, appUrl, panel, chart)));
    const note = 'city and zone chips on/off on ranking, city subtotals, small multiples';
    return [
      atMost('filter-change.p95', round(quantile(times, 0.95)), 'ms', P95_GOAL_MS, {
        runs: times.length,
        note,
      }),
      { name: 'filter-change.median', value: round(median(times)), unit: 'ms', runs: times.length, note },
    ];
  } finally {
    await browser.close();
  }
}
