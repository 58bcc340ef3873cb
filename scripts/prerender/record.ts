/**
 * `tsx scripts/prerender/record.ts DIST` (the second half of `npm run build`): records the first
 * charts of each chart view for src/charts/prerender. The built app is served from DIST and opened
 * in headless Chromium at a few desktop widths; for every chart figure of a view's default state
 * it keeps the SVG ECharts drew, the figure's size, its option key (`data-option-key`) and the
 * content hash of every table file the page read, and writes them to DIST/prerender/: `<view>.json`
 * (the list the app reads at boot) and one `<view>-<n>.svg` per picture.
 *
 * Pictures are taken from the real app in a real browser, so they are the live chart to the pixel
 * (the browser's own text measuring, fonts and label layout), not a second rendering path. Without
 * Chromium (CHROMIUM_PATH or /usr/bin/chromium) it writes nothing and says so: the app then draws
 * every chart live, as in dev.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { PAGE_VIEWS, PAGE_WIDTHS, pageFileText, type PageFigure } from '../../src/boot/page-list';
import { CATALOG_FILE_NAME } from '../../src/data/catalog/catalog-schema';
import { contentHash } from '../../src/data/content-hash';
import { launchChromium } from '../bench/browser';
import { servePreview } from '../serve-preview';

/** The views whose charts are prerendered (the views that open on charts; grain opens on figures). */
export const PRERENDER_VIEWS = PAGE_VIEWS;
/**
 * Window widths recorded: 1920 stands for every window at least as wide as the layout's maximum
 * (the main column stops at 1640 px), 1536 and 1366 for the common office laptop screens.
 */
export const PRERENDER_WIDTHS = PAGE_WIDTHS;
const HEIGHT = 1080;

interface Figure {
  readonly key: string;
  readonly width: number;
  readonly height: number;
  readonly svg: string;
}

interface Entry {
  readonly key: string;
  readonly width: number;
  readonly height: number;
  readonly viewport: number;
  readonly files: Record<string, string>;
  readonly svg: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The figure's SVG as a file of its own: the namespace an inline SVG's markup leaves implicit, and
 * nothing that could run (ECharts draws none; this only makes sure).
 */
export function standaloneSvg(markup: string): string | null {
  if (!markup.startsWith('<svg') || /<script|<foreignObject|\son\w+=/i.test(markup)) return null;
  return /^<svg[^>]*\sxmlns="/.test(markup) ? markup : markup.replace('<svg', `<svg xmlns="${SVG_NS}"`);
}

/**
 * The served data files `page` reads from now on, and, once asked, their content hashes as
 * built into DIST. `catalog`: whether the catalog counts (a chart picture's key already covers
 * what it changes in a chart; a page picture shows more than charts).
 */
function watchDataReads(
  page: Page,
  dist: string,
  catalog: boolean,
): { readonly digests: () => Record<string, string> } {
  const files = new Set<string>();
  page.on('requestfinished', (request) => {
    const name = /\/data\/([\w.-]+)$/.exec(new URL(request.url()).pathname)?.[1];
    if (name !== undefined && (catalog || name !== CATALOG_FILE_NAME)) files.add(name);
  });
  return {
    digests: () =>
      Object.fromEntries(
        [...files].sort().map((name) => [name, contentHash(readFileSync(join(dist, 'data', name)))]),
      ),
  };
}

async function figuresOf(browser: Browser, url: string, viewport: number, dist: string) {
  const context = await browser.newContext({
    viewport: { width: viewport, height: HEIGHT },
    locale: 'zh-CN',
  });
  try {
    const page = await context.newPage();
    // Not the catalog: views draw from their tables (and the bundled catalog until the served one
    // is read, which the shell does after them); whatever it changes in a chart changes the key.
    const reads = watchDataReads(page, dist, false);
    await page.goto(url);
    await page.waitForSelector('figure[data-chart-ready]', { timeout: 30_000 });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('figure[data-chart-ready]')].every(
          (f) => f.getAttribute('data-chart-ready') === 'true',
        ),
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForLoadState('networkidle');
    const figures: Figure[] = await page.evaluate(() =>
      [...document.querySelectorAll('figure[data-chart-ready="true"][data-option-key]')].flatMap((f) => {
        const rect = f.getBoundingClientRect();
        const svg = f.querySelector('svg');
        const key = f.getAttribute('data-option-key');
        if (svg === null || key === null || rect.width < 1 || rect.height < 1) return [];
        return [{ key, width: Math.round(rect.width), height: Math.round(rect.height), svg: svg.outerHTML }];
      }),
    );
    return { figures, files: reads.digests() };
  } finally {
    await context.close();
  }
}

