/**
 * Shared by the quality specs (accessibility, CSP, XSS): every page state worth checking, a wait
 * that works for any of them, tooltips brought up by hovering chart items, and a record of CSP
 * violations the page reports.
 */
import { expect, type Page } from '@playwright/test';

export interface PageCase {
  readonly name: string;
  /** Query string, '' for the default view. */
  readonly query: string;
}

const VIEWS = ['overview', 'black-soil', 'counties', 'ip', 'credit', 'grain', 'progress'] as const;
const COUNTY_STATES = [
  'panel=cities',
  'panel=multiples',
  'panel=map',
  'panel=map&color=zone',
  'detail=宾县',
] as const;

/** Every view in Chinese and English, the county view's other panels and detail, a link notice. */
export const QUALITY_PAGES: readonly PageCase[] = [
  ...VIEWS.map((view) => ({ name: view, query: `?view=${view}` })),
  ...COUNTY_STATES.map((state) => ({ name: `counties ${state}`, query: `?view=counties&${state}` })),
  ...VIEWS.map((view) => ({ name: `${view} (en)`, query: `?view=${view}&lang=en` })),
  { name: 'counties panel=map (en)', query: '?view=counties&panel=map&lang=en' },
  // The notice that lists what a link got wrong (values echoed back as text).
  { name: 'counties with a link notice', query: '?view=counties&county=不存在县&city=<b>x</b>' },
];

/** Opens a page state and waits until its view has loaded and every chart has drawn. */
export async function openSettled(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.locator('main .view').first()).toBeVisible();
  await expect(page.getByText(/^正在加载/)).toHaveCount(0);
  await expect(page.locator('figure[data-chart-ready="false"]')).toHaveCount(0);
}

/** Hovers up to `perChart` drawn shapes of every chart, so ECharts renders its tooltips. */
export async function hoverChartItems(page: Page, perChart = 12): Promise<void> {
  for (const chart of await page.locator('figure[data-chart-ready] svg').all()) {
    const shapes = chart.locator('path[fill]:not([fill="none"]):not([fill="transparent"])');
    const count = Math.min(await shapes.count(), perChart);
    for (let i = 0; i < count; i += 1) {
      const box = await shapes.nth(i).boundingBox();
      // Skip hairlines and the chart background; hover the middle of real marks.
      if (box === null || box.width < 4 || box.height < 4 || box.width > 1200) continue;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    }
  }
  await page.mouse.move(0, 0);
}

/** Opens every collapsed chart table, so table cells are in the page too. */
export async function openTables(page: Page): Promise<void> {
  await page.locator('details.table-toggle').evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every securitypolicyviolation from the first script on; read with `cspViolations`. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}
