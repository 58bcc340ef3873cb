/**
 * Drop-in updates in the built app: a GBK file changing one county goes through preview, apply,
 * the chart, a reload and an undo; a hostile file changes nothing and runs nothing; a file
 * replaced in the served data/ folder reaches an open page. Expected figures come from data/.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { actualsCsv } from '../support/actuals-file';
import { encodeGbk } from '../support/gbk';
import {
  ALLOCATION_FILE,
  cardOf,
  clearImports,
  dataFileText,
  expectChartsReady,
  readCsv,
  tableRows,
  watchErrors,
} from './support';

const RANKING = 'county-ranking-chart';
const COUNTY = '宾县';
const NEW_VALUE = '321.5';

function withCountyValue(text: string, county: string, value: string): string {
  return text.replace(new RegExp(`^${county},([^,]*),[^,]+,`, 'm'), `${county},$1,${value},`);
}

/** Drops a file on the page the way a browser does: a DataTransfer with a File, on the body. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name: fileName, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], fileName, { type: 'text/csv' }));
      return dt;
    },
    { name, data: [...bytes] },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

/** The county's figure in the ranking's table (columns: rank, county, city, zones, value). */
async function rankingValue(page: Page, county: string): Promise<string | undefined> {
  const rows = await tableRows(cardOf(page, RANKING));
  return rows.find((r) => r[1] === county)?.[4];
}

const original = readCsv(ALLOCATION_FILE).find((r) => r['行政区域'] === COUNTY)?.['示范区面积（万亩）'] ?? '';

test.beforeEach(async ({ page }) => {
  // Each test starts from the embedded data: no imports left in this browser profile.
  await clearImports(page);
});

test('a GBK file changing one county: preview, apply, chart, reload, undo', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?view=counties');
  await expectChartsReady(page, [RANKING]);
  expect(await rankingValue(page, COUNTY)).toBe(original);

  await dropFile(
    page,
    '任务分解表（修订）.csv',
    encodeGbk(withCountyValue(dataFileText(ALLOCATION_FILE), COUNTY, NEW_VALUE)),
  );
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  await expect(dialog.getByTestId('import-encoding')).toHaveText('GBK / GB18030');
  await expect(dialog.getByTestId('import-summary')).toContainText('修改 1 个单元格');
  const change = dialog.getByTestId('import-changes').locator('tbody tr');
  await expect(change).toHaveCount(1);
  await expect(change.locator('th')).toHaveText(COUNTY);
  await expect(change.locator('.import-before')).toHaveText(original);
  await expect(change.locator('.import-after')).toHaveText(NEW_VALUE);
  // The city and province totals no longer add up: apply waits for an explicit confirmation.
  await expect(dialog.getByTestId('import-warnings')).toContainText('哈尔滨市');
  await expect(dialog.getByTestId('import-apply')).toBeDisabled();
  await dialog.getByTestId('import-confirm').check();
  await dialog.getByTestId('import-apply').click();
  await expect(dialog.getByTestId('import-applied')).toBeVisible();
  await dialog.getByRole('button', { name: '查看图表' }).click();

  await expect.poll(() => rankingValue(page, COUNTY)).toBe(NEW_VALUE);
  await expect(page.locator('.source-line').first()).toContainText('导入 · 任务分解表（修订）.csv');

  await page.reload();
  await expectChartsReady(page, [RANKING]);
  expect(await rankingValue(page, COUNTY)).toBe(NEW_VALUE);

  await page.getByTestId('open-import').click();
  const row = page.getByTestId('dataset-black-soil-allocation');
  await expect(row.getByTestId('dataset-version')).toContainText('任务分解表（修订）.csv');
  await row.getByRole('button', { name: '恢复内置数据' }).click();
  await expect(row.getByTestId('dataset-version')).toContainText('内置数据');
  await page.getByTestId('import-dialog').getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => rankingValue(page, COUNTY)).toBe(original);
  expect(errors).toEqual([]);
});

test('the undo right after applying brings the old number back', async ({ page }) => {
  await page.goto('./?view=counties');
  await expectChartsReady(page, [RANKING]);
  await page.getByTestId('open-import').click();
  await page.getByTestId('file-input').setInputFiles({
    name: 'a.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(withCountyValue(dataFileText(ALLOCATION_FILE), COUNTY, NEW_VALUE)),
  });
  await page.getByTestId('import-confirm').check();
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-undo').click();
  await page.getByTestId('import-dialog').getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => rankingValue(page, COUNTY)).toBe(original);
});

