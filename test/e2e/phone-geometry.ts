/**
 * Geometry checks run in the page: text boxes of a chart that overlap each other (SVG text and
 * legend items), and elements wider than the viewport. Kept apart from the specs so the phone and
 * print specs share one definition of "overlap".
 */
import type { Locator, Page } from '@playwright/test';

export interface Overlap {
  readonly a: string;
  readonly b: string;
}

/**
 * Pairs of visible SVG text boxes in a chart that intersect by more than a pixel each way.
 * Legend symbols count too (paths inside legend groups are text-like marks). Texts inside one
 * another (a rich-text label's parts) share a parent group and are not compared.
 */
export async function chartTextOverlaps(chart: Locator): Promise<Overlap[]> {
  return chart.evaluate((root) => {
    const boxes = [...root.querySelectorAll('svg text')].flatMap((node) => {
      const text = node.textContent.trim();
      if (text === '') return [];
      const style = getComputedStyle(node);
      if (
        style.visibility === 'hidden' ||
        style.display === 'none' ||
        Number(node.getAttribute('opacity') ?? '1') === 0
      )
        return [];
      // What is seen of the text: its box cut by the clip paths around it (a scrolling legend
      // clips the entries of its other pages; they are in the DOM but not on screen).
      let { left, top, right, bottom } = node.getBoundingClientRect();
      for (let el: Element | null = node; el && el !== root; el = el.parentElement) {
        const ref = /url\(["']?#([^"')]+)/.exec(el.getAttribute('clip-path') ?? '')?.[1];
        const clip = ref
          ? root.querySelector(`[id="${ref}"]`)?.firstElementChild?.getBoundingClientRect()
          : undefined;
        if (!clip) continue;
        left = Math.max(left, clip.left);
        top = Math.max(top, clip.top);
        right = Math.min(right, clip.right);
        bottom = Math.min(bottom, clip.bottom);
      }
      if (right - left <= 0 || bottom - top <= 0) return [];
      return [{ text, box: { left, top, right, bottom }, parent: node.parentElement }];
    });
    const overlaps: { a: string; b: string }[] = [];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const p = boxes[i];
        const q = boxes[j];
        if (!p || !q || p.parent === q.parent) continue;
        const x = Math.min(p.box.right, q.box.right) - Math.max(p.box.left, q.box.left);
        const y = Math.min(p.box.bottom, q.box.bottom) - Math.max(p.box.top, q.box.top);
        if (x > 1 && y > 1) overlaps.push({ a: p.text, b: q.text });
      }
    }
    return overlaps;
  });
}

/** Elements whose right edge passes the viewport (ignoring ones inside a scrolling container). */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element | null): boolean => {
      for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')].flatMap((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1 || scrolls(el)) return [];
      return [`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(box.right)}`];
    });
  });
}
