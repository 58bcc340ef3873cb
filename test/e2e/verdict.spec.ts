/**
 * Were the targets met, end to end: a GBK wide-layout actuals file with a title row (as a
 * statistics office sends it), matched by names, imported through the dialog → the overview's
 * verdict counts, the progress view (verdicts in words, the series chart, the county completion
 * ranking and map) and the wall's 完成情况 slide, read from across a room at 1920×1080,
 * 3840×2160 and 1366×768 (text boxes measured: no overlap, no broken word, nothing cut off).
 * Every expected figure is derived from data/ and the file (verdict-expected.ts).
 * Screenshots under /work/coord/shots/verdict/ (SHOTS_DIR).
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { shortPlanName } from '../../src/charts/progress/build-verdict-option';
import { verdictLabel } from '../../src/charts/progress/verdict-labels';
import type { Verdict } from '../../src/data/assess/types';
import { encodeGbk } from '../support/gbk';
import { wideActualsCsv } from '../support/statistics-actuals';
import { chartTextOverlaps } from './phone-geometry';
import { outsideStage, slideText, textOverlaps } from './slide-geometry';
import { ALLOCATION_FILE, expectChartsReady, readCsv } from './support';
import { countyCompletion, expectedVerdicts, grainByHand } from './verdict-expected';

const SHOTS = process.env.SHOTS_DIR ?? '/work/coord/shots/verdict';

const allocation = new Map(
  readCsv(ALLOCATION_FILE).map((r) => [r['行政区域'] ?? '', Number(r['示范区面积（万亩）'])]),
);
const wideCsv = wideActualsCsv(allocation);
const wideBytes = encodeGbk(wideCsv);
const expected = expectedVerdicts(wideBytes);
const counties = countyCompletion(allocation);
const GRAIN_PLAN = '贯彻落实国务院扎实稳住经济一揽子政策措施实施方案';

async function importWide(page: Page): Promise<void> {
  await page.getByTestId('open-import').click();
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: '主要指标完成情况.csv', mimeType: 'text/csv', buffer: Buffer.from(wideBytes) });
  await expect(page.getByTestId('import-dataset')).toHaveText('目标实际完成情况');
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-dialog').getByRole('button', { name: '查看图表' }).click();
}

function verdictText(verdict: Verdict): string {
  const { symbol, text } = verdictLabel(verdict, 'zh');
  return `${symbol} ${text}`;
}

/** The map legend's ends, as the county map formats a '%' metric (up to one decimal). */
function percent(value: number): string {
  return `${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(value)} %`;
}

test('the expectations agree with a hand count of the grain plan and the county file', () => {
  const grain = expected.plans.find((p) => p.plan === GRAIN_PLAN);
  const byHand = grainByHand(wideCsv);
  expect({
    met: grain?.counts.met,
    notMet: grain?.counts['not-met'],
    noData: grain?.counts['no-data'],
  }).toEqual(byHand);
  expect(byHand.met).toBeGreaterThan(0);
  expect(byHand.notMet).toBeGreaterThan(0);
  expect(counties.some((c) => c.met) && counties.some((c) => !c.met)).toBe(true);
});

