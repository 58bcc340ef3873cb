/**
 * A served file that is broken (or never arrives) must not stop the wall or blank a view: the
 * carousel completes a full cycle with every slide drawn — from the last good read, or from the
 * copy bundled with the app — and the slide says so in small type; a desktop view opened with a
 * broken file draws the bundled data under a banner naming the file.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { dataFileText, expectChartsReady } from './support';

const SLIDES = ['overview', 'black-soil', 'counties', 'map', 'ip', 'credit', 'grain'] as const;
// A row whose cell is text where a number must be: the file fails validation.
const BROKEN = '指标代码,指标名称,单位,2020年基期值,2025年预期值,备注\npatent,专利,件,abc,def,\n';

async function serveBroken(route: Route): Promise<void> {
  await route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: BROKEN });
}

/** Every slide becomes the current one in turn, drawn (data in, charts finished) when shown. */
async function expectFullCycle(page: Page): Promise<void> {
  const stage = page.getByTestId('wall-stage');
  for (const slide of [...SLIDES.slice(1), 'overview']) {
    await expect(stage).toHaveAttribute('data-slide', slide, { timeout: 20_000 });
    const shown = page.getByTestId(`wall-slide-${slide}`);
    await expect(shown).toHaveAttribute('data-slide-ready', 'true');
    await expect(shown.locator('figure[data-chart-ready="false"]')).toHaveCount(0);
  }
}

test('a wall opened with a broken served file turns a full cycle; the IP slide draws the bundled data with a notice', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.route('**/data/ip-indicators.csv', serveBroken);
  await page.goto('./?mode=wall&seconds=1');
  await expectFullCycle(page);
  await expect(page.getByTestId('wall-slide-ip').getByTestId('wall-stale')).toContainText(
    'ip-indicators.csv',
  );
  await expect(page.getByTestId('wall-slide-ip').getByTestId('wall-number').first()).not.toBeEmpty();
  await expect(page.getByTestId('wall-slide-credit').getByTestId('wall-stale')).toHaveCount(0);
});

test('a file that breaks while the wall turns: the last good data stays, a notice, the carousel goes on', async ({
  page,
}) => {
  test.setTimeout(90_000);
  let broken = false;
  await page.route('**/data/ip-indicators.csv', (route) => (broken ? serveBroken(route) : route.continue()));
  await page.goto('./?mode=wall&seconds=1&refresh=1');
  await expect(page.getByTestId('wall-slide-ip')).toHaveAttribute('data-slide-ready', 'true', {
    timeout: 20_000,
  });
  broken = true;
  await expect(page.getByTestId('wall-slide-ip').getByTestId('wall-stale')).toContainText('更新失败', {
    timeout: 20_000,
  });
  await expectFullCycle(page);
});

test('a served file that never arrives does not hold the wall: the next slides still come', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // The request hangs: no answer at all (a stalled server).
  await page.route('**/data/credit-indicators.csv', () => undefined);
  await page.goto('./?mode=wall&seconds=1');
  await expectFullCycle(page);
  await expect(page.getByTestId('wall-slide-credit').getByTestId('wall-stale')).toContainText(
    'credit-indicators.csv',
  );
});

test('a desktop view opened with a broken served file draws the bundled data under a banner naming the file', async ({
  page,
}) => {
  await page.route('**/data/ip-indicators.csv', serveBroken);
  await page.goto('./?view=ip');
  await expectChartsReady(page, ['ip-growth-chart']);
  await expect(page.getByTestId('data-warning')).toContainText('ip-indicators.csv');
  await expect(page.getByTestId('data-warning')).toContainText('内置数据');
  await expect(page.locator('.panel-error')).toHaveCount(0);
});

test('a served file that reads but lost rows, or whose totals fail: drawn, never silently — banner on the desktop, notice on the wall', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const whole = dataFileText('black-soil-allocation.csv');
  const lines = whole.split(/\r?\n/).filter((l) => l !== '');
  let body = whole;
  await page.route('**/data/black-soil-allocation.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body }),
  );
  await page.goto('./?view=counties&refresh=1');
  await expectChartsReady(page, ['county-ranking-chart']);
  await expect(page.getByTestId('data-warning')).toHaveCount(0);
  // Half copied: the file ends after 30 whole lines.
  body = `${lines.slice(0, 30).join('\n')}\n`;
  await expect(page.getByTestId('data-warning')).toContainText(
    `black-soil-allocation.csv 比本页之前读到的少了 ${lines.length - 30} 行`,
    { timeout: 15_000 },
  );
  await page.screenshot({ path: 'test-results/screenshots/served-lost-rows-1366.png' });
  // A county's figure changed so its city and the 合计 no longer add up.
  const at = lines.findIndex((l) => l.startsWith('宾县,'));
  const cells = (lines[at] ?? '').split(',');
  cells[2] = String(Number(cells[2]) + 10);
  body = `${lines.map((l, i) => (i === at ? cells.join(',') : l)).join('\n')}\n`;
  await expect(page.getByTestId('data-warning')).toContainText('合计与分项不符', { timeout: 15_000 });
  await expect(page.getByTestId('data-warning')).not.toContainText('少了');
  await page.goto('./?mode=wall&slides=counties&seconds=600');
  await expect(page.getByTestId('wall-slide-counties').getByTestId('wall-stale')).toContainText(
    '合计与分项不符',
  );
});
