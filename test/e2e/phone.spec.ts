/**
 * A planner opens a shared link on a phone (390×844): every view and every county panel fits the
 * width, no chart text box overlaps another (legend included), and the navigation does not take
 * the first screen. Screenshots go to test-results/phone/ for a person to look at.
 */
import { expect, test } from '@playwright/test';
import { VIEW_CASES, expectChartsReady } from './support';
import { chartTextOverlaps, overflowingElements } from './phone-geometry';

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });

const PANELS = [
  { name: 'counties-cities', query: '?view=counties&panel=cities', charts: ['city-share-chart'] },
  {
    name: 'counties-multiples',
    query: '?view=counties&panel=multiples&detail=宾县',
    charts: ['county-detail-chart'],
  },
  { name: 'counties-map', query: '?view=counties&panel=map', charts: ['county-map'] },
  { name: 'counties-map-zone', query: '?view=counties&panel=map&color=zone', charts: ['county-map'] },
] as const;

const CASES = [
  ...VIEW_CASES.map((c) => ({ name: c.view, query: `?view=${c.view}`, charts: c.charts })),
  ...PANELS,
];

for (const c of CASES) {
  test(`phone 390×844: ${c.name}`, async ({ page }) => {
    await page.goto(`./${c.query}`);
    // On a loaded 2-core machine a chart can take longer than the default 5 s to finish drawing.
    await expect(page.locator('figure[data-chart-ready="false"]')).toHaveCount(0, { timeout: 20_000 });
    await expectChartsReady(page, c.charts);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: `test-results/phone/${c.name}.png`, fullPage: true });
    expect(await overflowingElements(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const chart of await page.locator('figure.chart').all()) {
      const label = await chart.getAttribute('aria-label');
      expect(await chartTextOverlaps(chart), `chart ${label}`).toEqual([]);
    }
    // The first screen shows the view, not only the navigation.
    const main = await page.locator('#main').boundingBox();
    expect(main?.y ?? 999).toBeLessThan(844 / 3);
  });
}
