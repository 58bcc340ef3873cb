/**
 * Publishing against a real Apache httpd (the README's recipe, started here on its own port with
 * its own config): the server's own refusals (no account → 401, stale ETag → 412), the dialog's
 * publish reaching a wall screen in another browser context, two tabs publishing over each other,
 * and a published table's old version published again. Expected figures come from data/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { encodeGbk } from '../support/gbk';
import { gbk, PLAN_2026 } from '../data/plan/plan-fixtures';
import { ACCOUNT, startHttpd, httpdPort, type Httpd } from './apache/httpd';
import { dataFileText } from './support';

const FILE = 'ip-indicators.csv';
const ROW = 'ip_advantage_firms,知识产权优势企业数量,家,510,';
const withTarget = (value: string): string => dataFileText(FILE).replace(`${ROW}1000`, `${ROW}${value}`);

let httpd: Httpd;
test.describe.configure({ mode: 'serial' });
// A real server, several browser contexts and a wall's refresh per test: more than the default 30 s on a busy machine.
test.setTimeout(60_000);
test.beforeAll(async () => {
  httpd = await startHttpd(httpdPort());
});
test.afterAll(async () => {
  await httpd.stop();
});
test.beforeEach(() => {
  httpd.resetData();
});

const served = (path: string): Buffer => readFileSync(join(httpd.dataDir, path));
/** For a person to look at: the panel in view, the laptop size staff use (1366×768). */
async function shot(page: Page, name: string): Promise<void> {
  await page.getByTestId('publish-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/screenshots/publish-${name}-1366.png` });
}

const historyFiles = (): string[] => {
  try {
    return readdirSync(join(httpd.dataDir, 'history')).sort();
  } catch {
    return [];
  }
};

async function staffPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    httpCredentials: { ...ACCOUNT },
    locale: 'zh-CN',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await page.goto(`${httpd.url}?view=ip`);
  return page;
}

