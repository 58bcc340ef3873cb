/**
 * The boot's page picture (see page-list.ts): a small classic script, loaded before the app's
 * code, that shows a chart view's recorded first screen while the app loads, and hands over to
 * the app as soon as it has drawn the same charts. It shows the picture only if all of these hold:
 * the link asks for nothing but the view; the window has exactly a recorded width; this browser
 * holds no imports or imported plans (their IndexedDB databases are not listed); every served file
 * the page read reads byte for byte as recorded; the stylesheet has loaded; the app has not drawn
 * its charts yet; and, once inserted, every figure has its recorded size. Anything else, an error
 * included, and it does nothing: the app draws as it always has.
 *
 * The picture is inert and hidden from assistive technology; the app renders underneath it, laid
 * out the same but invisible, and takes over when its figures show their charts, on the first key
 * or pointer press, or after HANDOVER_TIMEOUT_MS at the latest.
 */
import { contentHash } from '../data/content-hash';
import { APP_DATABASES } from '../import/database-names';
import { withTimeout } from '../import/timeout';
import { isWebPage } from '../import/web-page';
import { defaultLinkView, figuresMatch, pageUrl, readPageFile, type PageFigure } from './page-list';

/** What the boot reads from the browser, injectable for tests. */
export interface BootEnv {
  readonly window: Window;
  readonly document: Document;
  readonly fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** IndexedDB's database names, or null where the browser cannot list them. */
  readonly databaseNames: () => Promise<readonly string[]> | null;
}

export type BootOutcome =
  'shown' | 'not-default-link' | 'no-page' | 'imports' | 'changed-data' | 'app-first' | 'layout' | 'failed';

/** The app's element for the page picture, before #root. */
export const PAGE_ID = 'boot-page';
/** Set on <html> while the picture is shown: the stylesheet then lays #root out unseen under it. */
export const PAGE_FLAG = 'data-boot-page';
/** The picture never stands longer than this, whatever the app is doing. */
export const HANDOVER_TIMEOUT_MS = 10_000;
/** How long the boot waits for each thing it checks before giving up (then: no picture). */
const STEP_TIMEOUT_MS = 3_000;

/** Whether a served file reads as recorded: the same fetch as the app's (no-cache), not an SPA page. */
async function fileMatches(env: BootEnv, name: string, digest: string): Promise<boolean> {
  const response = await env.fetch(`./data/${name}`, { cache: 'no-cache' });
  if (!response.ok) return false;
  const bytes = new Uint8Array(await response.arrayBuffer());
  return !isWebPage(bytes, response.headers.get('content-type') ?? '') && contentHash(bytes) === digest;
}

async function noAppDatabases(env: BootEnv): Promise<boolean> {
  const listing = env.databaseNames();
  if (listing === null) return false;
  const names = await listing;
  return !names.some((name) => APP_DATABASES.includes(name));
}

function stylesheetsLoaded(doc: Document): Promise<void> {
  const pending = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter(
    (link) => link.sheet === null,
  );
  return Promise.all(
    pending.map(
      (link) =>
        new Promise<void>((resolve) => {
          link.addEventListener('load', () => {
            resolve();
          });
          link.addEventListener('error', () => {
            resolve();
          });
        }),
    ),
  ).then(() => undefined);
}

function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    doc.addEventListener('DOMContentLoaded', () => {
      resolve();
    });
  });
}

/**
 * The document parsed and its stylesheet loaded: what a deferred script waits for. The boot is
 * `async` (its page file need not wait for the stylesheet), so it waits for this itself before it
 * inserts its page or runs the app — the parser may not even have reached #root or the stylesheet
 * link when it starts.
 */
export function documentReady(doc: Document): Promise<void> {
  return domReady(doc).then(() => stylesheetsLoaded(doc));
}

/**
 * Runs the app (`run`: import its entry) once the boot has decided or after `waitMs`, whichever
 * comes first, and once the document is parsed and styled — as a deferred script would run — or
 * after `waitMs` more: a stylesheet that failed before the boot started never reports it.
 */
export function runAppWhenReady(
  decision: Promise<unknown>,
  doc: Document,
  run: () => Promise<unknown>,
  waitMs: number,
): Promise<unknown> {
  const wait = (): Promise<void> =>
    new Promise((resolve) => {
      setTimeout(resolve, waitMs);
    });
  return Promise.race([decision, wait()])
    .then(() => Promise.race([documentReady(doc), wait()]))
    .then(run);
}

