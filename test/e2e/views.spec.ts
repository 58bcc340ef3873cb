/**
 * Every view opens from its link, draws its charts, cites its source and marks itself in the
 * navigation; the language toggle is URL state that survives a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { VIEW_CASES as VIEWS, expectChartsReady, readCsv, watchErrors } from './support';

const nav = (page: Page): ReturnType<Page['getByRole']> => page.getByRole('navigation', { name: '视图' });

for (const { view, nav: navLabel, charts, loaded, cites = true } of VIEWS) {
  test(`view ${view}: charts ready, source cited, nav marks it, no errors`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`./?view=${view}`);
    await expect(loaded(page)).toBeVisible();
    await expectChartsReady(page, charts);
    for (const id of charts) await expect(page.getByTestId(id).locator('svg text').first()).toBeAttached();
    const link = nav(page).getByRole('link', { name: navLabel, exact: true });
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(nav(page).locator('[aria-current="page"]')).toHaveCount(1);
    if (cites) await expect(page.getByText(/^来源：/).first()).toBeVisible();
    await expect(page.getByTestId('url-notice')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

// With no actual values (the embedded data has none) the progress view still cites the documents
// its 44 targets come from.
test('view progress cites the documents of its targets even before actuals exist', async ({ page }) => {
  await page.goto('./?view=progress');
  await expect(page.getByTestId('progress-empty')).toBeVisible();
  await expect(page.getByText(/^来源：/).first()).toBeVisible();
});

test('nav links switch views in the page and back returns to the previous view', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await nav(page).getByRole('link', { name: '知识产权', exact: true }).click();
  await expect(page).toHaveURL(/[?&]view=ip(&|$)/);
  await expectChartsReady(page, ['ip-growth-chart']);
  await nav(page).getByRole('link', { name: '社会信用', exact: true }).click();
  await expectChartsReady(page, ['credit-chart']);
  await page.goBack();
  await expect(nav(page).getByRole('link', { name: '知识产权', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByTestId('ip-growth-chart')).toBeVisible();
  expect(errors).toEqual([]);
});

test('overview: one card per domain, each citing its document', async ({ page }) => {
  await page.goto('./');
  for (const domain of ['black-soil', 'credit', 'ip', 'grain-livestock']) {
    const card = page.getByTestId(`overview-${domain}`);
    await expect(card).toBeVisible();
    await expect(card.getByText(/^来源：《/)).toBeVisible();
  }
  // One card per domain (the page also holds the verdict panel and the period group).
  await expect(page.locator('section.domain-card')).toHaveCount(4);
  // The IP card counts the indicators of ip-indicators.csv as numeric targets.
  const ipRows = readCsv('ip-indicators.csv').length;
  await expect(page.getByTestId('overview-ip')).toContainText(`数值目标 ${ipRows} 项`);
});

test('IP chart labels each bar with baseline → target from ip-indicators.csv', async ({ page }) => {
  await page.goto('./?view=ip');
  const chart = page.getByTestId('ip-growth-chart');
  await expectChartsReady(page, ['ip-growth-chart']);
  await expect(chart.locator('svg text', { hasText: '2.57 → 4.53 件' })).toHaveCount(1);
  // Every row of the file appears as "baseline → target unit" (numbers grouped as the app prints them).
  for (const row of readCsv('ip-indicators.csv')) {
    const fmt = (v: string): string => Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 8 });
    const label = `${fmt(row['2020年基期值'] ?? '')} → ${fmt(row['2025年预期值'] ?? '')} ${row['单位'] ?? ''}`;
    await expect(chart.locator('svg text', { hasText: label }), label).toHaveCount(1);
  }
});

test('language toggle: English interface, lang=en in the URL, kept after reload', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?view=ip');
  await expectChartsReady(page, ['ip-growth-chart']);
  await page.getByRole('button', { name: '切换为英文界面' }).click();
  const enNav = page.getByRole('navigation', { name: 'Views' });
  await expect(enNav.getByRole('link', { name: 'Overview', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await expect(page).toHaveURL(/[?&]view=ip(&|$)/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
  await expect(page.getByText(/^Source: /).first()).toBeVisible();
  await page.reload();
  await expect(enNav.getByRole('link', { name: 'Intellectual property', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(enNav.getByRole('link', { name: 'Overview', exact: true })).toBeVisible();
  await expectChartsReady(page, ['ip-growth-chart']);
  // Back to Chinese: lang leaves the URL (it is the default).
  await page.getByRole('button', { name: 'Switch to the Chinese interface' }).click();
  await expect(nav(page).getByRole('link', { name: '总览', exact: true })).toBeVisible();
  expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
  expect(errors).toEqual([]);
});
