/**
 * Data is text, never markup: every free-text column of every dataset (from the registry:
 * indicator names, 原文, 备注, 子项, targets' wording, units…) is served with HTML/script payloads
 * appended, and every view, county panel, table and tooltip is opened. No payload may run (each
 * would set `window.__xss`) or become an element (each carries `data-xss`), and the payload must
 * be on the page as visible text, which shows it got through validation into the views. Region
 * columns are left alone: validation rejects unknown names before anything is drawn. Each page is
 * also checked for CSP violations: with hostile data loaded, the app itself must still trip none.
 */
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { DATASETS } from '../../src/data/registry';
import { dataFileText } from './support';
import {
  cspViolations,
  hoverChartItems,
  openSettled,
  openTables,
  QUALITY_PAGES,
  recordCspViolations,
} from './quality-support';

declare global {
  interface Window {
    __xss?: string;
  }
}

function payload(column: string): string {
  const flag = `window.__xss='${column}'`;
  return `<img src=x data-xss onerror="${flag}"><script data-xss>${flag}</script>"><svg data-xss onload="${flag}">`;
}

/** A data file with the payload appended to every non-empty cell of its text columns. */
function hostileCsv(file: string, textHeaders: readonly string[]): string {
  const parsed = Papa.parse<Record<string, string>>(dataFileText(file), {
    header: true,
    skipEmptyLines: true,
  });
  const rows = parsed.data.map((row) => {
    const copy = { ...row };
    for (const header of textHeaders)
      if ((copy[header] ?? '') !== '') copy[header] = `${copy[header] ?? ''}${payload(header)}`;
    return copy;
  });
  return Papa.unparse({ fields: parsed.meta.fields ?? [], data: rows });
}

const HOSTILE: ReadonlyMap<string, string> = new Map(
  DATASETS.map((spec) => [
    spec.file,
    hostileCsv(
      spec.file,
      spec.columns.filter((c) => c.type === 'text').map((c) => c.header),
    ),
  ]),
);

async function serveHostileData(page: Page): Promise<void> {
  await page.route('**/data/*.csv', async (route) => {
    const file = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    const body = HOSTILE.get(file);
    if (body === undefined) await route.continue();
    else await route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body });
  });
}

/** How often the visible page text (tables, SVG labels, tooltips) shows the payload as text. */
async function payloadTextCount(page: Page): Promise<number> {
  return page.evaluate(() => document.body.textContent.split('<img src=x data-xss').length - 1);
}

test('every text field of every dataset carries an XSS payload', () => {
  const withText = DATASETS.filter((spec) => spec.columns.some((c) => c.type === 'text'));
  expect(withText.length).toBeGreaterThan(0);
  for (const spec of withText) {
    if (/\n.+/.test(dataFileText(spec.file).trim()))
      expect(HOSTILE.get(spec.file), spec.file).toContain('data-xss');
  }
});

// Views whose screens show the plan's wording or indicator names (the county views show region
// keyed numbers only, so they are checked for injection but need not show the payload).
const SHOWS_TEXT = /^(overview|black-soil|ip|credit|grain)/;

for (const { name, query } of QUALITY_PAGES) {
  test(`XSS payloads in the data stay text: ${name}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => {
      errors.push(error.message);
    });
    await recordCspViolations(page);
    await serveHostileData(page);
    await openSettled(page, query);
    await openTables(page);
    await hoverChartItems(page);
    expect(await page.evaluate(() => window.__xss ?? null)).toBeNull();
    await expect(page.locator('[data-xss]')).toHaveCount(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    if (SHOWS_TEXT.test(name)) expect(await payloadTextCount(page)).toBeGreaterThan(0);
  });
}
