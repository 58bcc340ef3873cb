/**
 * The English interface shows no Chinese except data values and the plans' own wording, and those
 * are marked: an element with lang="zh" (a citation, a plan's 原文, a region or indicator name that
 * has no translation). Every visible text node of each view — HTML and the charts' SVG text — is
 * checked; one 1920×1080 screenshot per view goes to /tmp/english-ui/ for a person to look at.
 * ECharts draws its SVG text with no lang attribute, so there Chinese is let through only when it
 * is a data value: part of a plan's title in data/catalog.json (the verdict chart's plan axis).
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeGbk } from '../support/gbk';
import { ALLOCATION_FILE, clearImports, dataFileText, expectChartsReady } from './support';

const OUT = '/tmp/english-ui';

const VIEWS: readonly {
  readonly name: string;
  readonly query: string;
  readonly charts: readonly string[];
}[] = [
  { name: 'overview', query: 'view=overview', charts: [] },
  {
    name: 'black-soil',
    query: 'view=black-soil',
    charts: ['hsf-path-chart', 'plough-depth-chart', 'organic-matter-chart'],
  },
  { name: 'ip', query: 'view=ip', charts: ['ip-growth-chart'] },
  { name: 'credit', query: 'view=credit', charts: ['credit-chart'] },
  { name: 'grain', query: 'view=grain', charts: [] },
  { name: 'progress', query: 'view=progress', charts: [] },
  { name: 'plan', query: 'view=plan&plan=shuangyashan-ip', charts: ['plan-growth-chart'] },
  {
    name: 'counties-ranking',
    query: 'view=counties&panel=ranking&farm=1&detail=宾县',
    charts: ['county-ranking-chart', 'county-detail-chart'],
  },
  { name: 'counties-cities', query: 'view=counties&panel=cities&farm=1', charts: ['city-share-chart'] },
  { name: 'counties-multiples', query: 'view=counties&panel=multiples', charts: ['multiples-chart'] },
  { name: 'counties-map', query: 'view=counties&panel=map&farm=1', charts: ['county-map'] },
];

/** The plans' titles: the only Chinese data the charts' SVG text may show unmarked. */
const PLAN_TITLES: readonly string[] = (
  JSON.parse(dataFileText('catalog.json')) as { documents: { title: string }[] }
).documents.map((d) => d.title);

/** Visible text nodes with Chinese that no lang="zh" element encloses, with where they are. */
async function unmarkedChinese(page: Page): Promise<string[]> {
  return page.evaluate((titles) => {
    const han = /[\u4e00-\u9fff]/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || !han.test(text)) continue;
      if (parent.closest('script, style, [lang="zh"], [lang="zh-CN"]')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (parent.closest('svg') && titles.some((title) => title.includes(text.trim()))) continue;
      const where = parent.closest('[data-testid]')?.getAttribute('data-testid') ?? parent.tagName;
      found.push(`${where}: ${text.trim()}`);
    }
    return found;
  }, PLAN_TITLES);
}

/** Every chart's table alternative (a closed <details>) opened, so its cells are checked too. */
async function openTables(page: Page): Promise<void> {
  await page.locator('details').evaluateAll((all) => {
    for (const details of all) if (details instanceof HTMLDetailsElement) details.open = true;
  });
}

test.beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

for (const { name, query, charts } of VIEWS) {
  test(`English ${name}: no Chinese outside data values and marked original wording`, async ({ page }) => {
    await page.goto(`./?${query}&lang=en`);
    await expect(page.locator('.source-line').first()).toBeVisible();
    await expectChartsReady(page, charts);
    await openTables(page);
    await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
    expect(await unmarkedChinese(page)).toEqual([]);
  });
}

const WALL_SLIDES = ['overview', 'black-soil', 'counties', 'map', 'ip', 'credit', 'grain', 'progress'];

for (const slide of WALL_SLIDES) {
  test(`English wall slide ${slide}: no Chinese outside data values and marked original wording`, async ({
    page,
  }) => {
    await page.goto(`./?mode=wall&lang=en&seconds=600&slides=${slide}`);
    await expect(page.getByTestId(`wall-slide-${slide}`)).toBeVisible();
    await expect(page.locator('[data-slide-ready="false"]')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.locator('[data-testid="wall-stage"] figure[data-chart-ready="false"]')).toHaveCount(0, {
      timeout: 15_000,
    });
    await page.screenshot({ path: `${OUT}/wall-${slide}.png` });
    expect(await unmarkedChinese(page)).toEqual([]);
  });
}

test('English import dialog with a GBK file: no Chinese outside data values and the file’s own text', async ({
  page,
}) => {
  await clearImports(page);
  await page.goto('./?view=counties&lang=en');
  await expectChartsReady(page, ['county-ranking-chart']);
  await page.getByTestId('open-import').click();
  const changed = dataFileText(ALLOCATION_FILE).replace(/^宾县,([^,]*),[^,]+,/m, '宾县,$1,321.5,');
  await page.getByTestId('file-input').setInputFiles({
    name: 'allocation.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(encodeGbk(changed)),
  });
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  await expect(dialog.getByTestId('import-encoding')).toHaveText('GBK / GB18030');
  await openTables(page);
  await dialog.screenshot({ path: `${OUT}/import.png` });
  expect(await unmarkedChinese(page)).toEqual([]);
});

test('English briefing: no Chinese outside data values and marked original wording', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.goto('./?view=overview&lang=en');
  await page.getByRole('button', { name: 'Print briefing' }).click();
  await expect(page.locator('section.briefing-page').first()).toBeVisible();
  await expectChartsReady(page, ['briefing-black-soil-chart', 'briefing-credit-chart', 'briefing-ip-chart']);
  await openTables(page);
  await page.screenshot({ path: `${OUT}/briefing.png`, fullPage: true });
  expect(await unmarkedChinese(page)).toEqual([]);
});
