import { expect, test } from '@playwright/test';

test('the built app shows the IP baseline-vs-target chart with seed numbers', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  const chart = page.getByTestId('ip-growth-chart');
  await expect(chart).toHaveAttribute('data-chart-ready', 'true');
  // 2.57 → 4.53 件 is the first row of the IP indicator table (黑政发〔2021〕15号).
  await expect(chart.locator('svg text', { hasText: '2.57 → 4.53 件' })).toHaveCount(1);
  await expect(chart.locator('svg text', { hasText: '267.8 → 500 亿元' })).toHaveCount(1);
  await expect(page.getByText('黑政发〔2021〕15号')).toBeVisible();
  // 附件1: 嫩江市 has the largest demonstration area, 232.5 万亩; the farm group is kept apart.
  const ranking = page.getByTestId('county-ranking-chart');
  await expect(ranking).toHaveAttribute('data-chart-ready', 'true');
  await expect(ranking.locator('svg text', { hasText: /^嫩江市$/ })).toHaveCount(1);
  await expect(ranking.locator('svg text', { hasText: /^232\.5$/ })).toHaveCount(1);
  await expect(ranking.locator('svg text', { hasText: '北大荒' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/overview-1920.png', fullPage: true });
  expect(errors).toEqual([]);
});
