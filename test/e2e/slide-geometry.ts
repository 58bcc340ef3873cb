/**
 * Where every text of a wall slide is drawn, measured in the page: HTML text nodes (one box per
 * line they take) and the chart's SVG texts, with the clock above them. Used to check from the
 * test what a viewer sees from across a room: no text over another, no word broken over two
 * lines, nothing cut off ("…") or outside the stage.
 *
 * Boxes are the em box of the glyphs (font size tall, on the text's own middle), not the content
 * area: a 112-pixel figure's content area reaches far above its digits, and that is not overlap.
 */
import type { Locator } from '@playwright/test';

export interface TextBox {
  readonly text: string;
  readonly kind: 'html' | 'svg';
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  /** The node's index: the lines of one wrapped text node share it and are not compared. */
  readonly node: number;
}

export interface SlideText {
  readonly boxes: readonly TextBox[];
  /** HTML texts taking more than one line: "已实 / 现" is read as two words. */
  readonly wrapped: readonly string[];
  /** Texts whose element cuts them off with an ellipsis (scrollWidth past clientWidth). */
  readonly truncated: readonly string[];
  readonly stage: {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly scale: number;
  };
}

export async function slideText(slide: Locator): Promise<SlideText> {
  return slide.evaluate((root) => {
    const stageEl = root.closest('[data-testid="wall-stage"]') ?? root;
    const stageBox = stageEl.getBoundingClientRect();
    const scale = stageBox.width / 1920;
    const boxes: TextBox[] = [];
    const wrapped: string[] = [];
    const truncated: string[] = [];
    const visible = (el: Element): boolean => {
      const style = getComputedStyle(el);
      return (
        style.visibility !== 'hidden' && style.display !== 'none' && el.closest('.visually-hidden') === null
      );
    };
    const emBox = (
      rect: DOMRect,
      fontPx: number,
    ): { left: number; top: number; right: number; bottom: number } => {
      const middle = (rect.top + rect.bottom) / 2;
      const half = Math.min(rect.height, fontPx * scale) / 2;
      return { left: rect.left, top: middle - half, right: rect.right, bottom: middle + half };
    };
    let node = 0;
    const clock = stageEl.querySelector('.wall-clock');
    for (const container of [root, ...(clock ? [clock] : [])]) {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const el = t.parentElement;
        const text = (t.textContent ?? '').trim();
        if (!el || text === '' || el.closest('svg') || !visible(el)) continue;
        const range = document.createRange();
        range.selectNodeContents(t);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        const fontPx = Number.parseFloat(getComputedStyle(el).fontSize);
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size > 1) wrapped.push(text);
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).textOverflow === 'ellipsis')
          truncated.push(text);
        node += 1;
        for (const r of rects)
          boxes.push({ text: text.slice(0, 40), kind: 'html', node, ...emBox(r, fontPx) });
      }
    }
    for (const t of root.querySelectorAll('svg text')) {
      const text = t.textContent.trim();
      if (text === '' || !visible(t) || Number(t.getAttribute('opacity') ?? '1') === 0) continue;
      node += 1;
      boxes.push({
        text: text.slice(0, 40),
        kind: 'svg',
        node,
        ...emBox(t.getBoundingClientRect(), Number.parseFloat(getComputedStyle(t).fontSize)),
      });
    }
    return {
      boxes,
      wrapped,
      truncated,
      stage: {
        left: stageBox.left,
        top: stageBox.top,
        right: stageBox.right,
        bottom: stageBox.bottom,
        scale,
      },
    };
  });
}

/** Pairs of texts from different nodes whose boxes intersect by more than a pixel each way. */
export function textOverlaps(boxes: readonly TextBox[]): string[] {
  const found: string[] = [];
  boxes.forEach((p, i) => {
    for (const q of boxes.slice(i + 1)) {
      if (p.node === q.node) continue;
      const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
      const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
      if (x > 1 && y > 1) found.push(`${p.text} × ${q.text}`);
    }
  });
  return found;
}

/** Texts drawn (partly) outside the stage. */
export function outsideStage(text: SlideText): string[] {
  const { stage } = text;
  return text.boxes
    .filter(
      (b) =>
        b.left < stage.left - 1 ||
        b.right > stage.right + 1 ||
        b.top < stage.top - 1 ||
        b.bottom > stage.bottom + 1,
    )
    .map((b) => b.text);
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * What a viewer sees as content besides text: panels with a background of their own and the
 * charts. An empty stretch of background between them is what the stage-use checks look for.
 */
export async function panelBoxes(slide: Locator): Promise<Box[]> {
  return slide.evaluate((root) =>
    [...root.querySelectorAll('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const painted = !/rgba\(.*,\s*0\)$|transparent/.test(style.backgroundColor);
        return style.visibility !== 'hidden' && (painted || el.classList.contains('wall-chart'));
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      })
      .filter((b) => b.right > b.left && b.bottom > b.top),
  );
}

/** The boxes' union bounding box as fractions of the stage's width and height. */
export function spanOfStage(boxes: readonly Box[], stage: Box): { width: number; height: number } {
  const left = Math.max(stage.left, Math.min(...boxes.map((b) => b.left)));
  const right = Math.min(stage.right, Math.max(...boxes.map((b) => b.right)));
  const top = Math.max(stage.top, Math.min(...boxes.map((b) => b.top)));
  const bottom = Math.min(stage.bottom, Math.max(...boxes.map((b) => b.bottom)));
  return {
    width: (right - left) / (stage.right - stage.left),
    height: (bottom - top) / (stage.bottom - stage.top),
  };
}

/**
 * The largest axis-aligned rectangle of the stage that no box touches, as a fraction of the
 * stage's area: the stage is cut into cells of 1/96 of its width, a cell is empty when its middle
 * lies in no box, and the largest rectangle of empty cells is found row by row (histogram method).
 */
export function largestEmptyArea(boxes: readonly Box[], stage: Box): number {
  const cell = (stage.right - stage.left) / 96;
  const cols = 96;
  const rows = Math.round((stage.bottom - stage.top) / cell);
  const heights = new Array<number>(cols).fill(0);
  let best = 0;
  for (let r = 0; r < rows; r += 1) {
    const y = stage.top + (r + 0.5) * cell;
    for (let c = 0; c < cols; c += 1) {
      const x = stage.left + (c + 0.5) * cell;
      const covered = boxes.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
      heights[c] = covered ? 0 : (heights[c] ?? 0) + 1;
    }
    const stack: number[] = [];
    for (let c = 0; c <= cols; c += 1) {
      const h = c < cols ? (heights[c] ?? 0) : 0;
      while (stack.length > 0 && (heights[stack[stack.length - 1] ?? 0] ?? 0) >= h) {
        const top = heights[stack.pop() ?? 0] ?? 0;
        const width = stack.length === 0 ? c : c - (stack[stack.length - 1] ?? 0) - 1;
        best = Math.max(best, top * width);
      }
      stack.push(c);
    }
  }
  return best / (cols * rows);
}
