/**
 * A link to a chart view starts its chunks and data from index.html (`src/app/boot.ts`, placed by
 * `scripts/boot-plugin.ts`), before the shell has run: each chart view's chunk is requested as a
 * modulepreload, its data files once (the early responses are used, not fetched again), and a view
 * without charts or a wall screen loads no chart code for it.
 */
import { expect, test, type Page } from '@playwright/test';
import { BOOT_FILES } from '../../src/app/boot-plan';
import { VIEW_CASES, expectChartsReady } from './support';

function requests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  return urls;
}

test('index.html runs boot before the app, and boot imports nothing', async ({ page }) => {
  await page.goto('./');
  const scripts = await page
    .locator('script[type="module"]')
    .evaluateAll((s) => s.map((e) => e.getAttribute('src')));
  expect(scripts).toHaveLength(2);
  expect(scripts[0]).toMatch(/\/boot-[\w-]+\.js$/);
  const boot = await (await page.request.get(new URL(scripts[0] ?? '', page.url()).href)).text();
  expect(boot).not.toMatch(/\bimport\s*[{*\w]|\bimport\(/);
});

for (const c of VIEW_CASES.filter((v) => v.charts.length > 0)) {
  test(`?view=${c.view}: chunks preloaded from the HTML, each data file fetched once, charts drawn`, async ({
    page,
  }) => {
    const urls = requests(page);
    await page.goto(`./?view=${c.view}`);
    await expectChartsReady(page, c.charts);
    const preloads = await page
      .locator('head link[rel="modulepreload"][data-boot]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
    expect(preloads.some((href) => /\/echart-[\w-]+\.js$/.test(href))).toBe(true);
    expect(preloads.some((href) => href.includes(`/${c.view}-view-`))).toBe(true);
    for (const file of BOOT_FILES[c.view] ?? [])
      expect(
        urls.filter((u) => u.endsWith(`/data/${file}`)),
        file,
      ).toHaveLength(1);
  });
}

test('the overview and a wall screen get no preload from boot; grain (no charts) no chart code', async ({
  page,
}) => {
  const boots = (): Promise<string[]> =>
    page
      .locator('head link[rel="modulepreload"][data-boot]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  for (const query of ['./', './?mode=wall&view=ip']) {
    await page.goto(query);
    await expect(page.locator('#root')).not.toBeEmpty();
    expect(await boots(), query).toEqual([]);
  }
  await page.goto('./?view=grain');
  await expect(page.getByTestId('grain-tiles')).toBeVisible();
  const grain = await boots();
  expect(grain.some((href) => href.includes('/grain-view-'))).toBe(true);
  expect(grain.filter((href) => /\/echart-/.test(href))).toEqual([]);
});