/** Opens the dialog and reads a file into it; waits for the publish panel's base (the ETag). */
async function preview(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByTestId('open-import').click();
  await page
    .getByTestId('file-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
  await expect(page.getByTestId('publish-route')).toContainText('WebDAV');
  await expect(page.getByTestId('publish-base')).toContainText('预览时服务器上的文件：最后修改于');
}

test('the server: no listing, compression, PUT refused without an account and on a stale ETag', async ({
  request,
}) => {
  const before = served(FILE);
  const options = await request.fetch(`${httpd.url}data/${FILE}`, { method: 'OPTIONS' });
  expect(options.headers().allow?.split(',')).toContain('PUT');
  const anonymous = await request.put(`${httpd.url}data/${FILE}`, { data: withTarget('1') });
  expect(anonymous.status()).toBe(401);
  const auth = {
    Authorization: `Basic ${Buffer.from(`${ACCOUNT.username}:${ACCOUNT.password}`).toString('base64')}`,
  };
  const stale = await request.put(`${httpd.url}data/${FILE}`, {
    data: withTarget('2'),
    headers: { ...auth, 'If-Match': '"0-0"' },
  });
  expect(stale.status()).toBe(412);
  expect(served(FILE).equals(before)).toBe(true);
  expect([403, 404]).toContain((await request.get(`${httpd.url}data/`)).status());
  const csv = await request.get(`${httpd.url}data/${FILE}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(csv.headers()['content-encoding']).toBe('gzip');
  expect(httpd.errorLog()).not.toMatch(/\[(emerg|crit)\]/);
});

test('a GBK file published from the dialog is on a wall screen in another browser within its refresh', async ({
  browser,
}) => {
  const wall = await (await browser.newContext()).newPage();
  await wall.goto(`${httpd.url}?mode=wall&slides=ip&seconds=600&refresh=2`);
  const number = wall.getByTestId('wall-slide-ip').getByTestId('wall-number').first();
  await expect(number).toHaveText('1,000');
  const original = served(FILE);

  const page = await staffPage(browser);
  await preview(page, '知识产权指标（修订）.csv', encodeGbk(withTarget('1234')));
  await page.getByTestId('publish-by').fill('王五');
  await shot(page, 'server-ready');
  await page.getByTestId('publish-button').click();
  await expect(page.getByTestId('publish-done')).toContainText('已生效');
  await shot(page, 'server-done');
  await expect(number).toHaveText('1,234', { timeout: 6_000 });

  const text = served(FILE).toString('utf8');
  expect(text).toContain(`${ROW}1234`);
  expect(text.split('\r\n')[0]).toBe(dataFileText(FILE).split(/\r?\n/)[0]);
  const [copy] = historyFiles().filter((f) => f.endsWith('.csv'));
  expect(copy).toMatch(/^ip-indicators\.\d{8}T\d{9}Z\.csv$/);
  expect(served(`history/${copy}`).equals(original)).toBe(true);
  const log = JSON.parse(served('history/publications.json').toString('utf8')) as {
    entries: Record<string, unknown>[];
  };
  expect(log.entries).toMatchObject([
    {
      file: FILE,
      publishedBy: '王五',
      sourceFile: '知识产权指标（修订）.csv',
      replaced: `history/${copy}`,
      via: 'webdav',
    },
  ]);
});

test('two tabs publishing over each other: the second is refused, nothing of it written', async ({
  browser,
}) => {
  const first = await staffPage(browser);
  const second = await first.context().newPage();
  await second.goto(`${httpd.url}?view=ip`);
  await preview(first, 'a.csv', new TextEncoder().encode(withTarget('1111')));
  await preview(second, 'b.csv', new TextEncoder().encode(withTarget('2222')));
  await first.getByTestId('publish-button').click();
  await expect(first.getByTestId('publish-done')).toBeVisible();
  const afterFirst = served(FILE);
  await second.getByTestId('publish-button').click();
  await expect(second.getByTestId('publish-error')).toContainText('别人已经修改了服务器上的这个文件');
  await shot(second, 'server-conflict');
  expect(served(FILE).equals(afterFirst)).toBe(true);
  expect(afterFirst.toString('utf8')).toContain(`${ROW}1111`);
  expect(historyFiles()).toHaveLength(2);
  // Previewing again shows the other tab's change as the old value; publishing then succeeds.
  await second.getByTestId('publish-repreview').click();
  await expect(second.getByTestId('import-changes').locator('.import-before')).toHaveText('1111');
  await expect(second.getByTestId('publish-base')).toBeVisible();
  await second.getByTestId('publish-button').click();
  await expect(second.getByTestId('publish-done')).toContainText('已生效');
  expect(served(FILE).toString('utf8')).toContain(`${ROW}2222`);
});

// Republishing straight after a publication: the file is under a second old, and Apache gives it a
// weak ETag that If-Match never matches (this was a false 412 before the base waited for a strong one).
test('versions: the publication log in the dialog, and an old version published again with the same checks', async ({
  browser,
}) => {
  const original = served(FILE).toString('utf8');
  const page = await staffPage(browser);
  await preview(page, 'new.csv', new TextEncoder().encode(withTarget('3333')));
  await page.getByTestId('publish-by').fill('赵六');
  await page.getByTestId('publish-button').click();
  await expect(page.getByTestId('publish-done')).toBeVisible();
  const entry = page.getByTestId('publication').first();
  await expect(entry).toContainText('赵六');
  await expect(entry).toContainText(`data/${FILE} ← new.csv`);
  const copy = historyFiles().find((f) => f.endsWith('.csv')) ?? '';
  await entry.getByTestId('publication-republish').click();
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await expect(page.getByTestId('publish-base')).toBeVisible();
  await page.getByTestId('publish-button').click();
  await expect(page.getByTestId('publish-done')).toContainText('已生效');
  expect(served(FILE).toString('utf8').replace(/\r\n/g, '\n')).toBe(original.replace(/\r\n/g, '\n'));
  await expect(page.getByTestId('publication')).toHaveCount(2);
  await expect(page.getByTestId('publication').first()).toContainText(`← ${copy}`);
  await page.getByTestId('published-history').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/publish-history-1366.png' });
});

test('a new 2026–2030 plan published from the dialog: table, then catalog.json; another screen lists it', async ({
  browser,
}) => {
  const other = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await other.goto(`${httpd.url}?refresh=2`);
  await expect(other.getByTestId('overview-period-2021—2025')).toBeVisible();
  await expect(other.getByTestId('overview-period-2026—2030')).toHaveCount(0);

  const page = await staffPage(browser);
  await page.getByTestId('open-import').click();
  await page.getByTestId('file-input').setInputFiles({
    name: '十五五生态环境主要指标.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(gbk(PLAN_2026)),
  });
  const panel = page.getByTestId('plan-panel');
  await expect(panel.getByTestId('plan-new')).toBeChecked();
  await panel.getByTestId('plan-field-docNo').fill('黑政发〔2026〕8号');
  await panel.getByTestId('plan-field-issuer').fill('黑龙江省人民政府');
  await expect(page.getByTestId('publish-base')).toContainText('服务器上还没有这个文件');
  await expect(page.getByTestId('publish-plan-note')).toContainText('catalog.json');
  await page.getByTestId('publish-by').fill('钱七');
  await shot(page, 'new-plan-ready');
  await page.getByTestId('publish-button').click();
  await expect(page.getByTestId('publish-done')).toContainText('已生效');
  await expect(page.getByTestId('publish-catalog')).toContainText('已加入 data/catalog.json');
  await shot(page, 'new-plan-done');

  const catalog = JSON.parse(served('catalog.json').toString('utf8')) as {
    documents: { id: string; docNo: string; issuer: string; period: string; tables: { file: string }[] }[];
  };
  const before = JSON.parse(dataFileText('catalog.json')) as { documents: unknown[] };
  expect(catalog.documents.slice(0, -1)).toEqual(before.documents);
  const plan = catalog.documents.at(-1);
  expect(plan).toMatchObject({ docNo: '黑政发〔2026〕8号', issuer: '黑龙江省人民政府', period: '2026—2030' });
  expect(served(plan?.tables[0]?.file ?? 'missing').toString('utf8')).toContain('PM2.5');

  // The other screen re-reads data/ (catalog included) at its refresh and lists the plan.
  const group = other.getByTestId('overview-period-2026—2030');
  await expect(group).toBeVisible({ timeout: 8_000 });
  await expect(group).toContainText('生态环境');
  await other.screenshot({
    path: 'test-results/screenshots/publish-new-plan-other-screen-1280.png',
    fullPage: true,
  });
});