test('a hostile file: a clear report, nothing applied, no script run, no element injected', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?view=counties');
  await expectChartsReady(page, [RANKING]);
  const payload = '<img src=x onerror="window.__xss=1">';
  const hostile = withCountyValue(dataFileText(ALLOCATION_FILE), COUNTY, NEW_VALUE).replace(
    `${COUNTY},`,
    `"${payload.replace(/"/g, '""')}",`,
  );
  await dropFile(page, 'hostile.csv', new TextEncoder().encode(hostile));
  const dialog = page.getByTestId('import-dialog');
  const errorsTable = dialog.getByTestId('import-errors');
  await expect(errorsTable).toBeVisible();
  await expect(errorsTable.locator('tbody tr').first()).toContainText('未知的行政区域');
  await expect(errorsTable.locator('.import-cell').first()).toHaveText(payload);
  await expect(dialog.getByTestId('import-apply')).toBeDisabled();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await dialog.getByRole('button', { name: '关闭' }).click();
  expect(await rankingValue(page, COUNTY)).toBe(original);
  expect(errors).toEqual([]);
});

test('a file replaced in the served data/ folder reaches an open page; a broken one keeps the last good data', async ({
  page,
}) => {
  const served = fileURLToPath(new URL('../../dist/data/grain-livestock-2022.csv', import.meta.url));
  const backup = `${served}.bak`;
  copyFileSync(served, backup);
  try {
    await page.goto('./?view=grain&refresh=2');
    const tiles = page.getByTestId('grain-tiles');
    await expect(tiles).toContainText('1,500');
    writeFileSync(served, readFileSync(backup, 'utf8').replace(',1500,亿斤', ',1600,亿斤'));
    await expect(tiles).toContainText('1,600', { timeout: 15_000 });
    // Half-written: the header only survived. The view keeps 1,600 and names the file.
    writeFileSync(served, readFileSync(backup, 'utf8').split('\n')[0] ?? '');
    await expect(page.getByTestId('data-warning')).toContainText('grain-livestock-2022.csv', {
      timeout: 15_000,
    });
    await expect(tiles).toContainText('1,600');
  } finally {
    copyFileSync(backup, served);
  }
});

test('actual values imported from the fill-in layout feed the progress view', async ({ page }) => {
  const header = dataFileText('progress-actuals.csv').trim();
  const grain = readCsv('grain-livestock-2022.csv').find((r) => r['指标代码'] === 'grain_output');
  const target = Number(grain?.['目标值']);
  // 2022 reported above the 2022 target: the status must read "achieved" (已实现).
  const file = `${header}\r\ngrain-livestock-2022.grain_output,粮食产量,,,2022,${String(target + 52.6)},亿斤,统计公报\r\n`;
  await page.goto('./?view=progress');
  await expect(page.getByTestId('progress-empty')).toBeVisible();
  await page.getByTestId('open-import').click();
  await page.getByTestId('file-input').setInputFiles({
    name: '2022年实际完成.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(encodeGbk(file)),
  });
  await expect(page.getByTestId('import-dataset')).toHaveText('目标实际完成情况');
  await expect(page.getByTestId('import-added')).toContainText(
    'grain-livestock-2022.grain_output / 粮食产量 / 2022',
  );
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-dialog').getByRole('button', { name: '查看图表' }).click();
  await expect(page.getByTestId('progress-empty')).toHaveCount(0);
  await expectChartsReady(page, ['progress-chart']);
  await expect(page.getByTestId('progress-status-list').locator('li', { hasText: '粮食产量' })).toContainText(
    '✔ 已实现',
  );
  await expect(page.locator('.source-line').first()).toContainText('导入 · 2022年实际完成.csv');
});

test('a large file shows its progress and can be cancelled; nothing changes', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('actuals-100k.csv');
  writeFileSync(file, encodeGbk(actualsCsv(100_000)));
  await page.goto('./?view=progress');
  await expect(page.getByTestId('progress-empty')).toBeVisible();
  await page.getByTestId('open-import').click();
  await page.getByTestId('file-input').setInputFiles(file);
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  // The terminated worker's answer never arrives: no preview appears later.
  await page.waitForTimeout(3000);
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await page.getByTestId('import-dialog').getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('progress-empty')).toBeVisible();
});

test('axe: the import dialog with a report and a preview has no serious or critical violation', async ({
  page,
}) => {
  await page.goto('./?view=counties');
  await expectChartsReady(page, [RANKING]);
  await page.getByTestId('open-import').click();
  const broken = withCountyValue(dataFileText(ALLOCATION_FILE), COUNTY, NEW_VALUE).replace(
    '巴彦县,',
    '巴颜县,',
  );
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await expect(page.getByTestId('import-errors')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('[data-testid="import-dialog"]').analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