/**
 * The view's first screen as the app draws it with its chart pictures (src/boot): the built app,
 * its pictures now listed, opened with ECharts held back so every figure stays on its picture;
 * form state written into attributes (markup carries attributes, not a select's choice or a
 * box's tick), inline styles as `data-boot-style`, ids and test hooks left out; every served file the page read, the catalog included, with its content hash.
 * Null when a figure has no picture at this width (the page would show an empty box).
 */
async function pageOf(
  browser: Browser,
  url: string,
  viewport: number,
  dist: string,
): Promise<{ markup: string; figures: PageFigure[]; files: Record<string, string> } | null> {
  const context = await browser.newContext({
    viewport: { width: viewport, height: HEIGHT },
    locale: 'zh-CN',
  });
  try {
    const page = await context.newPage();
    // ECharts never arrives: the figures keep the pictures they start with.
    await page.route(/\/assets\/live-chart-[\w-]+\.js$/, () => undefined);
    const reads = watchDataReads(page, dist, true);
    await page.goto(url);
    const pictured = await page
      .waitForFunction(
        () => {
          const figures = [...document.querySelectorAll('#root figure[data-chart-ready]')];
          return (
            figures.length > 0 &&
            figures.every((f) => {
              const img = f.querySelector('img[data-prerendered]');
              return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
            })
          );
        },
        undefined,
        { timeout: 15_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (!pictured) return null;
    // The shell's late reads (the catalog) and whatever they change, settled.
    await page.waitForTimeout(500);
    const captured = await page.evaluate(async () => {
      const root = document.getElementById('root');
      if (root === null) return null;
      // Measured first: the markup below is rewritten for the file, not for this page's layout.
      const figures = [...root.querySelectorAll('figure[data-chart-ready]')].map((f) => {
        const rect = f.getBoundingClientRect();
        return { width: Math.round(rect.width), height: Math.round(rect.height) };
      });
      // Each chart picture inline, as the SVG it is, rather than an <img> of it: an SVG image is a
      // document of its own, built, styled and laid out on the main thread once it has arrived;
      // inline, it is parsed with the page and needs no request (README: Page pictures).
      const pictures = [
        ...root.querySelectorAll<HTMLImageElement>('figure[data-chart-ready] img[data-prerendered]'),
      ];
      for (const [index, img] of pictures.entries()) {
        const response = await fetch(img.src);
        const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
        if (!response.ok || svg.localName !== 'svg') return null;
        // Its ids (clip paths, gradients) made unique in the page, and every reference with them.
        const prefix = `tb-page-${String(index)}-`;
        const ids = [...svg.querySelectorAll('[id]')].map((e) => e.id);
        for (const element of [svg, ...svg.querySelectorAll('*')]) {
          if (element.id !== '') element.id = prefix + element.id;
          for (const attribute of [...element.attributes]) {
            let value = attribute.value;
            for (const id of ids) {
              value = value.split(`url(#${id})`).join(`url(#${prefix}${id})`);
              if (value === `#${id}`) value = `#${prefix}${id}`;
            }
            if (value !== attribute.value)
              element.setAttributeNS(attribute.namespaceURI, attribute.name, value);
          }
        }
        svg.removeAttribute('style');
        svg.setAttribute('class', img.className);
        svg.setAttribute('data-prerendered', 'true');
        svg.setAttribute('aria-hidden', 'true');
        img.replaceWith(document.importNode(svg, true));
      }
      for (const input of root.querySelectorAll('input')) {
        if (input.type === 'checkbox' || input.type === 'radio')
          input.toggleAttribute('checked', input.checked);
        else input.setAttribute('value', input.value);
      }
      for (const option of root.querySelectorAll('option'))
        option.toggleAttribute('selected', option.selected);
      for (const area of root.querySelectorAll('textarea')) area.textContent = area.value;
      // No ids or test hooks: the page stands beside the app's own tree for a moment, and neither
      // a label's target nor a test's locator may find the picture instead of the app.
      for (const named of root.querySelectorAll(':not(svg[data-prerendered] *)[id], [data-testid]')) {
        named.removeAttribute('id');
        named.removeAttribute('data-testid');
      }
      // Inline styles as data (src/boot/boot-page.ts applies them: CSP drops style attributes in markup).
      for (const styled of root.querySelectorAll('[style]')) {
        styled.setAttribute('data-boot-style', styled.getAttribute('style') ?? '');
        styled.removeAttribute('style');
      }
      return { markup: root.innerHTML, figures };
    });
    if (captured === null) return null;
    return { markup: captured.markup, figures: captured.figures, files: reads.digests() };
  } finally {
    await context.close();
  }
}

/** Records DIST's prerendered charts; returns how many pictures were written (0: skipped). */
export async function recordPrerenders(
  dist: string,
  log: (line: string) => void = console.log,
): Promise<number> {
  const out = join(dist, 'prerender');
  rmSync(out, { recursive: true, force: true });
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    log(`prerender: skipped, no Chromium at ${executablePath}: every chart is drawn live`);
    return 0;
  }
  const server = await servePreview(dist, 4890);
  const browser = await launchChromium();
  let pictures = 0;
  let bytes = 0;
  let pages = 0;
  let pageBytes = 0;
  try {
    mkdirSync(out, { recursive: true });
    for (const view of PRERENDER_VIEWS) {
      const entries: Entry[] = [];
      for (const viewport of PRERENDER_WIDTHS) {
        const { figures, files } = await figuresOf(browser, `${server.url}?view=${view}`, viewport, dist);
        for (const figure of figures) {
          const svg = standaloneSvg(figure.svg);
          if (svg === null) continue;
          const same = entries.find(
            (e) => e.key === figure.key && e.width === figure.width && e.height === figure.height,
          );
          if (same !== undefined) continue;
          const name = `${view}-${String(entries.length)}.svg`;
          writeFileSync(join(out, name), svg);
          bytes += svg.length;
          entries.push({
            key: figure.key,
            width: figure.width,
            height: figure.height,
            viewport,
            files,
            svg: name,
          });
        }
      }
      writeFileSync(join(out, `${view}.json`), `${JSON.stringify({ version: 1, entries }, null, 1)}\n`);
      pictures += entries.length;
    }
    // Then the pages, from the app reading the lists just written.
    for (const view of PRERENDER_VIEWS) {
      for (const viewport of PRERENDER_WIDTHS) {
        const shot = await pageOf(browser, `${server.url}?view=${view}`, viewport, dist);
        const file =
          shot === null
            ? null
            : pageFileText({ view, viewport, files: shot.files, figures: shot.figures }, shot.markup);
        if (file === null) continue;
        writeFileSync(join(out, `${view}-${String(viewport)}.html`), file);
        pageBytes += file.length;
        pages += 1;
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  log(
    `prerender: ${String(pictures)} chart pictures (${String(Math.round(bytes / 1024))} kB) and ${String(pages)} page pictures (${String(Math.round(pageBytes / 1024))} kB) in ${out}`,
  );
  return pictures;
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const dist = process.argv[2];
  if (dist === undefined) {
    console.error('usage: tsx scripts/prerender/record.ts DIST');
    process.exit(2);
  }
  await recordPrerenders(resolve(dist));
}
