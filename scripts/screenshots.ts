/**
 * Screenshots of views for review: `npx tsx scripts/screenshots.ts [BASE_URL] [QUERY...]`.
 * Starts nothing itself: point it at `npm run preview` (default http://127.0.0.1:4173/). Writes
 * test-results/screenshots/<query>-<width>.png at 1920×1080 and 1366×768, full page, after every
 * chart on the page reports ready.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const;
const DEFAULT_QUERIES = [
  '',
  '?view=black-soil',
  '?view=counties',
  '?view=ip',
  '?view=credit',
  '?view=grain',
  '?view=progress',
];

function fileNameOf(query: string, width: number): string {
  const slug = query.replace(/^\?/, '').replace(/[^a-zA-Z0-9=_-]+/g, '_') || 'overview';
  return `test-results/screenshots/${slug}-${width}.png`;
}

async function main(): Promise<void> {
  const [base = 'http://127.0.0.1:4173/', ...rest] = process.argv.slice(2);
  const queries = rest.length > 0 ? rest : DEFAULT_QUERIES;
  mkdirSync('test-results/screenshots', { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: size });
    for (const query of queries) {
      await page.goto(`${base}${query}`);
      await page
        .waitForFunction(
          () => {
            const charts = [...document.querySelectorAll('[data-chart-ready]')];
            return charts.length > 0 && charts.every((c) => c.getAttribute('data-chart-ready') === 'true');
          },
          undefined,
          { timeout: 15_000 },
        )
        .catch(() => {
          console.warn(`charts not ready: ${query}`);
        });
      const file = fileNameOf(query, size.width);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
  await browser.close();
}

await main();
