/**
 * What a planner takes away: the CSV opens in Excel/WPS (BOM, CRLF, Chinese headers) with exactly
 * the rows on screen and no live formulas, even when a replaced data file carries one; the PNG is
 * a real image of the chart with its title and source.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import {
  ALLOCATION_FILE,
  cardOf,
  columnDecimals,
  countyValues,
  csvHeaders,
  dataFileText,
  expectChartsReady,
  formatFixed,
  readCsv,
  tableRows,
  watchErrors,
} from './support';

const DEMO = '示范区面积（万亩）';

async function download(page: Page, button: Locator): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { file, bytes: readFileSync(await file.path()) };
}

/** Zone types of a county in the plan's order (the order the zones file first lists them). */
function zonesOf(county: string): string[] {
  const rows = readCsv('black-soil-zones.csv');
  const order = [...new Set(rows.map((r) => r['类型区'] ?? ''))];
  return rows
    .filter((r) => r['行政区域'] === county)
    .map((r) => r['类型区'] ?? '')
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

test('county ranking CSV: BOM, CRLF, Chinese header, exactly the counties shown', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?view=counties&city=哈尔滨市');
  await expectChartsReady(page, ['county-ranking-chart']);
  const card = cardOf(page, 'county-ranking-chart');
  const { file, bytes } = await download(page, card.getByRole('button', { name: '导出 CSV' }));
  expect(file.suggestedFilename()).toMatch(/^[^\\/:*?"<>|]+\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text.split('\r\n').slice(0, -1);

  const valueHeader = csvHeaders(ALLOCATION_FILE).find((h) => h === DEMO);
  expect(lines[0]).toBe(['排名（39县）', '县（市、区）', '所属市', '保护类型区', valueHeader].join(','));

  const all = countyValues(ALLOCATION_FILE, DEMO);
  const harbin = all.filter((c) => c.city === '哈尔滨市').sort((a, b) => b.value - a.value);
  expect(harbin).toHaveLength(8);
  // Ranks are among all 39; ties share a rank (巴彦县 and 桦南县 both have 122.7).
  const expected = harbin.map((c) =>
    [
      1 + all.filter((o) => o.value > c.value).length,
      c.name,
      c.city,
      zonesOf(c.name).join('、'),
      c.value,
    ].join(','),
  );
  expect(lines.slice(1)).toEqual(expected);
  // The same rows as the table on screen.
  const rows = await tableRows(card);
  expect(rows.map((r) => r[1])).toEqual(harbin.map((c) => c.name));
  const decimals = columnDecimals(readCsv(ALLOCATION_FILE).map((r) => r[DEMO] ?? ''));
  expect(rows.map((r) => r.at(-1))).toEqual(harbin.map((c) => formatFixed(c.value, decimals)));
  expect(errors).toEqual([]);
});

test('a formula in a replaced data file is shown as text and exported neutralised', async ({ page }) => {
  const FORMULA = '=HYPERLINK("http://evil","x")';
  const parsed = Papa.parse<string[]>(dataFileText('ip-indicators.csv'), { skipEmptyLines: true }).data;
  const header = parsed[0] ?? [];
  const noteColumn = header.indexOf('备注');
  const target = parsed[1]!;
  expect(noteColumn).toBeGreaterThan(0);
  target[noteColumn] = FORMULA;
  const modified = Papa.unparse(parsed, { newline: '\n' });
  await page.route('**/data/ip-indicators.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: modified }),
  );

  const errors = watchErrors(page);
  await page.goto('./?view=ip');
  await expectChartsReady(page, ['ip-growth-chart']);
  const card = cardOf(page, 'ip-growth-chart');

  const rows = await tableRows(card);
  const row = rows.find((r) => r[0] === target[header.indexOf('指标名称')]);
  expect(row?.at(-1)).toBe(FORMULA);
  const cell = card.getByRole('cell', { name: FORMULA, exact: true });
  await expect(cell).toHaveCount(1);
  await expect(cell.locator('a, [href]')).toHaveCount(0);
  await expect(page.locator('a[href*="evil"], [href*="evil"]')).toHaveCount(0);

  const { bytes } = await download(page, card.getByRole('button', { name: '导出 CSV' }));
  const text = bytes.toString('utf8');
  expect(text).toContain(`,"'=HYPERLINK(""http://evil"",""x"")"\r\n`);
  // Everything else in the file is unchanged: one line per indicator, numbers not quoted.
  expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(parsed.length);
  expect(text).toContain(
    `,${target[header.indexOf('2020年基期值')]},${target[header.indexOf('2025年预期值')]},`,
  );
  expect(errors).toEqual([]);
});

test('PNG export is a 2× raster of the chart with room for title and source', async ({ page }) => {
  await page.goto('./?view=counties');
  await expectChartsReady(page, ['county-ranking-chart']);
  const card = cardOf(page, 'county-ranking-chart');
  const svg = await page.getByTestId('county-ranking-chart').locator('svg').first().boundingBox();
  if (!svg) throw new Error('chart SVG not laid out');
  const { file, bytes } = await download(page, card.getByRole('button', { name: '导出 PNG' }));
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBe(Math.ceil(svg.width * 2));
  expect(height).toBeGreaterThan(svg.height * 2);
  // 39 bars, labels and a caption: far more than a blank canvas compresses to.
  expect(bytes.length).toBeGreaterThan(30_000);
  await expect(card.getByRole('alert')).toHaveCount(0);
});
