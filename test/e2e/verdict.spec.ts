/**
 * Were the targets met, end to end: a GBK wide-layout actuals file with a title row (as a
 * statistics office sends it), matched by names, imported through the dialog → the overview's
 * verdict counts, the progress view (verdicts in words, the series chart, the county completion
 * ranking and map) and the wall's 完成情况 slide. Screenshots under /work/coord/shots/verdict/.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeGbk } from '../support/gbk';
import { wideActualsCsv } from '../support/statistics-actuals';
import { ALLOCATION_FILE, expectChartsReady, readCsv } from './support';

const SHOTS = process.env.SHOTS_DIR ?? '/work/coord/shots/verdict';

const allocation = new Map(readCsv(ALLOCATION_FILE).map((r) => [r['行政区域'] ?? '', Number(r['示范区面积（万亩）'])]));

async function importWide(page: Page): Promise<void> {
  await page.getByTestId('open-import').click();
  await page.getByTestId('file-input').setInputFiles({ name: '主要指标完成情况.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeGbk(wideActualsCsv(allocation))) });
  await expect(page.getByTestId('import-dataset')).toHaveText('目标实际完成情况');
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-dialog').getByRole('button', { name: '查看图表' }).click();
}

test('a GBK wide-layout file matched by names: verdicts on the overview, the progress view, the county map and the wall', async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?view=progress');
  await expect(page.getByTestId('progress-empty')).toBeVisible();
  await importWide(page);
  await expect(page.getByTestId('progress-empty')).toHaveCount(0);
  await expect(page.getByTestId('data-label')).toHaveText('规划目标（2021—2025）· 实际值截至 2025 年');
  const list = page.getByTestId('progress-status-list');
  await expect(list.locator('li', { hasText: '粮食产量' })).toContainText('✔ 已实现');
  await expect(list.locator('li', { hasText: '生猪出栏' })).toContainText('✘ 未实现');
  await expect(list.locator('li', { hasText: '地理标志商标' })).toContainText('✘ 未实现');
  await expect(list.locator('li', { hasText: '有效注册商标数量' })).toContainText('✔ 已实现');
  await expectChartsReady(page, ['verdict-chart', 'completion-chart']);
  await expect(page.getByTestId('completion-chart').locator('svg text', { hasText: '%' }).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/progress-1366x768.png` });
  await page.getByTestId('completion-chart').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/progress-county-1366x768.png` });
  const map = page.locator('section[aria-labelledby="completion-map-black-soil-allocation-demo-area-title"]');
  await map.scrollIntoViewIfNeeded();
  await expect(map.locator('figure[data-chart-ready="true"]')).toHaveCount(1, { timeout: 20_000 });
  await page.screenshot({ path: `${SHOTS}/progress-map-1366x768.png` });

  await page.goto('./');
  const grain = page.getByTestId('plan-verdicts').filter({ hasText: '贯彻落实国务院' });
  await expect(grain.locator('[data-verdict="met"]')).toHaveText('✔ 已实现 2');
  await expect(grain.locator('[data-verdict="not-met"]')).toHaveText('✘ 未实现 1');
  await expect(page.getByTestId('overview-verdicts').getByTestId('data-label')).toContainText('实际值截至 2025 年');
  await page.screenshot({ path: `${SHOTS}/overview-1366x768.png` });

  for (const [width, height] of [[1920, 1080], [3840, 2160]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('./?mode=wall&slides=progress&seconds=600');
    const slide = page.getByTestId('wall-slide-progress');
    await expect(slide).toHaveAttribute('data-slide-ready', 'true', { timeout: 20_000 });
    await expect(slide.getByTestId('wall-number').first()).toBeVisible();
    await expect(slide).toContainText('已实现');
    await expect(slide).toContainText('未实现');
    await expect(slide).toContainText('未实现的约束性目标');
    await expect(slide.getByTestId('wall-freshness')).toContainText('实际值截至 2025 年');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/wall-progress-${width}x${height}.png` });
  }
});