function figuresOf(root: Element): PageFigure[] {
  return [...root.querySelectorAll('figure[data-chart-ready]')].map((figure) => {
    const rect = figure.getBoundingClientRect();
    return { width: Math.round(rect.width), height: Math.round(rect.height) };
  });
}

/** The app has drawn its charts: as many figures as the picture, each showing its picture or chart. */
export function appDrawn(root: Element, figures: number): boolean {
  const shown = [...root.querySelectorAll('figure[data-chart-ready]')];
  return (
    shown.length >= figures &&
    shown.every((figure) => {
      const picture = figure.querySelector('img[data-prerendered]');
      if (picture instanceof HTMLImageElement) return picture.complete;
      return figure.querySelector('svg path') !== null;
    })
  );
}

/**
 * The page's inline styles (a chart box's height, a legend swatch's colour) are kept as
 * `data-boot-style`: the app's CSP (`style-src 'self'`) drops style attributes in inserted
 * markup, but not styles set through the CSSOM, as React sets them.
 */
export const STYLE_ATTRIBUTE = 'data-boot-style';

function applyStyles(page: HTMLElement): void {
  for (const element of page.querySelectorAll<HTMLElement | SVGElement>(`[${STYLE_ATTRIBUTE}]`)) {
    element.style.cssText = element.getAttribute(STYLE_ATTRIBUTE) ?? '';
    element.removeAttribute(STYLE_ATTRIBUTE);
  }
}

/** Removes the picture and shows the app, once (on the next frame, after the app's has been produced). */
function handOver(env: BootEnv, page: HTMLElement, root: HTMLElement, figures: number): void {
  const { window: win, document: doc } = env;
  let done = false;
  const observer = new MutationObserver(() => {
    if (appDrawn(root, figures)) finish();
  });
  const events = ['pointerdown', 'keydown', 'touchstart'] as const;
  const timer = setTimeout(() => {
    finish();
  }, HANDOVER_TIMEOUT_MS);
  function finish(): void {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    for (const type of events) doc.removeEventListener(type, finish, true);
    win.requestAnimationFrame(() => {
      page.remove();
      doc.documentElement.removeAttribute(PAGE_FLAG);
    });
  }
  for (const type of events) doc.addEventListener(type, finish, true);
  observer.observe(root, { childList: true, subtree: true, attributes: true });
  if (appDrawn(root, figures)) finish();
}

/** Shows the view's page picture if everything checked allows it; never throws. */
export async function showPagePicture(env: BootEnv): Promise<BootOutcome> {
  const { window: win, document: doc } = env;
  const view = defaultLinkView(win.location.search, win.location.hash);
  if (view === null) return 'not-default-link';
  const url = pageUrl(view, win.innerWidth);
  if (url === null) return 'no-page';
  try {
    // The page file first (it names the data files to check), IndexedDB's listing meanwhile.
    const imports = noAppDatabases(env).then(
      (none) => !none,
      () => true,
    );
    const response = await withTimeout(env.fetch(url), STEP_TIMEOUT_MS);
    const read = response.ok
      ? readPageFile(await withTimeout(response.text(), STEP_TIMEOUT_MS), view, win.innerWidth)
      : null;
    if (read === null) return 'no-page';
    const { page, markup } = read;
    // The stylesheet loads while the data is checked; the charts are in the markup (inline SVG).
    const ready = documentReady(doc);
    ready.catch(() => undefined);
    const files = await withTimeout(
      Promise.all(Object.entries(page.files).map(([name, digest]) => fileMatches(env, name, digest))),
      STEP_TIMEOUT_MS,
    );
    if (await withTimeout(imports, STEP_TIMEOUT_MS)) return 'imports';
    if (!files.every(Boolean)) return 'changed-data';
    await withTimeout(ready, STEP_TIMEOUT_MS);
    const root = doc.getElementById('root');
    // The app may have rendered its shell by now (its code can arrive first): hidden under the
    // picture until it has drawn its charts; once it has, the picture has nothing to add.
    if (root === null || win.innerWidth !== page.viewport || appDrawn(root, page.figures.length))
      return 'app-first';
    const shown = doc.createElement('div');
    shown.id = PAGE_ID;
    shown.inert = true;
    shown.setAttribute('aria-hidden', 'true');
    shown.innerHTML = markup;
    applyStyles(shown);
    root.before(shown);
    doc.documentElement.setAttribute(PAGE_FLAG, '');
    if (!figuresMatch(page.figures, figuresOf(shown))) {
      shown.remove();
      doc.documentElement.removeAttribute(PAGE_FLAG);
      return 'layout';
    }
    handOver(env, shown, root, page.figures.length);
    return 'shown';
  } catch {
    return 'failed';
  }
}
