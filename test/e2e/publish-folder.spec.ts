/**
 * The File System Access route, with Chromium's origin-private file system standing in for the
 * data folder a staff member would pick (a picker cannot be clicked in a headless test): the
 * handle is stored where the app keeps a picked folder, then the dialog publishes into it — whole
 * file, history copy, log — and refuses when the file changed after the preview.
 */
import { expect, test, type Page } from '@playwright/test';
import { dataFileText } from './support';

// Several page loads and a worker per test: more than the default 30 s on a busy machine.
test.setTimeout(60_000);

const FILE = 'ip-indicators.csv';
const ROW = 'ip_advantage_firms,知识产权优势企业数量,家,510,';
const withTarget = (value: string): string => dataFileText(FILE).replace(`${ROW}1000`, `${ROW}${value}`);

/** An OPFS folder `data/` holding the embedded file, kept as the app's picked data folder. */
async function seedFolder(page: Page, original: string): Promise<void> {
  await page.evaluate(
    async ({ file, text }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry('data', { recursive: true }).catch(() => undefined);
      const data = await root.getDirectoryHandle('data', { create: true });
      const writable = await (await data.getFileHandle(file, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onupgradeneeded = () => {
          open.result.createObjectStore('keyval');
        };
        open.onsuccess = () => {
          const tx = open.result.transaction('keyval', 'readwrite');
          tx.objectStore('keyval').put(data, 'target-board-publish-folder');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => {
            reject(tx.error ?? new Error('idb'));
          };
        };
        open.onerror = () => {
          reject(open.error ?? new Error('idb'));
        };
      });
    },
    { file: FILE, text: original },
  );
}

function readFolder(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle instanceof FileSystemDirectoryHandle) await walk(handle, `${prefix}${name}/`);
        else if (handle instanceof FileSystemFileHandle)
          out[`${prefix}${name}`] = await (await handle.getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('data'), '');
    return out;
  });
}

async function preview(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('open-import').click();
  await page
    .getByTestId('file-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await expect(page.getByTestId('publish-route')).toContainText('数据文件夹');
  await expect(page.getByTestId('publish-base')).toBeVisible();
}

test('publishes into the picked folder: the whole file, the old one in history/, the log', async ({
  page,
}) => {
  await page.goto('./');
  const original = dataFileText(FILE);
  await seedFolder(page, original);
  await page.goto('./?view=ip');
  await preview(page, '指标.csv', withTarget('4321'));
  await page.getByTestId('publish-by').fill('钱七');
  await page.getByTestId('publish-button').click();
  await expect(page.getByTestId('publish-done')).toContainText('已生效');
  const folder = await readFolder(page);
  expect(folder[FILE]).toContain(`${ROW}4321`);
  const copies = Object.keys(folder).filter((p) => /^history\/ip-indicators\.\d{8}T\d{9}Z\.csv$/.test(p));
  expect(copies).toHaveLength(1);
  expect(folder[copies[0] ?? '']).toBe(original);
  const log = JSON.parse(folder['history/publications.json'] ?? '{}') as {
    entries: Record<string, unknown>[];
  };
  expect(log.entries).toMatchObject([
    { file: FILE, publishedBy: '钱七', replaced: copies[0], via: 'folder' },
  ]);
  await expect(page.getByTestId('publication').first()).toContainText('钱七');
});

test('refuses when the file in the folder changed after the preview', async ({ page }) => {
  await page.goto('./');
  await seedFolder(page, dataFileText(FILE));
  await page.goto('./?view=ip');
  await preview(page, '指标.csv', withTarget('5555'));
  // Someone else writes the file in the folder after the preview was shown.
  await page.waitForTimeout(20);
  await page.evaluate(
    async ({ file, text }) => {
      const data = await (await navigator.storage.getDirectory()).getDirectoryHandle('data');
      const writable = await (await data.getFileHandle(file)).createWritable();
      await writable.write(text);
      await writable.close();
    },
    { file: FILE, text: withTarget('7777') },
  );
  await page.getByTestId('publish-button').click();
  await expect(page.getByTestId('publish-error')).toContainText('别人已经修改了服务器上的这个文件');
  const folder = await readFolder(page);
  expect(folder[FILE]).toContain(`${ROW}7777`);
  expect(Object.keys(folder).filter((p) => p.startsWith('history/'))).toEqual([]);
});

test('with no writable server or folder: the exact file name to download and three lines on where it goes', async ({
  page,
}) => {
  await page.goto('./?view=ip');
  await page.getByTestId('open-import').click();
  await page.getByTestId('file-input').setInputFiles({
    name: '指标（修订）.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(withTarget('6666')),
  });
  const route = page.getByTestId('publish-download');
  await expect(route.locator('li')).toHaveCount(3);
  await expect(route.locator('li').first()).toContainText(FILE);
  await expect(page.getByTestId('publish-pick-folder')).toBeVisible();
  await expect(page.getByTestId('publish-button')).toHaveCount(0);
  await page.setViewportSize({ width: 1366, height: 768 });
  await route.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/publish-download-1366.png' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('publish-download-button').click(),
  ]);
  expect(download.suggestedFilename()).toBe(FILE);
  const text = await new Response((await download.createReadStream()) as unknown as ReadableStream).text();
  expect(text).toContain(`${ROW}6666`);
  expect(text.split('\r\n')[0]).toBe(dataFileText(FILE).split(/\r?\n/)[0]);
});
