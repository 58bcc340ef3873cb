/**
 * Initial JavaScript, gzipped (gzip -9, kB = 1000 bytes), two ways:
 * - from the built files (./bundle.ts): what any first view must download; the CI gate.
 * - in Chromium: every script response of a cold load, per view opened by link, until the view
 *   has drawn its charts and the network is idle. The overview is the default first view; the
 *   others show what a link straight to a chart view costs (their ECharts chunk included).
 */
import type { Browser } from '@playwright/test';
import { launchChromium, VIEWPORT } from './browser';
import { gzipSize, initialChunks, INITIAL_JS_BUDGET_KB, totalKb } from './bundle';
import { atMost, round, type BenchResult } from './result';

export function measureInitialJsStatic(distDir: string): BenchResult {
  const chunks = initialChunks(distDir);
  return atMost('initial-js.static', totalKb(chunks), 'kB', INITIAL_JS_BUDGET_KB, {
    note: `entry + static imports in the build (${chunks.length} chunks); the CI gate`,
  });
}

const VIEWS = ['overview', 'black-soil', 'counties', 'ip', 'credit', 'grain', 'progress'] as const;

/** gzip -9 of every script body Chromium receives while the view loads by link, cold. */
async function scriptKbOf(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') sizes.push(response.body().then(gzipSize));
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-chart-ready]')].every(
        (c) => c.getAttribute('data-chart-ready') === 'true',
      ),
    );
    await page.waitForLoadState('networkidle');
    return round((await Promise.all(sizes)).reduce((a, b) => a + b, 0) / 1000);
  } finally {
    await context.close();
  }
}

export async function measureInitialJsInBrowser(appUrl: string): Promise<BenchResult[]> {
  const browser = await launchChromium();
  try {
    const results: BenchResult[] = [];
    for (const view of VIEWS) {
      const kb = await scriptKbOf(browser, `${appUrl}?view=${view}`);
      results.push(
        view === 'overview'
          ? atMost('initial-js.overview', kb, 'kB', INITIAL_JS_BUDGET_KB, {
              note: 'downloaded by Chromium for the default first view',
            })
          : {
              name: `js-by-link.${view}`,
              value: kb,
              unit: 'kB',
              note: `downloaded when a link opens ?view=${view} first (its chunk, ECharts if it imports it)`,
            },
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}
