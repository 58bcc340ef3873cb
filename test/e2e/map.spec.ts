/**
 * The county map in a real browser: it loads lazily (its chunk only when the map panel opens),
 * draws the 39 key counties with the metric, keeps the farm group as a card, and a click on a
 * county opens that county's detail through the URL.
 */
import { expect, test } from '@playwright/test';

test('the map panel loads its own chunk, and a click on a county opens its detail', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });

  await page.goto('./?view=counties');
  await expect(page.getByTestId('county-ranking-chart')).toHaveAttribute('data-chart-ready', 'true');
  expect(scripts.some((url) => url.includes('county-map'))).toBe(false);

  await page.getByRole('button', { name: '地图' }).click();
  const map = page.getByTestId('county-map');
  await expect(map).toHaveAttribute('data-chart-ready', 'true');
  expect(scripts.some((url) => url.includes('county-map'))).toBe(true);
  await expect(page.getByTestId('county-map-farm-group')).toContainText('北大荒农垦集团');

  // Every key county is labelled on its shape; click 宾县's label (the shape is under it).
  const label = map.locator('svg text', { hasText: /^宾县$/ });
  await expect(label).toHaveCount(1);
  const box = await label.boundingBox();
  if (!box) throw new Error('宾县 label has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

  await expect(page.getByTestId('county-detail')).toBeVisible();
  await expect(page.getByRole('heading', { name: '宾县 详情' })).toBeVisible();
  expect(decodeURIComponent(new URL(page.url()).search)).toContain('detail=宾县');
  await page.screenshot({ path: 'test-results/screenshots/map-1920.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('the zone-type map names every zone combination in its legend', async ({ page }) => {
  await page.goto('./?view=counties&panel=map&color=zone');
  const map = page.getByTestId('county-map');
  await expect(map).toHaveAttribute('data-chart-ready', 'true');
  for (const zone of ['平原旱田', '坡耕地', '风沙干旱', '平原旱田＋水田', '坡耕地＋水田']) {
    await expect(map.locator('svg text', { hasText: zone }).first()).toBeVisible();
  }
});
