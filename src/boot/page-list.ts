/**
 * Page pictures: what `npm run build` records (scripts/prerender) so that a link to a chart view
 * shows its first screen before the app's code has run. One file per chart view and recorded
 * window width, `prerender/<view>-<width>.html`: a first line describing it — the view, the width,
 * the content hash of every served file the page read, the size of every figure — then the view's
 * first screen as the app drew it, its chart pictures inline (SVG). The file describes itself, so the boot
 * (boot-page.ts) reads one file before it checks the data. It shows the page only for the view's
 * default link, at exactly that width, with every file reading byte for byte as recorded —
 * otherwise nothing, and the app draws as always. Pure: no DOM, no fetch.
 */

import { parseFileDigests } from '../data/content-hash';

/** The views recorded: those that open on charts (grain opens on figures, the overview on cards). */
export const PAGE_VIEWS: readonly string[] = ['black-soil', 'counties', 'ip', 'credit'];

/**
 * Window widths recorded: 1920 (a full-HD screen), 1536 and 1366 (the common office laptop
 * screens). A page's layout is its width's: other widths get no page (their charts may still have
 * pictures, src/charts/prerender).
 */
export const PAGE_WIDTHS: readonly number[] = [1920, 1536, 1366];

export interface PageFigure {
  readonly width: number;
  readonly height: number;
}

export interface PagePicture {
  readonly view: string;
  /** The window width it was recorded at: shown at exactly this width only. */
  readonly viewport: number;
  /** Every served file the page read (tables and the catalog), name under data/ → contentHash. */
  readonly files: Readonly<Record<string, string>>;
  /** Every chart figure's size in CSS pixels, rounded, in document order. */
  readonly figures: readonly PageFigure[];
}

const VIEW = /^[a-z][a-z-]*$/;
/** More figures than any view has: a page this long is not one the build wrote. */
const MAX_FIGURES = 64;
const PREFIX = '<!--target-board page ';
const SUFFIX = '-->';

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 100_000;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseFigures(value: unknown): PageFigure[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_FIGURES) return null;
  const figures: PageFigure[] = [];
  for (const item of value as unknown[]) {
    if (!isRecord(item) || !isSize(item.width) || !isSize(item.height)) return null;
    figures.push({ width: item.width, height: item.height });
  }
  return figures;
}

/** The page file of `view` at this window width, or null where none is recorded (nothing to fetch). */
export function pageUrl(view: string, innerWidth: number, base = './'): string | null {
  if (!PAGE_VIEWS.includes(view) || !PAGE_WIDTHS.includes(innerWidth)) return null;
  return `${base}prerender/${view}-${String(innerWidth)}.html`;
}

/**
 * The view of a link that asks for nothing but a view (`?view=counties`): the only state a page
 * picture stands for. Any other parameter (a filter, a language, a panel, a wall), a repeated one
 * or a fragment → null.
 */
export function defaultLinkView(search: string, hash: string): string | null {
  if (hash !== '' && hash !== '#') return null;
  const params = [...new URLSearchParams(search)];
  const [only] = params;
  if (params.length !== 1 || only === undefined) return null;
  const [name, value] = only;
  return name === 'view' && VIEW.test(value) ? value : null;
}

/** Whether the page as laid out here has exactly the recorded figures (count, order, size). */
export function figuresMatch(recorded: readonly PageFigure[], measured: readonly PageFigure[]): boolean {
  return (
    recorded.length === measured.length &&
    recorded.every((f, i) => {
      const m = measured[i];
      return m !== undefined && f.width === m.width && f.height === m.height;
    })
  );
}

/**
 * What a page file may not hold, though the build records it from the app's own markup: anything
 * that could run or embed another document. The recorder refuses such a page and the boot checks
 * again before inserting it.
 */
export const UNSAFE_MARKUP =
  /<(script|iframe|object|embed|foreignObject|base|meta|link)\b|\son[a-z]+\s*=|javascript:/i;

/**
 * Nor anything it would have to load before it is whole: its charts are inline SVG, so the
 * page paints complete the moment it is inserted, never with an empty figure.
 */
export const LOADING_MARKUP = /<(img|image|picture|video|audio|source|use)\b|\s(src|srcset)\s*=/i;

function markupAllowed(markup: string): boolean {
  return markup.trim() !== '' && !UNSAFE_MARKUP.test(markup) && !LOADING_MARKUP.test(markup);
}

/** A page file's text (the recorder's side), or null if its markup is empty, unsafe or would load anything. */
export function pageFileText(page: PagePicture, markup: string): string | null {
  if (!markupAllowed(markup)) return null;
  const { view, viewport, files, figures } = page;
  return `${PREFIX}${JSON.stringify({ view, viewport, files, figures })}${SUFFIX}${markup}`;
}

/**
 * A page file as served, for this view and width: its description and markup, or null for
 * anything that is not exactly a page the build wrote for them (an SPA fallback page, another
 * view's or width's page, a hand-edited description, unsafe markup). Never throws.
 */
export function readPageFile(
  text: string,
  view: string,
  viewport: number,
): { readonly page: PagePicture; readonly markup: string } | null {
  if (!text.startsWith(PREFIX)) return null;
  const end = text.indexOf(SUFFIX, PREFIX.length);
  if (end < 0) return null;
  let meta: unknown;
  try {
    meta = JSON.parse(text.slice(PREFIX.length, end)) as unknown;
  } catch {
    return null;
  }
  if (!isRecord(meta) || meta.view !== view || meta.viewport !== viewport || !isSize(viewport)) return null;
  const files = parseFileDigests(meta.files);
  const figures = parseFigures(meta.figures);
  const markup = text.slice(end + SUFFIX.length);
  if (files === null || figures === null || !markupAllowed(markup)) return null;
  return { page: { view, viewport, files, figures }, markup };
}
