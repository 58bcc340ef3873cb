/**
 * The built app carries its Content-Security-Policy (scripts only from its own origin, no inline
 * script anywhere in index.html), the browser enforces it, and the PNG export works under it.
 * That no view, panel, table or tooltip trips it is checked page by page in xss.spec.ts, with
 * hostile data loaded.
 */
import { expect, test } from '@playwright/test';
import { cardOf, expectChartsReady } from './support';
import { cspViolations, openSettled, recordCspViolations } from './quality-support';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );
}

test('index.html sets script-src self, no inline script, no plugins, no base hijack', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const csp = directives(policy);
  expect(csp.get('script-src')).toBe("'self'");
  expect(csp.get('style-src')).toBe("'self'");
  expect(csp.get('object-src')).toBe("'none'");
  expect(csp.get('base-uri')).toBe("'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  // The policy must come before anything it governs.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  expect(html).not.toMatch(/<script\b(?![^>]*\ssrc=)[^>]*>/i);
});

test('the browser enforces it: injected inline script and inline style are refused', async ({ page }) => {
  await recordCspViolations(page);
  await openSettled(page, '?view=overview');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    document.body.insertAdjacentHTML('beforeend', '<p id="styled" style="color: rgb(255, 0, 0)">x</p>');
    return 'inlineRan' in window || '__inlineRan' in window;
  });
  expect(ran).toBe(false);
  await expect(page.locator('#styled')).not.toHaveCSS('color', 'rgb(255, 0, 0)');
  const violations = await cspViolations(page);
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(violations.some((v) => v.startsWith('style-src'))).toBe(true);
});

test('no CSP violation: PNG export (the chart rasterised through a blob: image)', async ({ page }) => {
  await recordCspViolations(page);
  await openSettled(page, '?view=counties');
  await expectChartsReady(page, ['county-ranking-chart']);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    cardOf(page, 'county-ranking-chart').getByRole('button', { name: '导出 PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  expect(await cspViolations(page)).toEqual([]);
});
