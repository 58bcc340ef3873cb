/**
 * axe-core over every view, the county panels and English, after the charts have drawn: no
 * serious or critical violation. Minor and moderate ones are printed, not failed, so they stay
 * visible in the log. No rule is disabled.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openSettled, openTables, QUALITY_PAGES } from './quality-support';

const BLOCKING = new Set(['serious', 'critical']);

for (const { name, query } of QUALITY_PAGES) {
  test(`axe: ${name} has no serious or critical violation`, async ({ page }) => {
    await openSettled(page, query);
    // Tables are the charts' accessible alternative: check them open too.
    await openTables(page);
    const results = await new AxeBuilder({ page }).analyze();
    const described = results.violations.map(
      (v) =>
        `${v.impact ?? 'unknown'} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
    const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
    const others = described.filter((_, i) => !BLOCKING.has(results.violations[i]?.impact ?? ''));
    if (others.length > 0) console.log(`axe ${name} (not failing):\n  ${others.join('\n  ')}`);
    expect(blocking.map((v) => described[results.violations.indexOf(v)])).toEqual([]);
  });
}
