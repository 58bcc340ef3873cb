/**
 * Prerendered first charts: `npm run build` records, for each chart view in its default state, the
 * SVG each chart draws at a few desktop widths (scripts/prerender), with the chart's option key and
 * the content hash of every data file the page read. A chart whose option key, figure size and
 * served data all match an entry shows that picture at once and starts ECharts after it has been
 * painted; ECharts then draws the same chart over it. Any difference — an imported table, a
 * changed data file, another language, theme, filter or width — and the chart is drawn live as
 * always: a prerender can only ever show the numbers the live chart would.
 */

import { isContentHash, parseFileDigests } from '../../data/content-hash';

export interface PrerenderEntry {
  /** optionKey() of the option the chart host hands to ECharts. */
  readonly key: string;
  /** The figure's size in CSS pixels, rounded, as recorded. */
  readonly width: number;
  readonly height: number;
  /** The window width it was recorded at (for preloading only). */
  readonly viewport: number;
  /** Every data file the page read, name under data/ → contentHash of its bytes. */
  readonly files: Readonly<Record<string, string>>;
  /** The picture, a URL relative to the app (`prerender/ip-0.svg`). */
  readonly svg: string;
}

const SVG_NAME = /^[a-z0-9-]+\.svg$/;

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 100_000;
}

function parseEntry(value: unknown, base: string): PrerenderEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { key, width, height, viewport, svg } = record;
  const files = parseFileDigests(record.files);
  if (!isContentHash(key)) return null;
  if (!isSize(width) || !isSize(height) || !isSize(viewport)) return null;
  if (typeof svg !== 'string' || !SVG_NAME.test(svg) || files === null) return null;
  return { key, width, height, viewport, files, svg: `${base}prerender/${svg}` };
}

/**
 * A view's prerender list as served (`prerender/<view>.json`), checked entry by entry: anything
 * that is not exactly an entry (a hand-edited file, an SPA fallback page parsed as JSON) is
 * dropped, never guessed at; the picture names may only point into prerender/.
 */
export function parsePrerenderList(json: unknown, base = './'): readonly PrerenderEntry[] {
  if (typeof json !== 'object' || json === null) return [];
  const { version, entries } = json as Record<string, unknown>;
  if (version !== 1 || !Array.isArray(entries)) return [];
  return entries.flatMap((e: unknown) => parseEntry(e, base) ?? []);
}

let loaded: readonly PrerenderEntry[] = [];
let loading: Promise<void> | null = null;

/** The entries of this page load (empty until loadPrerenders has read them, and in dev). */
export function prerenderEntries(): readonly PrerenderEntry[] {
  return loaded;
}

/**
 * While the boot view's list is still being read: settles when it has been (read or not). A chart
 * ready to draw before that waits for it — a small file requested at boot, while the code and
 * data it waits for anyway are still arriving.
 */
export function prerendersLoading(): Promise<void> | null {
  return loading;
}

/** For tests: the entries a page load would have read (and, if given, the read still going on). */
export function setPrerenderEntries(
  entries: readonly PrerenderEntry[],
  pending: Promise<void> | null = null,
): void {
  loaded = entries;
  loading = pending;
}

/**
 * Whether this page load expects to paint prerendered pictures first (its boot view has some for
 * this window width), once the list has been read; false in dev and tests.
 */
export async function picturesExpected(): Promise<boolean> {
  await (loading ?? Promise.resolve());
  return typeof window !== 'undefined' && entriesForViewport(loaded, window.innerWidth).length > 0;
}

/**
 * The entries recorded at this window width, or, on a window wider than any recorded one, at the
 * widest (the layout stops growing at its maximum width): the pictures worth fetching ahead.
 */
export function entriesForViewport(
  entries: readonly PrerenderEntry[],
  viewport: number,
): readonly PrerenderEntry[] {
  const exact = entries.filter((e) => e.viewport === viewport);
  if (exact.length > 0) return exact;
  const widest = Math.max(0, ...entries.map((e) => e.viewport));
  return viewport > widest ? entries.filter((e) => e.viewport === widest) : [];
}

/**
 * Reads the boot view's prerender list and starts fetching its pictures for this window width,
 * while the app's code and data load. Built pages only (dev has no prerender folder); a missing
 * or unreadable list leaves every chart live.
 */
export function loadPrerenders(view: string): Promise<void> {
  if (!import.meta.env.PROD || !/^[a-z-]+$/.test(view)) return Promise.resolve();
  loading = readPrerenders(view).finally(() => {
    loading = null;
  });
  return loading;
}

async function readPrerenders(view: string): Promise<void> {
  try {
    const base = import.meta.env.BASE_URL;
    const response = await fetch(`${base}prerender/${view}.json`);
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return;
    loaded = parsePrerenderList((await response.json()) as unknown, base);
    for (const entry of entriesForViewport(loaded, window.innerWidth)) {
      const image = new Image();
      image.decoding = 'async';
      image.src = entry.svg;
    }
  } catch {
    loaded = [];
  }
}

export type PrerenderMatch =
  /** Same option key, figure size and data: show it. */
  | { readonly kind: 'match'; readonly entry: PrerenderEntry }
  /** Same option and size, but some of its data files have not been read by this page yet. */
  | { readonly kind: 'unread' }
  | { readonly kind: 'none' };

/**
 * Whether a chart about to be drawn has a picture: same option key, same figure size, and every
 * data file it was recorded from read by this page with the same content hash. A file not read
 * yet (the catalog can arrive after a view's own tables) is 'unread', for the caller to wait on.
 */
export function findPrerender(
  entries: readonly PrerenderEntry[],
  key: string,
  width: number,
  height: number,
  digestOf: (file: string) => string | undefined,
): PrerenderMatch {
  let unread = false;
  for (const entry of entries) {
    if (entry.key !== key || entry.width !== width || entry.height !== height) continue;
    const files = Object.entries(entry.files);
    if (files.every(([file, digest]) => digestOf(file) === digest)) return { kind: 'match', entry };
    // A file read with other content rules the entry out; only files not read at all are waited on.
    if (files.every(([file, digest]) => digestOf(file) === undefined || digestOf(file) === digest))
      unread = true;
  }
  return unread ? { kind: 'unread' } : { kind: 'none' };
}
