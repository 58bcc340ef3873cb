/**
 * A planner opens a shared link on a phone (390×844): every view and every county panel fits the
 * width, no chart text box overlaps another (legend included), and the navigation does not take
 * the first screen. Screenshots go to test-results/phone/ for a person to look at.
 */
import { readFileSync } from 'node:fs';
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

test('phone 390×844: bar-end figures wrap, never cut (a target read as "1,6…" misreads)', async ({
  page,
}) => {
  await page.goto('./?view=ip');
  await expectChartsReady(page, ['ip-growth-chart']);
  const texts = await page
    .locator('figure.chart svg text')
    .evaluateAll((nodes) => nodes.map((n) => n.textContent));
  const figures = texts.filter((t) => /\d/.test(t));
  expect(figures.length).toBeGreaterThan(0);
  expect(figures.filter((t) => t.includes('…'))).toEqual([]);
  // Every 2025 target of data/ip-indicators.csv is on screen in full, as the chart groups digits.
  const [header = '', ...rows] = readFileSync('data/ip-indicators.csv', 'utf8').trim().split(/\r?\n/);
  const column = header.split(',').indexOf('2025年预期值');
  const targets = rows.map((r) =>
    Number(r.split(',')[column]).toLocaleString('zh-CN', { maximumFractionDigits: 4 }),
  );
  expect(targets).toHaveLength(8);
  const shown = texts.join(' ');
  for (const target of targets) expect(shown).toContain(target);
});
