/**
 * Workbooks in the built app: an .xlsx with two sheets is dropped on the page, the dialog lists
 * the sheets with what each was recognised as, one is picked, previewed and applied, and the
 * chart shows the workbook's figure. Then the version panel's .xlsx export re-imports unchanged.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PLAN_2026 } from '../data/plan/plan-fixtures';
import { allocationSheet, csvRows, workbookOf, zonesSheet } from '../data/xlsx/fixtures';
import {
  ALLOCATION_FILE,
  cardOf,
  clearImports,
  dataFileText,
  expectChartsReady,
  tableRows,
  watchErrors,
} from './support';

const RANKING = 'county-ranking-chart';
const COUNTY = '宾县';
const NEW_VALUE = 321.5;
const SHOTS = '/work/coord/shots/xlsx';

async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name: fileName, data }) => {
      const dt = new DataTransfer();
      dt.items.add(
        new File([new Uint8Array(data)], fileName, {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
      );
      return dt;
    },
    { name, data: [...bytes] },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

async function rankingValue(page: Page, county: string): Promise<string | undefined> {
  const rows = await tableRows(cardOf(page, RANKING));
  return rows.find((r) => r[1] === county)?.[4];
}

function workbook(): Uint8Array {
  const sheet = allocationSheet('附件1 任务分解', {}, dataFileText(ALLOCATION_FILE));
  const rows = sheet.rows.map((r) =>
    r[0] === COUNTY ? r.map((c, j) => (j === 2 ? { v: NEW_VALUE, style: 1 } : c)) : r,
  );
  return workbookOf({ ...sheet, rows }, zonesSheet('附件3'), {
    name: '说明',
    rows: [['本工作簿由统计科整理']],
  });
}

test.beforeEach(async ({ page }) => {
  await clearImports(page);
});

test('an .xlsx with several sheets: pick one, preview, apply; the chart shows its figure', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const errors = watchErrors(page);
  await page.goto('./?view=counties');
  await expectChartsReady(page, [RANKING]);

  await dropFile(page, '黑土地保护任务.xlsx', workbook());
  const dialog = page.getByTestId('import-dialog');
  const picker = dialog.getByTestId('sheet-picker');
  await expect(picker).toBeVisible();
  const options = picker.getByTestId('sheet-option');
  await expect(options).toHaveCount(3);
  await expect(options.nth(0)).toContainText('附件1 任务分解');
  await expect(options.nth(0)).toContainText('黑土耕地保护任务分解表');
  await expect(options.nth(1)).toContainText('黑土耕地保护类型区');
  await expect(options.nth(2)).toContainText('未能识别');
  await page.screenshot({ path: `${SHOTS}/sheet-picker-1366x768.png` });

  await options.nth(0).getByRole('button').click();
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  await expect(dialog.getByTestId('import-sheet')).toHaveText('附件1 任务分解');
  await expect(dialog.getByTestId('import-summary')).toContainText('修改 1 个单元格');
  await expect(dialog.getByTestId('import-changes').locator('.import-after')).toHaveText(String(NEW_VALUE));
  // Totals no longer add up: the warnings point at the sheet.
  await expect(dialog.getByTestId('import-warnings')).toContainText('附件1 任务分解');
  await page.screenshot({ path: `${SHOTS}/sheet-preview-1366x768.png` });
  await dialog.getByTestId('import-confirm').check();
  await dialog.getByTestId('import-apply').click();
  await expect(dialog.getByTestId('import-applied')).toBeVisible();
  await dialog.getByRole('button', { name: '查看图表' }).click();
  await expect.poll(() => rankingValue(page, COUNTY)).toBe(String(NEW_VALUE));

  // The version panel's .xlsx export re-imports with no change.
  await page.getByTestId('open-import').click();
  const row = page.getByTestId('dataset-black-soil-allocation');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const exported = readFileSync(await file.path());
  await dropFile(page, file.suggestedFilename(), exported);
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  await expect(dialog.getByTestId('import-summary')).toContainText('修改 0 个单元格 · 新增 0 行 · 删除 0 行');
  expect(errors).toEqual([]);
});

test('an .xls is refused with what to do, and nothing changes', async ({ page }) => {
  await page.goto('./');
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await dropFile(page, '任务分解表.xls', bytes);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-errors')).toContainText('另存为” .xlsx 或 CSV');
  await expect(dialog.getByTestId('import-apply')).toBeDisabled();
});

/** A county of test/fixtures/allocation-small.csv, the table allocationSheet() builds. */
const HOSTILE_COUNTY = '勃利县';

/** Markup that would run or become an element if any of it were treated as HTML. */
const XSS = '<img src=x data-xss onerror="window.__xss=1"><svg data-xss onload="window.__xss=1">';

/**
 * A crafted workbook: markup in a sheet name (the picker lists it), in the indicator names of a
 * printed plan table (the plan preview lists them) and in a region cell (the error quotes it).
 */
function hostileWorkbook(): Uint8Array {
  const plan = csvRows(PLAN_2026).map((row, i) =>
    i >= 2 && row[1] ? row.map((c, j) => (j === 1 ? `${c}${XSS}` : c)) : row,
  );
  const allocation = allocationSheet('附件1');
  const rows = allocation.rows.map((r) =>
    r[0] === HOSTILE_COUNTY ? r.map((c, j) => (j === 0 ? `${HOSTILE_COUNTY}${XSS}` : c)) : r,
  );
  return workbookOf({ name: `规划${XSS}`, rows: plan }, { ...allocation, rows });
}

async function noInjection(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null)).toBeNull();
  await expect(page.locator('[data-xss]')).toHaveCount(0);
}

test('markup in a workbook (sheet names, plan names, region cells) stays text in the picker, the preview and the errors', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./');
  const book = hostileWorkbook();
  const dialog = page.getByTestId('import-dialog');

  await dropFile(page, '规划.xlsx', book);
  const options = dialog.getByTestId('sheet-picker').getByTestId('sheet-option');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText(`规划${XSS}`);
  await noInjection(page);

  await options.nth(0).getByRole('button').click();
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  await expect(dialog).toContainText(`森林覆盖率（%）${XSS}`);
  await noInjection(page);

  await page.getByTestId('import-dialog').getByRole('button', { name: '放弃' }).click();
  await dropFile(page, '规划.xlsx', book);
  await dialog.getByTestId('sheet-picker').getByTestId('sheet-option').nth(1).getByRole('button').click();
  await expect(dialog.getByTestId('import-errors')).toContainText(`${HOSTILE_COUNTY}<img src=x data-xss`);
  await expect(dialog.getByTestId('import-apply')).toBeDisabled();
  await noInjection(page);
  expect(errors).toEqual([]);
});
