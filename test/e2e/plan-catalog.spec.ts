/**
 * A 2026–2030 plan table brought in by staff (GBK from WPS: title row, 类别 merged down as blanks,
 * `[ ]` cumulative and `<` cells) → "新增规划" with the document prefilled from the title row →
 * applied as a version → shown in the overview under 2026—2030, in its own plan view and as a
 * wall slide named in `slides=`. The IP table as printed revises 技术合同成交额 to 600 by name;
 * a broken table changes nothing. Screenshots go to /work/coord/shots/catalog/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { derivedCode, stableHash } from '../../src/data/plan/plan-spec';
import { normalizeIndicatorName } from '../../src/data/indicator-names';
import { gbk, ipPrinted, PLAN_2026, PLAN_BROKEN, utf16 } from '../data/plan/plan-fixtures';
import { watchErrors } from './support';

const SHOTS = process.env.SHOTS_DIR ?? '/work/coord/shots/catalog';
const TITLE_ROW = '黑龙江省“十五五”生态环境保护规划主要指标';
const PLAN_ID = `plan-${stableHash(TITLE_ROW)}`;

async function pickFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByRole('button', { name: '导入数据' }).first().click();
  await page
    .getByTestId('file-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
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

test('a new 2026–2030 plan: dialog, overview, plan view, wall slide', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./');
  await pickFile(page, '十五五生态环境主要指标.csv', gbk(PLAN_2026));
  const dialog = page.getByTestId('import-dialog');
  const panel = dialog.getByTestId('plan-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('plan-new')).toBeChecked();
  await expect(panel.getByTestId('plan-field-title')).toHaveValue('黑龙江省“十五五”生态环境保护规划');
  await expect(panel.getByTestId('plan-field-period')).toHaveValue('2026—2030');
  const read = panel.getByTestId('plan-indicators-read');
  await expect(read.locator('tbody tr')).toHaveCount(5);
  await expect(read.locator('tbody tr').nth(0)).toContainText('<');
  await expect(read.locator('tbody tr').nth(2)).toContainText('[2.5]（5:4）');
  await panel.getByTestId('plan-field-docNo').fill('黑政发〔2026〕8号');
  await panel.getByTestId('plan-field-issuer').fill('黑龙江省人民政府');
  await panel.getByTestId('plan-field-date').fill('2026-03-20');
  await dialog.screenshot({ path: `${SHOTS}/dialog-new-plan.png` });
  await dialog.getByTestId('import-apply').click();
  await expect(dialog.getByTestId('import-applied')).toBeVisible();
  await dialog.getByRole('button', { name: '查看图表' }).click();

  const group = page.getByTestId('overview-period-2026—2030');
  await expect(group.locator('.domain-card')).toHaveCount(1);
  await expect(group).toContainText('< 25');
  // A ceiling the 2025 base (24.1) already meets asks for no growth; a five-year sum reads as one.
  await expect(group).toContainText('基期已低于目标上限');
  await expect(group).not.toContainText('需+0.9');
  await expect(group).toContainText('五年累计 2.5 万吨');
  await expect(page.getByTestId('overview-period-2021—2025')).toContainText('知识产权');
  await page.screenshot({ path: `${SHOTS}/overview-1920.png`, fullPage: true });

  await group.getByRole('link', { name: '查看详情 →' }).click();
  const view = page.getByTestId('plan-view');
  await expect(view).toHaveAttribute('data-plan', PLAN_ID);
  await expect(view).toContainText('黑政发〔2026〕8号');
  await expect(view.getByTestId('plan-growth-chart')).toHaveAttribute('data-chart-ready', 'true');
  await expect(view).toContainText('五年累计 2.5 万吨');
  await expect(view).toContainText('基期已低于目标上限');
  await page.screenshot({ path: `${SHOTS}/plan-view-1920.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/plan-view-390.png`, fullPage: true });

  // Survives a reload (stored version + local catalog entry).
  await page.reload();
  await expect(page.getByTestId('plan-view')).toHaveAttribute('data-plan', PLAN_ID);

  // Issue 12 item 5: the progress view and the actuals template include the new plan's indicators.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?view=progress');
  await expect(page.getByTestId('verdict-chart')).toHaveAttribute('data-chart-ready', 'true');
  await expect(page.locator('section[aria-labelledby="progress-status-title"]')).toContainText('湿地保护率');
  await expect(page.locator('section[aria-labelledby="progress-plans-title"]')).toContainText(
    '黑龙江省“十五五”生态环境保护规划',
  );
  await page.getByRole('button', { name: '导入数据' }).first().click();
  const download = page.waitForEvent('download');
  await page.getByTestId('import-dialog').getByRole('button', { name: '下载填报模板' }).click();
  const template = await (await download).path();
  const templateText = readFileSync(template, 'utf8');
  for (const name of [
    '地级及以上城市细颗粒物（PM2.5）浓度',
    '地表水达到或好于Ⅲ类水体比例',
    '化学需氧量排放总量减少',
    '森林覆盖率',
    '湿地保护率',
  ])
    expect(templateText).toContain(name);
  expect(templateText).toContain('技术合同成交额');

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`./?mode=wall&slides=${PLAN_ID},overview&seconds=600`);
  const slide = page.getByTestId(`wall-slide-${PLAN_ID}`);
  await expect(slide).toHaveAttribute('data-slide-ready', 'true');
  await expect(slide).toContainText('2026—2030');
  await expect(slide).toContainText('五年累计');
  await expect(slide.getByTestId(`wall-chart-${PLAN_ID}`)).toHaveAttribute('data-chart-ready', 'true');
  await page.screenshot({ path: `${SHOTS}/wall-plan-1920.png` });
  expect(errors).toEqual([]);
  expect(derivedCode(normalizeIndicatorName('森林覆盖率（%）').key)).toMatch(/^i[0-9a-z]{7}$/);
});

test('the IP table as printed (UTF-16) revises 技术合同成交额 to 600, by name', async ({ page }) => {
  await page.goto('./?view=ip');
  await pickFile(page, '知识产权主要指标.txt', utf16(ipPrinted().replace(/\t/g, ',')));
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('plan-update')).toBeChecked();
  await expect(dialog.getByTestId('import-dataset')).toContainText('知识产权');
  const preview = dialog.getByTestId('import-preview');
  await expect(preview).toContainText('500');
  await expect(preview).toContainText('600');
  await dialog.getByTestId('import-apply').click();
  await expect(dialog.getByTestId('import-applied')).toBeVisible();
});

test('a broken plan table: errors with line and column, nothing applied', async ({ page }) => {
  await page.goto('./');
  await pickFile(page, 'broken.csv', gbk(PLAN_BROKEN));
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-apply')).toBeDisabled();
  await expect(dialog).toContainText('五十');
  await expect(dialog).toContainText('指导性');
});
