/**
 * Issue 12 item 6: a new year's region task table (GBK from WPS: title row, `单位：万亩` line,
 * 序号 | 县（市、区） | 高标准农田建设任务 | 其中：高效节水灌溉, 合计 row) brought in through the import
 * dialog as a new plan, then chosen in the county view by URL (`table=`, `metric=`): ranked and
 * mapped by the existing chart builders; the next round with the same columns is an update that
 * changes exactly its cells. Expected figures come from the file the test makes.
 * Screenshots go to test-results/screenshots/region/ (or SHOTS_DIR).
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { stableHash } from '../../src/data/plan/plan-spec';
import { metricCode } from '../../src/data/region-tasks/region-spec';
import { COUNTIES } from '../../src/data/regions';
import { encodeGbk } from '../support/gbk';
import {
  FARM_GROUP_ROW,
  REGION_HEADER,
  REGION_TITLE,
  regionLine,
  regionRows,
  regionTasksCsv,
  regionTotals,
} from '../support/region-tasks';
import { cardOf, chartCounties, chartTexts, expectChartsReady, tableRows, watchErrors } from './support';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots/region';
const PLAN_ID = `plan-${stableHash(REGION_TITLE)}`;
const TASK = REGION_HEADER[2];
const PART = REGION_HEADER[3];
const NAMES = COUNTIES.map((c) => c.name);

async function pickFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByRole('button', { name: '导入数据' }).first().click();
  await page
    .getByTestId('file-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
}

function rankedBy(column: 'task' | 'part'): string[] {
  return [...regionRows()].sort((a, b) => Number(b[column]) - Number(a[column])).map((r) => r.region);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() =>
    Promise.all(
      ['target-board', 'target-board-catalog'].map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => {
              resolve();
            };
            request.onerror = () => {
              resolve();
            };
            request.onblocked = () => {
              resolve();
            };
          }),
      ),
    ),
  );
  mkdirSync(SHOTS, { recursive: true });
});

test('a GBK region task table: new plan in the dialog, ranked and mapped in the county view', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?view=counties');
  await pickFile(page, '2026年高标准农田建设任务.csv', encodeGbk(regionTasksCsv()));

  const dialog = page.getByTestId('import-dialog');
  const panel = dialog.getByTestId('plan-panel');
  await expect(panel).toContainText('这是一张按行政区域分解的任务表');
  await expect(panel.getByTestId('plan-new')).toBeChecked();
  await expect(panel.getByTestId('plan-field-title')).toHaveValue(REGION_TITLE);
  await expect(panel.getByTestId('plan-field-period')).toHaveValue('2026');
  const read = panel.getByTestId('region-tasks-read');
  await expect(read.locator('tbody tr')).toHaveCount((regionRows().length + 2) * 2);
  const bin = regionRows().find((r) => r.region === '宾县');
  await expect(read.locator('tbody tr', { hasText: '宾县' }).first()).toContainText(
    `${Number(bin?.task)}（${regionLine('宾县')}:3）`,
  );
  await expect(read.locator('tbody tr', { hasText: '北大荒农垦集团' }).first()).toContainText(
    `${Number(FARM_GROUP_ROW[1])}（`,
  );
  await panel.getByTestId('plan-field-docNo').fill('黑农厅发〔2026〕12号');
  await panel.getByTestId('plan-field-issuer').fill('黑龙江省农业农村厅');
  await panel.getByTestId('plan-field-date').fill('2026-02-28');
  await dialog.screenshot({ path: `${SHOTS}/dialog-region-table.png` });
  await dialog.getByTestId('import-apply').click();
  await expect(dialog.getByTestId('import-applied')).toBeVisible();

  // Chosen by URL: the table and its column (by code).
  await page.goto(`./?view=counties&table=${PLAN_ID}&metric=${metricCode(TASK)}`);
  const ranking = page.getByTestId('county-ranking-chart');
  await expect(ranking).toHaveAttribute('data-chart-ready', 'true');
  await expect.poll(() => chartCounties(ranking, NAMES)).toEqual(rankedBy('task'));
  const card = cardOf(page, 'county-ranking-chart');
  await expect(card.locator('h2, h3').first()).toContainText(TASK);
  const top = regionRows().find((r) => r.region === rankedBy('task')[0]);
  const rows = await tableRows(card);
  expect(rows[0]?.[0]).toBe('1');
  expect(rows[0]?.[1]).toBe(top?.region);
  expect(rows[0]?.at(-1)).toBe(top?.task);
  await expect(card).toContainText('黑农厅发〔2026〕12号');
  await expect(page.getByTestId('county-table')).toHaveValue(PLAN_ID);
  await page.screenshot({ path: `${SHOTS}/ranking-1920.png`, fullPage: true });

  // City subtotals and small multiples of the same column: sums of each city's counties.
  await page.getByRole('button', { name: '各市小计' }).click();
  await expectChartsReady(page, ['city-share-chart']);
  const shareTexts = await chartTexts(page.getByTestId('city-share-chart'));
  for (const city of new Set(COUNTIES.map((c) => c.city ?? ''))) {
    const tenths = regionRows()
      .filter((r) => COUNTIES.find((c) => c.name === r.region)?.city === city)
      .reduce((sum, r) => sum + Math.round(Number(r.task) * 10), 0);
    expect(
      shareTexts.some((t) => t.startsWith(`${(tenths / 10).toFixed(1)} · `)),
      city,
    ).toBe(true);
  }
  await page.getByRole('button', { name: '分市小图' }).click();
  await expectChartsReady(page, ['multiples-chart']);
  expect([...(await chartCounties(page.getByTestId('multiples-chart'), NAMES))].sort()).toEqual(
    [...NAMES].sort(),
  );
  await page.getByRole('button', { name: '排名' }).click();

  // The 其中 column, chosen in the selector; the URL says so.
  await page.getByRole('combobox', { name: '指标', exact: true }).selectOption(metricCode(PART));
  await expect.poll(() => chartCounties(ranking, NAMES)).toEqual(rankedBy('part'));
  expect(new URL(page.url()).searchParams.get('metric')).toBe(metricCode(PART));
  expect(new URL(page.url()).searchParams.get('table')).toBe(PLAN_ID);

  // Mapped: the same table by the column's printed name in the link.
  await page.goto(`./?view=counties&table=${PLAN_ID}&metric=${encodeURIComponent(TASK)}&panel=map`);
  const map = page.getByTestId('county-map');
  await expect(map).toHaveAttribute('data-chart-ready', 'true');
  await expect(map.locator('svg text', { hasText: /^宾县$/ })).toHaveCount(1);
  await expect(cardOf(page, 'county-map').locator('h2, h3').first()).toContainText(TASK);
  await expect(page.getByTestId('county-map-farm-group')).toContainText('北大荒农垦集团');
  await expect(page.getByTestId('county-map-farm-group')).toContainText(FARM_GROUP_ROW[1]);
  await page.screenshot({ path: `${SHOTS}/map-1920.png`, fullPage: true });
  // The same links opened on a phone: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(map).toHaveAttribute('data-chart-ready', 'true');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/map-390.png`, fullPage: true });
  await page.goto(`./?view=counties&table=${PLAN_ID}`);
  await expect(ranking).toHaveAttribute('data-chart-ready', 'true');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/ranking-390.png`, fullPage: true });

  // A table the catalog does not have: said so, not a blank view.
  await page.goto('./?view=counties&table=plan-nosuch');
  await expect(page.getByText(/目录中没有这张任务表。/)).toBeVisible();

  // The next round with the same columns updates the table (更新), showing the cells it changes.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`./?view=counties&table=${PLAN_ID}&metric=${metricCode(TASK)}`);
  const before = regionRows().find((r) => r.region === '宾县');
  const raised = (Number(before?.task) + 1).toFixed(1);
  const total = (Number(regionTotals()[0]) + 1).toFixed(1);
  await pickFile(
    page,
    '2026年高标准农田建设任务（调整）.csv',
    encodeGbk(regionTasksCsv({ total, cells: { 宾县: [raised, before?.part ?? ''] } })),
  );
  await expect(dialog.getByTestId('plan-update')).toBeChecked();
  await expect(dialog.getByTestId('import-summary')).toContainText('修改 2 个单元格');
  const changes = dialog.getByTestId('import-changes');
  await expect(changes.locator('tbody tr', { hasText: '宾县' })).toContainText(
    `${Number(before?.task)} → ${Number(raised)}`,
  );
  await expect(changes.locator('tbody tr', { hasText: '合计' })).toContainText(`→ ${Number(total)}`);
  await dialog.getByTestId('import-apply').click();
  await expect(dialog.getByTestId('import-applied')).toBeVisible();
  await page.goto(`./?view=counties&table=${PLAN_ID}&metric=${metricCode(TASK)}&county=宾县`);
  await expect(ranking).toHaveAttribute('data-chart-ready', 'true');
  expect((await tableRows(cardOf(page, 'county-ranking-chart')))[0]?.at(-1)).toBe(raised);
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});
