/**
 * A link is user input: hostile or absurd query values are reported as text in the link notice,
 * never executed, never rendered as markup, and the view behind them keeps working.
 */
import { expect, test, type Page } from '@playwright/test';
import { ALLOCATION_FILE, chartCounties, countyValues, expectChartsReady, watchErrors } from './support';

const SCRIPT = '<script>window.__xss=1</script>';
/**
 * 5,000 characters that start with markup which would run if it were ever parsed as HTML. ASCII
 * filler: 5,000 CJK characters percent-encode to 45 kB, over Node's 16 kB header limit, and
 * `vite preview` answers 431 before the app sees the link.
 */
const IMG = '<img src=x onerror="window.__xss=2;alert(2)">';
const LONG = `${IMG}${'x'.repeat(5000 - IMG.length)}`;
const NAMES = countyValues(ALLOCATION_FILE, '示范区面积（万亩）').map((c) => c.name);

interface Injected {
  readonly scripts: number;
  readonly images: number;
  readonly xss: unknown;
}

function injected(page: Page): Promise<Injected> {
  return page.evaluate(() => ({
    scripts: document.querySelectorAll('#root script').length,
    images: document.querySelectorAll('#root img, #root iframe, #root [onerror], #root [onload]').length,
    xss: (window as unknown as { __xss?: unknown }).__xss,
  }));
}

test('hostile and 5,000-character link values are listed as text and never run', async ({ page }) => {
  expect(LONG).toHaveLength(5000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const errors = watchErrors(page);

  // What the app itself puts into #root on this view, for comparison.
  await page.goto('./?view=counties');
  await expectChartsReady(page, ['county-ranking-chart']);
  const clean = await injected(page);

  const query = new URLSearchParams({ view: 'counties', county: SCRIPT, zone: LONG });
  await page.goto(`./?${query.toString()}`);
  const notice = page.getByTestId('url-notice');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveCount(2);
  await expect(notice.getByRole('listitem').filter({ hasText: 'county' })).toContainText(SCRIPT);
  // The long value is shortened to an excerpt that says how long it was.
  const longItem = notice.getByRole('listitem').filter({ hasText: 'zone' });
  await expect(longItem).toContainText(IMG.slice(0, 30));
  await expect(longItem).toContainText('共 5000 字');
  expect((await longItem.textContent())?.length ?? 0).toBeLessThan(200);

  // The view behind the notice still works: an unrecognised filter filters nothing.
  await expectChartsReady(page, ['county-ranking-chart']);
  await expect
    .poll(async () => (await chartCounties(page.getByTestId('county-ranking-chart'), NAMES)).length)
    .toBe(39);
  expect(await injected(page)).toEqual({ ...clean, xss: undefined });
  expect(dialogs).toEqual([]);

  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);
  // Bad values never reach the canonical URL the app writes back on the next change.
  await page.getByRole('button', { name: /^(✓ )?水田$/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('zone')).toBe('水田');
  expect(new URL(page.url()).searchParams.get('county')).toBeNull();
  expect(page.url().length).toBeLessThan(200);
  expect(errors).toEqual([]);
});

test('unknown view and a prototype-polluting metric fall back to defaults with a notice', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?view=nope&metric=__proto__&constructor=prototype');
  const notice = page.getByTestId('url-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('view = nope');
  await expect(notice).toContainText('metric = __proto__');
  await expect(notice).toContainText('constructor = prototype');
  // Falls back to the overview with its four cards; nothing leaked onto Object.prototype.
  await expect(page.getByRole('link', { name: '总览', exact: true })).toHaveAttribute('aria-current', 'page');
  // One card per domain (the page also holds the verdict panel and the period group).
  await expect(page.locator('section.domain-card')).toHaveCount(4);
  expect(await page.evaluate(() => Object.keys(Object.prototype).length)).toBe(0);
  // The counties view with the same bad metric uses the default metric.
  await page.goto('./?view=counties&metric=__proto__');
  await expectChartsReady(page, ['county-ranking-chart']);
  await expect(page.getByRole('combobox', { name: '指标' })).toHaveValue('demo_area');
  expect(errors).toEqual([]);
});
