/**
 * Full-page screenshots of every view at the two screens planners use (a 1920×1080 wall or
 * desktop, a 1366×768 laptop), for a person to look at: test-results/screenshots/<view>-<width>.png.
 * The test only guarantees the shot is taken once everything has drawn and fonts are loaded.
 */
import { expect, test } from '@playwright/test';
import { VIEW_CASES, expectChartsReady } from './support';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const;
const EXTRA = [
  { name: 'counties-cities', query: '?view=counties&panel=cities', loaded: 'city-share-chart' },
  {
    name: 'counties-multiples-detail',
    query: '?view=counties&panel=multiples&detail=宾县',
    loaded: 'county-detail-chart',
  },
  { name: 'counties-map-zone', query: '?view=counties&panel=map&color=zone', loaded: 'county-map' },
] as const;

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    for (const { view, charts, loaded } of VIEW_CASES) {
      test(`screenshot ${view}`, async ({ page }) => {
        await page.goto(`./?view=${view}`);
        await expect(loaded(page)).toBeVisible();
        await expectChartsReady(page, charts);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const shot = await page.screenshot({
          path: `test-results/screenshots/${view}-${size.width}.png`,
          fullPage: true,
        });
        expect(shot.length).toBeGreaterThan(20_000);
        // Nothing is wider than the screen: no horizontal scrolling at this size.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          size.width,
        );
      });
    }

    for (const extra of EXTRA) {
      test(`screenshot ${extra.name}`, async ({ page }) => {
        await page.goto(`./${extra.query}`);
        await expectChartsReady(page, [extra.loaded]);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.screenshot({
          path: `test-results/screenshots/${extra.name}-${size.width}.png`,
          fullPage: true,
        });
      });
    }
  });
}
