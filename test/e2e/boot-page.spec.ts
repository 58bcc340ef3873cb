/**
 * The boot's page picture (src/boot, recorded by `npm run build`): a chart view's default link at
 * a recorded width shows the view's first screen before the app's code has run, then the app takes
 * over showing the same thing; a changed data file, an import in this browser, a filter or another
 * width and nothing is shown but the app.
 */
import { expect, test, type Page } from '@playwright/test';
import { serveChangedIpTable } from './support';

declare global {
  interface Window {
    __bootPage?: { texts: string; figures: number; charts: number };
  }
}

/** Notes the page picture the moment it is inserted (before the app can take over). */
async function watchBootPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const shown = document.getElementById('boot-page');
      if (shown === null) return;
      observer.disconnect();
      // Its words with the charts left out (their labels are drawn in the SVG), and its charts:
      // figures holding an inline SVG with shapes, nothing still to load.
      const copy = shown.cloneNode(true) as HTMLElement;
      for (const figure of copy.querySelectorAll('figure[data-chart-ready]')) figure.replaceChildren();
      window.__bootPage = {
        texts: copy.textContent,
        figures: shown.querySelectorAll('figure[data-chart-ready]').length,
        charts:
          shown.querySelectorAll('figure[data-chart-ready] svg[data-prerendered] path').length > 0 &&
          shown.querySelectorAll('img, image').length === 0
            ? shown.querySelectorAll('figure[data-chart-ready] svg[data-prerendered]').length
            : 0,
      };
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

const bootPage = (page: Page): Promise<Window['__bootPage']> => page.evaluate(() => window.__bootPage);
const outcome = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.documentElement.getAttribute('data-boot-outcome'));

async function handedOver(page: Page): Promise<void> {
  await expect(page.locator('#boot-page')).toHaveCount(0);
  await expect(page.locator('html[data-boot-page]')).toHaveCount(0);
  await expect(page.locator('#root figure[data-chart-ready]').first()).toBeVisible();
}

for (const [view, width] of [
  ['counties', 1920],
  ['ip', 1536],
  ['credit', 1366],
  ['black-soil', 1920],
] as const) {
  test(`${view} at ${String(width)}: the recorded first screen first, then the app showing the same`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 1080 });
    await watchBootPage(page);
    // The app's code arrives late, as on a slow line: the picture, not the race, is under test.
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(`./?view=${view}`);
    await handedOver(page);
    expect(await outcome(page)).toBe('shown');
    const shown = await bootPage(page);
    expect(shown?.figures).toBeGreaterThan(0);
    expect(shown?.charts).toBe(shown?.figures);
    // The same words and figures, in the same order, as the app now shows, charts aside (the
    // picture's are recorded SVG; the app's may be live by now).
    const app = await page.locator('#root').evaluate((root) => {
      const copy = root.cloneNode(true) as HTMLElement;
      for (const figure of copy.querySelectorAll('figure[data-chart-ready]')) figure.replaceChildren();
      return copy.textContent;
    });
    expect(shown?.texts.length).toBeGreaterThan(50);
    expect(shown?.texts).toBe(app);
  });
}

test('the picture is inert: a click on it reaches nothing, and the app is shown at once', async ({
  page,
}) => {
  // The app's code never arrives: only the picture could be clicked.
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('./?view=ip');
  await expect(page.locator('#boot-page')).toBeVisible();
  expect(await page.locator('#boot-page').evaluate((e) => (e as HTMLElement).inert)).toBe(true);
  await expect(page.locator('#boot-page')).toHaveAttribute('aria-hidden', 'true');
  await page.mouse.click(400, 20);
  await expect(page.locator('#boot-page')).toHaveCount(0);
});

test('a served data file changed since the build: no picture, the app draws the served numbers', async ({
  page,
}) => {
  await serveChangedIpTable(page);
  await watchBootPage(page);
  await page.goto('./?view=ip');
  await expect(page.getByTestId('ip-growth-chart').locator('svg')).toContainText('3,300');
  expect(await outcome(page)).toBe('changed-data');
  expect(await bootPage(page)).toBeUndefined();
});

test('a browser holding imports: no picture (what it shows may differ from the served tables)', async ({
  page,
}) => {
  await page.goto('./');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('target-board');
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => {
          reject(new Error('IndexedDB'));
        };
      }),
  );
  await watchBootPage(page);
  await page.goto('./?view=counties');
  await expect(page.locator('#root figure[data-chart-ready]').first()).toBeVisible();
  await expect.poll(() => outcome(page)).toBe('imports');
  expect(await bootPage(page)).toBeUndefined();
});

for (const [what, url, width, expected] of [
  ['a filter in the link', './?view=counties&city=哈尔滨市', 1920, 'not-default-link'],
  ['English', './?view=ip&lang=en', 1920, 'not-default-link'],
  ['a width that was not recorded', './?view=ip', 1400, 'no-page'],
  ['a phone', './?view=credit', 390, 'no-page'],
] as const) {
  test(`no picture for ${what}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await watchBootPage(page);
    await page.goto(url);
    await expect(page.locator('#root figure[data-chart-ready]').first()).toBeVisible();
    await expect.poll(() => outcome(page)).toBe(expected);
    expect(await bootPage(page)).toBeUndefined();
  });
}
