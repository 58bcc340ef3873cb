/**
 * The import preview tells the truth first: a GBK file in the gazette's layout (no 所属市 column)
 * updating one county lists exactly the cells it changes — counted from the two tables — and
 * nothing "→ （空）"; one unclosed quote is one error with the cell shortened; codes sit in a
 * details line; undo and reset say what they did.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeGbk } from '../support/gbk';
import { gazetteCountyUpdate } from '../support/gazette-update';
import { ALLOCATION_FILE, clearImports, dataFileText } from './support';

async function openWith(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.goto('./?view=counties');
  await page.getByTestId('open-import').click();
  await page
    .getByTestId('file-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
  await expect(page.getByTestId('import-preview')).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await clearImports(page);
});

test('a gazette-layout GBK update of one county lists exactly its changed cells, then undo says so', async ({
  page,
}) => {
  const update = gazetteCountyUpdate(dataFileText(ALLOCATION_FILE), '宾县');
  await openWith(page, '附件1（修订）.csv', encodeGbk(update.text));
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-summary')).toContainText(`修改 ${update.changes.length} 个单元格`);
  const rows = dialog.getByTestId('import-changes').locator('tbody tr');
  await expect(rows).toHaveCount(update.changes.length);
  expect(update.changes).toHaveLength(9);
  await expect(dialog).not.toContainText('（空）');
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
  );
  for (const [region, header, before, after] of update.changes) {
    expect(shown).toContainEqual([region, header, `${before} → ${after}`, expect.any(String)]);
  }
  await page.screenshot({ path: '/work/coord/shots/phone/import-preview-gazette.png', fullPage: true });
  await dialog.getByTestId('import-apply').click();
  await dialog.getByTestId('import-undo').click();
  await expect(dialog.getByTestId('import-undone')).toContainText('已撤销导入“附件1（修订）.csv”');
});

test('one unclosed quote is one error at its line with the cell shortened; the code is in a details line', async ({
  page,
}) => {
  const lines = dataFileText(ALLOCATION_FILE).split('\n');
  const at = lines.findIndex((l) => l.startsWith('宾县,'));
  lines[at] = (lines[at] ?? '').replace('宾县,', '"宾县,');
  await openWith(page, 'broken.csv', new TextEncoder().encode(lines.join('\n')));
  const errors = page.getByTestId('import-errors').locator('tbody tr');
  await expect(errors).toHaveCount(1);
  await expect(errors.locator('td').first()).toHaveText(String(at + 1));
  const cell = (await errors.locator('.import-cell').textContent()) ?? '';
  expect(cell.length).toBeLessThan(60);
  await expect(errors.locator('details.issue-details')).not.toHaveAttribute('open');
  await expect(errors.locator('details.issue-details code')).toHaveText('parse-error');
});

test('a reset to the embedded data says what it did', async ({ page }) => {
  const update = gazetteCountyUpdate(dataFileText(ALLOCATION_FILE), '宾县');
  await openWith(page, '附件1（修订）.csv', encodeGbk(update.text));
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-apply').click();
  await expect(dialog.getByTestId('import-applied')).toBeVisible();
  await page
    .getByTestId('dataset-black-soil-allocation')
    .getByRole('button', { name: '恢复内置数据' })
    .click();
  await expect(dialog.getByTestId('versions-done')).toContainText('内置数据');
});
