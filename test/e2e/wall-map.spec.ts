/**
 * The wall's map slide as a viewer three metres away sees it, measured in the page: the map
 * takes more than half the stage, the leading counties are listed beside it (names and figures
 * from data/), no county name is drawn over another (em boxes of the SVG texts, slide-geometry),
 * and every county name reaches 4.5:1 (WCAG) against the fill drawn under it and against its
 * halo — colours read from the rendered SVG and the ratio computed here, not taken from the code.
 * Screenshots land in test-results/wall-map/.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { outsideStage, slideText, textOverlaps } from './slide-geometry';
import {
  ALLOCATION_FILE,
  columnDecimals,
  countyValues,
  formatFixed,
  ranked,
  readCsv,
  watchErrors,
} from './support';

const SHOTS = 'test-results/wall-map';
const METRIC_COLUMN = '示范区面积（万亩）';
const COUNTIES = countyValues(ALLOCATION_FILE, METRIC_COLUMN);
/** The app shows a metric at the most decimals its column prints. */
const DECIMALS = columnDecimals(readCsv(ALLOCATION_FILE).map((row) => row[METRIC_COLUMN] ?? ''));
const NAMES = COUNTIES.map((c) => c.name);

interface Label {
  readonly text: string;
  /** The text's own fill and halo (stroke), and the fill of the topmost shape under its middle. */
  readonly color: string;
  readonly halo: string;
  readonly under: string | null;
}

/** Each county name drawn on the map, with the colours a viewer sees around it. */
async function mapLabels(map: Locator, names: readonly string[]): Promise<Label[]> {
  return map.evaluate(
    (figure, known) => {
      const svg = figure.querySelector('svg');
      if (!svg) return [];
      const visible = (el: Element): boolean =>
        getComputedStyle(el).visibility !== 'hidden' && Number(el.getAttribute('opacity') ?? '1') > 0;
      return [...svg.querySelectorAll('text')]
        .filter((t) => known.includes(t.textContent.trim()) && visible(t))
        .map((t) => {
          const box = t.getBoundingClientRect();
          const stack = document.elementsFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
          const shape = stack.find(
            (el) =>
              el.tagName === 'path' &&
              svg.contains(el) &&
              !['none', 'transparent'].includes(getComputedStyle(el).fill) &&
              !/rgba\(.*,\s*0\)$/.test(getComputedStyle(el).fill),
          );
          const style = getComputedStyle(t);
          return {
            text: t.textContent.trim(),
            color: style.fill,
            halo: style.stroke,
            under: shape ? getComputedStyle(shape).fill : null,
          };
        });
    },
    [...names],
  );
}

/** "rgb(r, g, b)" / "rgba(…)" / "#rrggbb" → channels 0–255. */
function channels(css: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const n = Number.parseInt(hex[1] ?? '0', 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const parts =
    /rgba?\(([^)]+)\)/
      .exec(css)?.[1]
      ?.split(',')
      .map((p) => Number.parseFloat(p)) ?? [];
  if (parts.length < 3 || parts.slice(0, 3).some((p) => Number.isNaN(p)))
    throw new Error(`not a colour: ${css}`);
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}

/** WCAG 2.x relative luminance and contrast ratio, written out here on purpose (not the app's). */
function luminance(css: string): number {
  const [r, g, b] = channels(css).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

async function openMapSlide(page: Page, query: string): Promise<Locator> {
  await page.goto(`/?mode=wall&slides=map&seconds=600${query}`);
  const slide = page.getByTestId('wall-slide-map');
  await expect(slide).toHaveAttribute('data-slide-ready', 'true', { timeout: 15_000 });
  const map = page.getByTestId('wall-chart-map');
  await expect(map).toHaveAttribute('data-chart-ready', 'true', { timeout: 15_000 });
  // Past the half-second fade.
  await page.waitForTimeout(700);
  return slide;
}

const SCREENS = [
  { name: '1080p', width: 1920, height: 1080, query: '' },
  { name: '2160p', width: 3840, height: 2160, query: '' },
  { name: '1080p-light', width: 1920, height: 1080, query: '&theme=light' },
] as const;

for (const screen of SCREENS) {
  test(`wall map ${screen.name}: more than half the stage, top counties beside it, names apart and at ≥ 4.5:1 on their fills`, async ({
    browser,
  }) => {
    mkdirSync(SHOTS, { recursive: true });
    const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const slide = await openMapSlide(page, screen.query);
    await page.screenshot({ path: `${SHOTS}/${screen.name}.png` });
    const map = page.getByTestId('wall-chart-map');

    // The map's column is more than half the stage's width and its shapes fill the column's
    // height (a province about as tall as it is wide cannot cover half a 16:9 stage's area under
    // a title; before, the shapes took 36 % × 71 % of it, centred in a wider chart).
    const geometry = await map.evaluate((figure) => {
      const stage = figure.closest('[data-testid="wall-stage"]')?.getBoundingClientRect();
      const paths = [...figure.querySelectorAll('svg path')]
        .map((p) => p.getBoundingClientRect())
        .filter((r) => r.width > 0);
      const top = Math.min(...paths.map((r) => r.top));
      const bottom = Math.max(...paths.map((r) => r.bottom));
      const left = Math.min(...paths.map((r) => r.left));
      const right = Math.max(...paths.map((r) => r.right));
      return {
        stageWidth: stage?.width ?? 0,
        stageHeight: stage?.height ?? 0,
        width: figure.getBoundingClientRect().width,
        shapesWidth: right - left,
        shapesHeight: bottom - top,
      };
    });
    expect(geometry.width / geometry.stageWidth).toBeGreaterThanOrEqual(0.5);
    expect(geometry.shapesWidth / geometry.stageWidth).toBeGreaterThanOrEqual(0.42);
    expect(geometry.shapesHeight / geometry.stageHeight).toBeGreaterThanOrEqual(0.75);

    // The leading counties beside the map, as data/ ranks them, each with its figure.
    const expected = ranked(COUNTIES)
      .slice(0, 10)
      .map((c) => `${c.name} ${formatFixed(c.value, DECIMALS)}`);
    const rows = await slide.getByTestId('wall-list-row').evaluateAll((els) =>
      els.map((el) => {
        const [, name, value] = [...el.querySelectorAll('span')].map((s) => s.textContent);
        return `${name ?? ''} ${value ?? ''}`;
      }),
    );
    expect(rows).toEqual(expected);
    const rowFont = await slide
      .locator('.wall-list-name')
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(rowFont).toBeGreaterThanOrEqual(32);

    // County names: most of the 39 drawn, none over another, every one readable on its fill.
    const labels = await mapLabels(map, NAMES);
    expect(labels.length).toBeGreaterThanOrEqual(25);
    for (const label of labels) {
      expect(label.under, `${label.text}: a shape under it`).not.toBeNull();
      const onFill = contrast(label.color, label.under ?? '');
      const onHalo = contrast(label.color, label.halo);
      expect(onFill, `${label.text}: ${label.color} on ${label.under ?? '?'}`).toBeGreaterThanOrEqual(4.5);
      expect(onHalo, `${label.text}: ${label.color} on its halo ${label.halo}`).toBeGreaterThanOrEqual(4.5);
    }
    const text = await slideText(slide);
    const mapNames = text.boxes.filter((b) => b.kind === 'svg' && NAMES.includes(b.text));
    expect(mapNames.length).toBe(labels.length);
    expect(textOverlaps(mapNames)).toEqual([]);
    // And nothing else on the slide overlaps or leaves the stage either (legend, list, figures).
    expect(textOverlaps(text.boxes)).toEqual([]);
    expect(outsideStage(text)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}
