/**
 * The wall's slides without a chart (规划目标总览 overview, 粮食和畜牧 grain) use the stage, measured
 * in the page at 1920×1080 (dark and light) and 3840×2160: what is drawn (texts, panels) spans
 * ≥ 85 % of the stage's width and height, no empty rectangle larger than 8 % of the stage is left
 * (before: a band under the figures of 35 % of the stage on the grain slide, 15 % on the
 * overview), headline figures ≥ 64 px and every text ≥ 24 px in stage pixels, no text over
 * another, nothing cut off or outside the stage. Screenshots land in test-results/wall-slides/.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  largestEmptyArea,
  outsideStage,
  panelBoxes,
  slideText,
  spanOfStage,
  textOverlaps,
} from './slide-geometry';
import { watchErrors } from './support';

const SHOTS = 'test-results/wall-slides';
const SCREENS = [
  { name: '1080p', width: 1920, height: 1080, query: '' },
  { name: '2160p', width: 3840, height: 2160, query: '' },
  { name: '1080p-light', width: 1920, height: 1080, query: '&theme=light' },
] as const;
const SLIDES = ['grain', 'overview'] as const;

for (const id of SLIDES) {
  for (const screen of SCREENS) {
    test(`wall ${id} slide ${screen.name}: content uses the stage, large type, nothing overlaps or is cut off`, async ({
      browser,
    }) => {
      mkdirSync(SHOTS, { recursive: true });
      const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`/?mode=wall&slides=${id}&seconds=600${screen.query}`);
      const slide = page.getByTestId(`wall-slide-${id}`);
      await expect(slide).toHaveAttribute('data-slide-ready', 'true', { timeout: 15_000 });
      // Past the half-second fade.
      await page.waitForTimeout(700);
      await page.screenshot({ path: `${SHOTS}/${id}-${screen.name}.png` });

      const text = await slideText(slide);
      const boxes = [...text.boxes, ...(await panelBoxes(slide))];
      const span = spanOfStage(boxes, text.stage);
      expect(span.width, 'content spans the stage width').toBeGreaterThanOrEqual(0.85);
      expect(span.height, 'content spans the stage height').toBeGreaterThanOrEqual(0.85);
      expect(largestEmptyArea(boxes, text.stage), 'largest empty rectangle / stage').toBeLessThanOrEqual(
        0.08,
      );

      const sizes = await slide.evaluate((root) => {
        const px = (el: Element): number => Number.parseFloat(getComputedStyle(el).fontSize);
        const texts = [...root.querySelectorAll('*')].filter((el) =>
          [...el.childNodes].some(
            (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
          ),
        );
        return {
          smallest: Math.min(...texts.map(px)),
          figures: [...root.querySelectorAll('[data-testid="wall-number"]')].map(px),
        };
      });
      // Font sizes are in stage pixels (the stage is scaled as a whole).
      expect(sizes.figures.length).toBeGreaterThanOrEqual(5);
      for (const size of sizes.figures) expect(size).toBeGreaterThanOrEqual(64);
      expect(sizes.smallest).toBeGreaterThanOrEqual(24);

      expect(textOverlaps(text.boxes)).toEqual([]);
      expect(text.truncated).toEqual([]);
      expect(outsideStage(text)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
}
