/**
 * Paper: each view printed by Chromium to an A4 PDF (page.pdf), read back with poppler's
 * pdftotext page by page (.ci/run installs poppler-utils). No app chrome on paper; every page
 * carries the view's title and cites its source with the data date (the page margins); no page
 * is blank; no card is split across pages — each card's title and its own last line land on the
 * same page — and no chart is wider than the paper. The pages are rendered to PNG with pdftoppm
 * in test-results/print/ for a person to look at. Printed from a 390×844 phone as well, straight
 * from its screen layout: the charts are drawn for A4 (≥ 80 % of the printable width when the
 * print lays them out, and their texts spread over ≥ 60 % of it in the PDF itself), not kept at
 * the phone's width.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { VIEW_CASES, expectChartsReady, type ViewCase } from './support';

const OUT = 'test-results/print';
/** A4 width between print.css's page margins (210 − 2 × 12 mm), in CSS px. */
const PAPER_WIDTH = (186 / 25.4) * 96;

/** Text without white space or hyphens (pdftotext joins a line ending in a hyphen: 2021-12-\n03). */
const squash = (text: string): string => text.replace(/[\s-]+/g, '');

function pdfPages(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? '0');
  return Array.from({ length: count }, (_, i) =>
    squash(execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-']).toString()),
  );
}

interface PrintedCard {
  readonly title: string;
  readonly last: string;
}

/** Every card as laid out for print (chart cards, side cards): its title and its last line. */
async function printedCards(page: Page): Promise<PrintedCard[]> {
  return page.locator('main section.panel, main .farm-card').evaluateAll((cards) =>
    cards.flatMap((card) => {
      if (!(card instanceof HTMLElement) || card.offsetParent === null) return [];
      const lines = card.innerText
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
      return [{ title: card.querySelector('h2, h3')?.textContent ?? '', last: lines.at(-1) ?? '' }];
    }),
  );
}

/** Charts wider than their card or the paper, or with text outside their drawing, are cut off on paper. */
async function chartOverflows(page: Page): Promise<string[]> {
  return page.locator('main figure.chart').evaluateAll(
    (figures, paper) =>
      figures.flatMap((figure) => {
        const box = figure.getBoundingClientRect();
        const svg = figure.querySelector('svg')?.getBoundingClientRect();
        const main = document.querySelector('main')?.getBoundingClientRect();
        if (!svg || !main) return [`${figure.getAttribute('aria-label') ?? '?'}: not drawn`];
        // Text drawn outside the SVG's box (a layout taller than the chart was given) is cut off too.
        const outside = [...figure.querySelectorAll('svg text')]
          .filter((text) => {
            const t = text.getBoundingClientRect();
            return (
              t.width > 0 &&
              (t.bottom > svg.bottom + 1 ||
                t.top < svg.top - 1 ||
                t.right > svg.right + 1 ||
                t.left < svg.left - 1)
            );
          })
          .map((text) => text.textContent);
        const cut =
          outside.length > 0 ||
          svg.width > box.width + 1 ||
          svg.right > main.left + paper + 1 ||
          box.height < 40;
        return cut
          ? [
              `${figure.getAttribute('aria-label') ?? '?'}: svg ${Math.round(svg.width)}×${Math.round(svg.height)} in ${Math.round(box.width)}×${Math.round(box.height)}, text outside: ${outside.join(' | ')}`,
            ]
          : [];
      }),
    PAPER_WIDTH,
  );
}

interface PrintCase {
  readonly name: string;
  readonly query: string;
  readonly view: ViewCase;
  readonly title: string;
}

const TITLES: Readonly<Record<string, string>> = {
  overview: '总览',
  'black-soil': '黑土地保护',
  counties: '重点县比较',
  ip: '知识产权',
  credit: '社会信用',
  grain: '粮食和畜牧',
  progress: '进展',
};

/** Each county panel's chart: what the page waits for before it prints. */
const PANEL_CHART: Readonly<Record<string, string>> = {
  cities: 'city-share-chart',
  multiples: 'multiples-chart',
  map: 'county-map',
};

/** The farm group's name as pdftotext reads it off a page. */
const FARM_NAME = '北大荒农垦集团';

const CASES: PrintCase[] = [
  ...VIEW_CASES.map((v) => ({
    name: v.view,
    query: `view=${v.view}`,
    view: v,
    title: TITLES[v.view] ?? v.nav,
  })),
  ...['cities', 'multiples', 'map'].map((panel) => ({
    name: `counties-${panel}`,
    query: `view=counties&panel=${panel}&city=哈尔滨市,绥化市`,
    view: {
      view: 'counties',
      nav: '重点县比较',
      charts: [PANEL_CHART[panel] ?? ''],
      loaded: (p: Page) => p.getByTestId(PANEL_CHART[panel] ?? ''),
    },
    title: '重点县比较',
  })),
];

test.beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
});

