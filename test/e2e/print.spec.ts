/**
 * Paper: each view printed by Chromium to an A4 PDF (page.pdf). No app chrome (navigation,
 * buttons, filter form) on paper; every page cites its source; no card split across pages —
 * each card's title and its own source line land on the same page. PDF pages are rendered with
 * pdftoppm to test-results/print/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { VIEW_CASES, expectChartsReady } from './support';

const OUT = 'test-results/print';

function pageTexts(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? '0');
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']).toString());
}

const squash = (text: string): string => text.replace(/\s+/g, '');

for (const c of VIEW_CASES.filter((v) => v.cites !== false && v.view !== 'progress')) {
  test(`prints ${c.view} to A4 without chrome, every page citing its source, no card split`, async ({ page }) => {
    mkdirSync(OUT, { recursive: true });
    await page.goto(`./?view=${c.view}`);
    await expect(c.loaded(page)).toBeVisible();
    await expectChartsReady(page, c.charts);
    const titles = await page.locator('section.panel h2').allTextContents();
    await page.emulateMedia({ media: 'print' });
    const pdf = `${OUT}/${c.view}.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', ['-r', '50', '-png', pdf, `${OUT}/${c.view}`]);
    const pages = pageTexts(pdf).map(squash);
    expect(pages.length).toBeGreaterThan(0);
    for (const [i, text] of pages.entries()) {
      expect(text, `page ${i + 1}`).toContain('来源：');
      expect(text, `page ${i + 1}`).not.toContain('导入数据');
      expect(text, `page ${i + 1}`).not.toContain('导出CSV');
    }
    // A card's title and its source line (the card's last line) on one page: the card is whole.
    for (const title of titles) {
      const at = pages.findIndex((p) => p.includes(squash(title)));
      expect(at, `card "${title}" printed`).toBeGreaterThanOrEqual(0);
      const rest = (pages[at] ?? '').slice((pages[at] ?? '').indexOf(squash(title)));
      expect(rest, `card "${title}" ends on its page`).toContain('来源：');
    }
  });
}
