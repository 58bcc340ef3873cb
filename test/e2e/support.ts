/**
 * Shared pieces of the end-to-end specs: the embedded CSV files read in Node (so expected
 * figures are derived from data/, never copied from the screen), a collector of page errors,
 * and waits on the charts' own readiness flag (data-chart-ready) instead of sleeps.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export type CsvRow = Record<string, string>;

export function dataFileText(file: string): string {
  return readFileSync(`${DATA_DIR}${file}`, 'utf8');
}

/**
 * Serves ip-indicators.csv with one target changed since the build (3000 → 3300 件), as staff
 * replacing the file on the server would: prerendered pictures must not stand for it.
 */
export async function serveChangedIpTable(page: Page): Promise<void> {
  const original = dataFileText('ip-indicators.csv');
  const changed = original.replace(',2038,3000,', ',2038,3300,');
  expect(changed).not.toBe(original);
  await page.route('**/data/ip-indicators.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: changed }),
  );
}

/** Rows of a data/ file keyed by its (Chinese) headers, as the gazette tables print them. */
export function readCsv(file: string): CsvRow[] {
  const result = Papa.parse<CsvRow>(dataFileText(file), { header: true, skipEmptyLines: true });
  if (result.errors.length > 0) throw new Error(`${file}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.data;
}

export function csvHeaders(file: string): string[] {
  return Papa.parse<string[]>(dataFileText(file).split(/\r?\n/)[0] ?? '').data[0] ?? [];
}

/** Decimals as printed in a column (the app shows every value of a metric at the column's most). */
export function columnDecimals(values: readonly string[]): number {
  return Math.max(0, ...values.map((v) => (v.includes('.') ? v.length - v.indexOf('.') - 1 : 0)));
}

export function formatFixed(value: number, decimals: number): string {
  return value.toLocaleString('zh-CN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export const ALLOCATION_FILE = 'black-soil-allocation.csv';
export const FARM_GROUP = '北大荒农垦集团';

export interface CountyRow {
  readonly name: string;
  readonly city: string;
  readonly value: number;
}

/** The 39 key counties of 附件1 (rows with a city) with one column's value. */
export function countyValues(file: string, column: string): CountyRow[] {
  return readCsv(file)
    .filter((row) => (row['所属市'] ?? '') !== '')
    .map((row) => ({ name: row['行政区域'] ?? '', city: row['所属市'] ?? '', value: Number(row[column]) }));
}

/** Largest first; ties keep file order (enough wherever a test compares a tie-free prefix). */
export function ranked(rows: readonly CountyRow[]): CountyRow[] {
  return [...rows].sort((a, b) => b.value - a.value);
}

/** Counties listed under each protection zone type in 五、分区保护技术路径. */
export function zoneCounties(zone: string): string[] {
  return readCsv('black-soil-zones.csv')
    .filter((r) => r['类型区'] === zone && r['行政区域'] !== FARM_GROUP)
    .map((r) => r['行政区域'] ?? '');
}

/** Collects uncaught page errors and console errors; assert `errors` is empty at the end. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    errors.push(`pageerror: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Waits until the named charts have rendered and no chart on the page is still drawing. */
export async function expectChartsReady(page: Page, testIds: readonly string[]): Promise<void> {
  for (const id of testIds) await expect(page.getByTestId(id)).toHaveAttribute('data-chart-ready', 'true');
  await expect(page.locator('figure[data-chart-ready="false"]')).toHaveCount(0);
}

/** Text of every SVG text element of a chart, in document order. */
export async function chartTexts(chart: Locator): Promise<string[]> {
  return chart.locator('svg text').evaluateAll((nodes) => nodes.map((n) => n.textContent));
}

/** The county names a chart draws (its category labels), in order, whatever else it prints. */
export async function chartCounties(chart: Locator, counties: readonly string[]): Promise<string[]> {
  return (await chartTexts(chart)).filter((t) => counties.includes(t));
}

export function decodedUrl(page: Page): string {
  return decodeURIComponent(page.url());
}

/** Body rows of a chart card's table (opening its "以表格查看" details first) as cell texts. */
export async function tableRows(card: Locator, summary = '以表格查看'): Promise<string[][]> {
  const details = card.locator('details.table-toggle');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await card.getByText(summary, { exact: true }).click();
  const table = details.locator('table');
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent.trim())),
    );
}

/** The section (chart card) that holds a chart. */
export function cardOf(page: Page, chartTestId: string): Locator {
  return page.locator('section.panel', { has: page.getByTestId(chartTestId) });
}

export interface ViewCase {
  readonly view: string;
  readonly nav: string;
  /** Charts the view draws from the embedded data. */
  readonly charts: readonly string[];
  /** Something that is only there once the view's data has loaded (for views without charts). */
  readonly loaded: (page: Page) => ReturnType<Page['getByTestId']>;
  /** False where the view cites nothing. */
  readonly cites?: boolean;
}

/** The seven views: their nav label, charts, and what shows that their data has loaded. */
export const VIEW_CASES: readonly ViewCase[] = [
  { view: 'overview', nav: '总览', charts: [], loaded: (p) => p.getByTestId('overview-grain-livestock') },
  {
    view: 'black-soil',
    nav: '黑土地保护',
    charts: ['hsf-path-chart', 'plough-depth-chart', 'organic-matter-chart'],
    loaded: (p) => p.getByTestId('black-soil-tiles'),
  },
  {
    view: 'counties',
    nav: '重点县比较',
    charts: ['county-ranking-chart'],
    loaded: (p) => p.getByTestId('farm-group-card'),
  },
  {
    view: 'ip',
    nav: '知识产权',
    charts: ['ip-growth-chart'],
    loaded: (p) => p.getByTestId('shuangyashan-card'),
  },
  {
    view: 'credit',
    nav: '社会信用',
    charts: ['credit-chart'],
    loaded: (p) => p.getByTestId('credit-checklist'),
  },
  { view: 'grain', nav: '粮食和畜牧', charts: [], loaded: (p) => p.getByTestId('grain-tiles') },
  { view: 'progress', nav: '进展', charts: [], loaded: (p) => p.getByTestId('progress-empty') },
];

/** A fresh start: this browser profile's imports deleted (the app then draws the served data). */
export async function clearImports(page: Page): Promise<void> {
  await page.goto('./');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('target-board');
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
  );
}