for (const c of CASES) {
  test(`prints ${c.name} to A4: no chrome, every page titled and citing its source, no card split, no chart cut`, async ({
    page,
  }) => {
    mkdirSync(OUT, { recursive: true });
    await page.goto(`./?${c.query}`);
    await expect(c.view.loaded(page)).toBeVisible();
    await expectChartsReady(page, c.view.charts);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('html')).toHaveClass(/print-layout/);
    await expectChartsReady(page, []);
    // Chrome gone from the print layout: header, buttons, filter form, table toggles.
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(
      page.locator('main button:visible, main .filter-bar:visible, main details:visible'),
    ).toHaveCount(0);
    // Charts resize into the print layout after the switch: poll until they have.
    await expect.poll(() => chartOverflows(page)).toEqual([]);
    const cards = await printedCards(page);
    expect(cards.length).toBeGreaterThan(0);

    const pdf = `${OUT}/${c.name}.pdf`;
    await page.pdf({ path: pdf, format: 'A4' });
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, `${OUT}/${c.name}`]);
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(0);
    for (const [i, text] of pages.entries()) {
      const at = `page ${i + 1} of ${pages.length}`;
      expect(text, at).toContain(c.title);
      expect(text, at).toContain('来源：');
      expect(text, at).toMatch(/内置数据·\d{8}/);
      expect(text, at).toContain(`${i + 1}/${pages.length}`);
      for (const chrome of [
        '导入数据',
        '导出CSV',
        '导出PNG',
        '以表格查看',
        '打印简报',
        'English',
        '查看详情→',
      ])
        expect(text, at).not.toContain(chrome);
      // Not blank: the page holds at least one card's title.
      expect(
        cards.some((card) => text.includes(squash(card.title))),
        `${at} holds a card`,
      ).toBe(true);
    }
    // The farm group is shown apart, once: its card, or its bar among the city subtotals — not both.
    if (c.view.view === 'counties')
      expect(pages.join('').split(FARM_NAME).length - 1, `${FARM_NAME} printed once`).toBe(1);
    for (const card of cards) {
      // The title can also occur in another card's text: the card's page is one where its title
      // is followed by the card's own last line, and that page must exist.
      const title = squash(card.title);
      const last = squash(card.last);
      expect(
        pages.some((p) => p.includes(title)),
        `card "${card.title}" printed`,
      ).toBe(true);
      const whole = pages.some((p) => p.includes(title) && p.slice(p.indexOf(title)).includes(last));
      expect(whole, `card "${card.title}" has its title and its last line "${card.last}" on one page`).toBe(
        true,
      );
    }
  });
}

/** A4's printable width in PDF points (595.28 pt less print.css's 2 × 12 mm margins). */
const PRINTABLE_PT = 595.28 - 2 * (12 / 25.4) * 72;

interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
}

/** Every word of the PDF with its page and horizontal extent (pdftotext -bbox, in points). */
function pdfWords(pdf: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString();
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, text: m[3] ?? '', xMin: Number(m[1]), xMax: Number(m[2]) });
  }
  return words;
}

/**
 * How far each chart's texts spread in the PDF, as a share of the printable width: the horizontal
 * extent of its own texts (county names at its left edge, value labels and ticks at its right),
 * found among the PDF's words on the page that holds most of them.
 */
async function pdfChartWidths(page: Page, pdf: string, testIds: readonly string[]): Promise<number[]> {
  const words = pdfWords(pdf);
  const widths: number[] = [];
  for (const id of testIds) {
    const texts = new Set(
      (await page.getByTestId(id).locator('svg text').allTextContents()).map((t) => t.trim()).filter(Boolean),
    );
    const mine = words.filter((w) => texts.has(w.text));
    const pages = [...new Set(mine.map((w) => w.page))];
    const best = pages.sort(
      (a, b) => mine.filter((w) => w.page === b).length - mine.filter((w) => w.page === a).length,
    )[0];
    const onPage = mine.filter((w) => w.page === best);
    const extent =
      onPage.length === 0
        ? 0
        : Math.max(...onPage.map((w) => w.xMax)) - Math.min(...onPage.map((w) => w.xMin));
    widths.push(extent / PRINTABLE_PT);
  }
  return widths;
}

const PHONE_CASES = [
  { name: 'phone-counties-multiples', query: 'view=counties&panel=multiples', charts: ['multiples-chart'] },
  { name: 'phone-counties-ranking', query: 'view=counties', charts: ['county-ranking-chart'] },
  { name: 'phone-ip', query: 'view=ip', charts: ['ip-growth-chart'] },
] as const;

