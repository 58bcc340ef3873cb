/**
 * Prerendered first charts (src/charts/prerender, recorded by `npm run build`): shown at once only
 * where the chart, its size and its data files are exactly what was recorded, then replaced by the
 * live chart drawing the same thing; anything else is drawn live from the start.
 */
import { expect, test, type Page } from '@playwright/test';
import { serveChangedIpTable } from './support';

declare global {
  interface Window {
    __pictures?: string[];
  }
}

/** Every prerendered picture the page ever showed, noted from before the first page script. */
async function watchPictures(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = new WeakSet<Element>();
    window.__pictures = [];
    new MutationObserver(() => {
      // The app's own pictures (not the boot's page picture: test/e2e/boot-page.spec.ts).
      for (const img of document.querySelectorAll('#root img[data-prerendered]')) {
        if (seen.has(img)) continue;
        seen.add(img);
        window.__pictures?.push(img.getAttribute('src') ?? '');
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

async function allChartsReady(page: Page): Promise<void> {
  await expect(page.locator('figure[data-chart-ready]').first()).toBeVisible();
  await expect(page.locator('figure[data-chart-ready="false"]')).toHaveCount(0);
}

const pictures = (page: Page): Promise<string[]> => page.evaluate(() => window.__pictures ?? []);

function svgTexts(markup: string): string[] {
  return [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '').sort();
}

test('a chart view opened on a wide screen shows its recorded picture first; the live chart then draws the same text and takes its place', async ({
  page,
}) => {
  await watchPictures(page);
  await page.goto('./?view=ip');
  await allChartsReady(page);
  const shown = await pictures(page);
  expect(shown).toHaveLength(1);
  expect(shown[0]).toMatch(/prerender\/ip-\d+\.svg$/);
  await expect(page.locator('img[data-prerendered]')).toHaveCount(0);

  const picture = await (await page.request.get(new URL(shown[0] ?? '', page.url()).href)).text();
  const live = await page
    .getByTestId('ip-growth-chart')
    .locator('svg')
    .evaluate((svg) => svg.outerHTML);
  expect(svgTexts(picture).length).toBeGreaterThan(10);
  expect(svgTexts(picture)).toEqual(svgTexts(live));
});

test('every chart of a view has its picture at a recorded laptop width (black soil at 1366)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await watchPictures(page);
  await page.goto('./?view=black-soil');
  await allChartsReady(page);
  const figures = await page.locator('figure[data-chart-ready]').count();
  expect(await pictures(page)).toHaveLength(figures);
});

test('a served data file changed since the build: no picture, the live chart draws the served numbers', async ({
  page,
}) => {
  await serveChangedIpTable(page);
  await watchPictures(page);
  await page.goto('./?view=ip');
  await allChartsReady(page);
  expect(await pictures(page)).toEqual([]);
  await expect(page.getByTestId('ip-growth-chart').locator('svg')).toContainText('3,300');
});

for (const [what, url, width] of [
  ['in English', './?view=ip&lang=en', 1920],
  ['with a filter in the link', './?view=counties&city=哈尔滨市', 1920],
  ['at a width that was not recorded', './?view=ip', 1400],
  ['on a phone', './?view=credit', 390],
] as const) {
  test(`no picture ${what}: the chart is drawn live`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await watchPictures(page);
    await page.goto(url);
    await allChartsReady(page);
    expect(await pictures(page)).toEqual([]);
    await expect(page.locator('figure[data-chart-ready] svg path').first()).toBeAttached();
  });
}
