/**
 * Issue 14 in a real browser: an import is compared against the table as stored now (not what
 * the page happened to load), across reloads and tabs; apply and undo are compare-and-swap; a
 * store that never answers does not hang the views. Actual values (merge mode) make lost updates
 * visible: a lost row is a lost year.
 */
import { expect, test, type Page } from '@playwright/test';
import { clearImports, dataFileText, expectChartsReady } from './support';

const HEADER = dataFileText('progress-actuals.csv').trim();
const row = (year: number, value: number): string =>
  `grain-livestock-2022.grain_output,粮食产量,,,${year},${value},亿斤,`;
const file = (...rows: string[]): Buffer => Buffer.from(`\ufeff${[HEADER, ...rows].join('\r\n')}\r\n`);

/** The active actuals table as stored in IndexedDB (the data layer's truth, not the screen). */
async function storedActuals(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('target-board');
        open.onerror = () => {
          reject(new Error('open failed'));
        };
        open.onsuccess = () => {
          const get = open.result
            .transaction('versions')
            .objectStore('versions')
            .get('dataset:progress-actuals');
          get.onsuccess = () => {
            const record = get.result as
              { active: string | null; versions: Array<{ id: string; text: string }> } | undefined;
            resolve(record?.versions.find((v) => v.id === record.active)?.text ?? '');
            open.result.close();
          };
        };
      }),
  );
}

async function choose(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  await expect(page.getByTestId('import-preview')).toBeVisible();
}

async function preview(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.getByTestId('open-import').click();
  await choose(page, name, bytes);
}

async function applyAndClose(page: Page): Promise<void> {
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-applied')).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await clearImports(page);
});

test('finding 1: after a reload on the overview, a merge is compared against the stored table', async ({
  page,
}) => {
  await page.goto('./?view=progress');
  await preview(page, '2022.csv', file(row(2022, 1600)));
  await applyAndClose(page);
  // The credit view never loads the actuals table: the page holds nothing to compare against.
  await page.goto('./?view=credit');
  await preview(page, '2023.csv', file(row(2023, 1610)));
  await expect(page.getByTestId('import-summary')).toContainText('新增 1 行 · 删除 0 行 · 未变 1 行');
  await applyAndClose(page);
  const stored = await storedActuals(page);
  expect(stored).toContain(',2022,1600,');
  expect(stored).toContain(',2023,1610,');
});

test("finding 2: two tabs — a preview is refreshed by the other tab's apply, and nothing is lost", async ({
  page,
  context,
}) => {
  await page.goto('./?view=progress');
  await preview(page, 'A-2023.csv', file(row(2023, 1610)));
  const other = await context.newPage();
  await other.goto('./?view=progress');
  await preview(other, 'B-2022.csv', file(row(2022, 1600)));
  await applyAndClose(other);
  // Tab A hears tab B's change and compares again, saying why.
  await expect(page.getByTestId('import-notice')).toContainText('预览已按最新数据重新比较');
  await expect(page.getByTestId('import-summary')).toContainText('新增 1 行 · 删除 0 行 · 未变 1 行');
  await applyAndClose(page);
  const stored = await storedActuals(page);
  expect(stored).toContain(',2022,1600,');
  expect(stored).toContain(',2023,1610,');
});

test("finding 2: undo after another tab applied is refused with a reason, keeping that tab's rows", async ({
  page,
  context,
}) => {
  await page.goto('./?view=progress');
  await preview(page, 'A-2022.csv', file(row(2022, 1600)));
  await applyAndClose(page);
  const other = await context.newPage();
  await other.goto('./?view=progress');
  await preview(other, 'B-2023.csv', file(row(2023, 1610)));
  await applyAndClose(other);
  await page.getByTestId('import-undo').click();
  await expect(page.getByTestId('import-undo-refused')).toContainText('撤销未执行');
  expect(await storedActuals(page)).toContain(',2023,1610,');
});

test('finding 3: restore the oldest kept version, import again — undo still works, the user was told what is dropped', async ({
  page,
}) => {
  // Ten imports and a restore: more steps than the default 30 s allows on a shared machine.
  test.setTimeout(120_000);
  await page.goto('./?view=progress');
  await page.getByTestId('open-import').click();
  for (let year = 2011; year <= 2020; year += 1) {
    await choose(page, `${year}.csv`, file(row(year, year - 400)));
    await applyAndClose(page);
    await page.getByRole('button', { name: '再导入一个文件' }).click();
  }
  const select = page.getByTestId('dataset-progress-actuals').locator('select');
  await select.selectOption({ label: await select.locator('option').last().innerText() });
  await page.getByTestId('dataset-progress-actuals').getByRole('button', { name: '使用此版本' }).click();
  await expect(page.getByTestId('dataset-progress-actuals').getByTestId('dataset-version')).toContainText(
    '2011.csv',
  );
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: '2021.csv', mimeType: 'text/csv', buffer: file(row(2021, 1621)) });
  await expect(page.getByTestId('import-drops')).toContainText('2012.csv');
  await applyAndClose(page);
  await page.getByTestId('import-undo').click();
  await expect(page.getByTestId('import-undo-refused')).toHaveCount(0);
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  expect(await storedActuals(page)).toContain(',2011,1611,');
});

test('finding 10: IndexedDB that never answers — the views draw the served data and say so', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // A stuck profile that holds imports: its database is listed, open() returns a request that never fires.
    Object.defineProperty(IDBFactory.prototype, 'databases', {
      value: () => Promise.resolve([{ name: 'target-board', version: 1 }]),
    });
    Object.defineProperty(IDBFactory.prototype, 'open', { value: () => ({}) as IDBOpenDBRequest });
  });
  await page.goto('./?view=overview');
  await expect(page.getByTestId('storage-notice')).toBeVisible({ timeout: 15_000 });
  await expectChartsReady(page, []);
  await expect(page.getByText('正在加载')).toHaveCount(0);
});

test('a first visit draws the served data without creating the version database; the import dialog then opens it', async ({
  page,
}) => {
  await page.goto('./?view=ip');
  await expectChartsReady(page, []);
  const names = (): Promise<string[]> =>
    page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
  expect(await names()).not.toContain('target-board');
  await page.getByTestId('open-import').click();
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  await expect.poll(names).toContain('target-board');
});