for (const c of PHONE_CASES) {
  test(`prints ${c.name} from a 390×844 phone laid out for A4: charts ≥ 80 % of the printable width, no card split`, async ({
    browser,
  }) => {
    mkdirSync(OUT, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`./?${c.query}`);
    await expectChartsReady(page, c.charts);
    // Printed straight from the phone's screen layout, as the browser's print does: no emulated
    // print media first, so nothing but the print itself can lay the page out for A4.
    const pdf = `${OUT}/${c.name}.pdf`;
    // Each chart's drawing as the print lays it out, measured at beforeprint after the app's own
    // listeners (added before these) have laid the page out for A4 and redrawn the charts.
    await page.evaluate((ids) => {
      window.addEventListener('beforeprint', () => {
        const main = document.querySelector('main')?.getBoundingClientRect().width ?? 1;
        const shares = ids.map(
          (id) =>
            (document.querySelector(`[data-testid="${id}"] svg`)?.getBoundingClientRect().width ?? 0) / main,
        );
        document.documentElement.dataset.printShares = shares.join(',');
      });
    }, c.charts);
    await page.pdf({ path: pdf, format: 'A4' });
    const printShares = ((await page.locator('html').getAttribute('data-print-shares')) ?? '')
      .split(',')
      .map(Number);
    for (const [i, share] of printShares.entries())
      expect(share, `${c.charts[i] ?? '?'} drawn width / printable width`).toBeGreaterThanOrEqual(0.8);
    // And back on the phone's screen after printing, each chart fits the phone again.
    for (const id of c.charts)
      await expect
        .poll(() =>
          page
            .getByTestId(id)
            .locator('svg')
            .evaluate((svg) => svg.getBoundingClientRect().width),
        )
        .toBeLessThanOrEqual(390);
    await page.emulateMedia({ media: 'print' });
    const cards = await printedCards(page);
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, `${OUT}/${c.name}`]);
    // On the paper itself: the chart's texts (names at its left, values and ticks at its right)
    // spread over most of the line, not over the phone's 344 pixels (0.26–0.36 before).
    const widths = await pdfChartWidths(page, pdf, c.charts);
    for (const [i, width] of widths.entries())
      expect(width, `${c.charts[i] ?? '?'} text extent / printable width`).toBeGreaterThanOrEqual(0.6);
    const pages = pdfPages(pdf);
    for (const card of cards) {
      const title = squash(card.title);
      const last = squash(card.last);
      const whole = pages.some((p) => p.includes(title) && p.slice(p.indexOf(title)).includes(last));
      expect(whole, `card "${card.title}" has its title and its last line "${card.last}" on one page`).toBe(
        true,
      );
    }
    await context.close();
  });
}

test('打印简报: one A4 page per domain with its figures, chart and source, the view state and filters written on each', async ({
  page,
}) => {
  mkdirSync(OUT, { recursive: true });
  await page.addInitScript(() => {
    const counted = window as unknown as { printCalls: number };
    counted.printCalls = 0;
    window.print = () => {
      counted.printCalls += 1;
    };
  });
  await page.goto('./?view=counties&city=哈尔滨市,绥化市');
  await expect(page.getByTestId('farm-group-card')).toBeVisible();
  await page.getByRole('button', { name: '打印简报' }).click();
  const pagesShown = page.locator('section.briefing-page');
  await expect(pagesShown.first()).toBeVisible();
  const titles = await pagesShown.locator('h2').allTextContents();
  expect(titles).toEqual(['黑土地保护', '社会信用体系', '知识产权', '粮食和畜牧']);
  await expectChartsReady(page, ['briefing-black-soil-chart', 'briefing-credit-chart', 'briefing-ip-chart']);
  // The ranking is the view state's: Harbin's and Suihua's counties only.
  const ranking = await page.getByTestId('briefing-black-soil-chart').locator('svg text').allTextContents();
  expect(ranking).toContain('五常市');
  expect(ranking).toContain('海伦市');
  expect(ranking).not.toContain('嫩江市');
  await page.getByRole('button', { name: '打印', exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.briefing-bar')).toBeHidden();
  await expect.poll(() => chartOverflows(page)).toEqual([]);
  const pdf = `${OUT}/briefing.pdf`;
  await page.pdf({ path: pdf, format: 'A4' });
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, `${OUT}/briefing`]);
  const pages = pdfPages(pdf);
  expect(pages).toHaveLength(titles.length);
  const cards = await printedCards(page);
  for (const [i, text] of pages.entries()) {
    const at = `briefing page ${i + 1}`;
    expect(text, at).toContain(squash(`规划目标简报·目标看板${titles[i] ?? ''}`));
    expect(text, at).toContain(
      squash('依据视图：重点县比较 · 筛选条件：指标：示范区面积（万亩） · 市：哈尔滨市、绥化市'),
    );
    expect(text, at).toContain('来源：');
    expect(text, at).toMatch(/内置数据·\d{8}/);
    expect(text, at).toContain(squash(cards[i]?.last ?? '?'));
    for (const chrome of ['导入数据', '导出CSV', '打印简报', '返回看板', 'English'])
      expect(text, at).not.toContain(chrome);
  }
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: '返回看板' }).click();
  await expect(page.getByTestId('county-ranking-chart')).toBeVisible();
});

test('Print briefing in English: the pages say which view and filters they come from in English', async ({
  page,
}) => {
  await page.goto('./?view=overview&lang=en');
  await page.getByRole('button', { name: 'Print briefing' }).click();
  const first = page.locator('section.briefing-page').first();
  await expect(first.locator('h2')).toHaveText('Black-soil protection');
  await expect(first.locator('.briefing-state')).toHaveText(
    'From the view: Overview · Filters: No filters (all data)',
  );
  await expect(page.getByRole('button', { name: 'Back to the board' })).toBeVisible();
});