test('a GBK wide-layout file matched by names: verdicts on the overview, the progress view, the county map and the wall', async ({
  page,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?view=progress');
  await expect(page.getByTestId('progress-empty')).toBeVisible();
  await importWide(page);
  await expect(page.getByTestId('progress-empty')).toHaveCount(0);
  await expect(page.getByTestId('data-label')).toHaveText('规划目标（2021—2025）· 实际值截至 2025 年');

  // Every indicator target met or not met says so in words.
  const list = page.getByTestId('progress-status-list');
  const judged = expected.headline.filter((a) => a.status === 'met' || a.status === 'not-met');
  expect(judged.length).toBeGreaterThanOrEqual(4);
  for (const a of judged) {
    const item = list.locator('li', { has: page.locator('.status-name').getByText(a.name, { exact: true }) });
    await expect(item.first(), a.name).toContainText(verdictText(a.status));
  }
  await expectChartsReady(page, ['verdict-chart', 'completion-chart']);
  await page.screenshot({ path: `${SHOTS}/progress-1366x768.png` });

  // County completion: the ranking's own count, every county's % on its bar, and the map's scale.
  const met = counties.filter((c) => c.met).length;
  const ranking = page.locator('section[aria-labelledby="completion-black-soil-allocation-demo-area-title"]');
  await expect(ranking).toContainText(
    `${counties.length} 个县（市、区）报送，${met} 个完成任务（✔），${counties.length - met} 个未完成`,
  );
  const barLabels = await page
    .getByTestId('completion-chart')
    .locator('svg text', { hasText: /% [✔✘]$/ })
    .allTextContents();
  expect(barLabels).toHaveLength(counties.length);
  expect(barLabels.filter((t) => t.endsWith('✔'))).toHaveLength(met);
  await page.getByTestId('completion-chart').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/progress-county-1366x768.png` });
  const map = page.locator('section[aria-labelledby="completion-map-black-soil-allocation-demo-area-title"]');
  await map.scrollIntoViewIfNeeded();
  await expect(map.locator('figure[data-chart-ready="true"]')).toHaveCount(1, { timeout: 20_000 });
  const values = counties.map((c) => c.completion);
  await expect(map.locator('svg text', { hasText: percent(Math.max(...values)) })).toHaveCount(1);
  await expect(map.locator('svg text', { hasText: percent(Math.min(...values)) })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/progress-map-1366x768.png` });

  // The overview: each plan's counts, verdict by verdict.
  await page.goto('./');
  for (const plan of expected.plans) {
    const line = page.locator(`[data-testid="plan-verdicts"][data-plan="${plan.plan}"]`);
    const shown = (Object.entries(plan.counts) as [Verdict, number][]).filter(([, n]) => n > 0);
    await expect(line.locator('[data-verdict]')).toHaveCount(shown.length);
    for (const [verdict, n] of shown)
      await expect(line.locator(`[data-verdict="${verdict}"]`)).toHaveText(`${verdictText(verdict)} ${n}`);
  }
  await expect(page.getByTestId('overview-verdicts').getByTestId('data-label')).toContainText(
    '实际值截至 2025 年',
  );
  await page.screenshot({ path: `${SHOTS}/overview-1366x768.png` });

  // The wall's 完成情况 slide at three screen sizes.
  const { totals } = expected;
  const running = totals['on-track'] + totals.moderate + totals['off-track'];
  const figures = [
    totals.met,
    totals['not-met'],
    ...(running > 0 ? [running] : []),
    totals['no-data'],
    expected.bindingMissed,
  ].map(String);
  for (const [width, height] of [
    [1920, 1080],
    [3840, 2160],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('./?mode=wall&slides=progress&seconds=600');
    const slide = page.getByTestId('wall-slide-progress');
    await expect(slide).toHaveAttribute('data-slide-ready', 'true', { timeout: 20_000 });
    await expect(slide.locator('figure[data-chart-ready="true"]')).toHaveCount(1, { timeout: 20_000 });
    await expect(slide.getByTestId('wall-number')).toHaveText(figures);
    await expect(slide).toContainText('未实现的约束性目标');
    await expect(slide.getByTestId('wall-freshness')).toContainText('实际值截至 2025 年');
    // Past the half-second fade: measured and photographed as a viewer sees it.
    await page.waitForTimeout(700);
    const text = await slideText(slide);
    const size = `${width}×${height}`;
    expect(textOverlaps(text.boxes), `${size}: texts over each other`).toEqual([]);
    expect(text.wrapped, `${size}: texts broken over lines`).toEqual([]);
    expect(text.truncated, `${size}: texts cut off`).toEqual([]);
    expect(outsideStage(text), `${size}: texts off the stage`).toEqual([]);
    // Each plan's name whole on one line of the chart (a broken name is two SVG texts).
    const svgTexts = text.boxes.filter((b) => b.kind === 'svg').map((b) => b.text);
    for (const plan of expected.plans)
      expect(svgTexts, `${size}: ${plan.plan}`).toContain(shortPlanName(plan.plan).slice(0, 40));
    // Large numbers, and a chart that takes the stage's width and the room left under them.
    const numberPx = await slide
      .getByTestId('wall-number')
      .evaluateAll((els) => els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...numberPx)).toBeGreaterThanOrEqual(96);
    const chart = await slide.locator('figure.chart').boundingBox();
    const stage = text.stage;
    expect((chart?.width ?? 0) / (stage.right - stage.left)).toBeGreaterThan(0.9);
    expect((chart?.height ?? 0) / (stage.bottom - stage.top)).toBeGreaterThan(0.35);
    await page.screenshot({ path: `${SHOTS}/wall-progress-${width}x${height}.png` });
  }

  // On a phone the plan names are cut to the room they have, not written over the bars.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?view=progress');
  await expectChartsReady(page, ['verdict-chart']);
  expect(await chartTextOverlaps(page.getByTestId('verdict-chart'))).toEqual([]);
  await page.getByTestId('verdict-chart').screenshot({ path: `${SHOTS}/progress-verdicts-390x844.png` });
});
