/**
 * The wall screen's settings, all in the URL so a bookmark reproduces the screen exactly:
 * `mode=wall`, `slides=` (which slides, in what order), `seconds=` (per slide) and `theme=`.
 * Other parameters (`lang`, `metric`, `refresh`) keep their meaning from view-state.ts.
 *
 * Parsing is total, like view-state.ts: a hostile or misspelt value never throws and never
 * leaves wall mode; it is ignored and the default stands. Nothing here is written back to the
 * URL while the carousel turns, so the same link is in the address bar after every cycle.
 */
export const WALL_SLIDES = [
  'overview',
  'black-soil',
  'counties',
  'map',
  'ip',
  'credit',
  'grain',
  'progress',
] as const;
export type BuiltinSlideId = (typeof WALL_SLIDES)[number];
/**
 * A built-in slide, or a catalog plan's slide named by its dataset id (`slides=plan-1jjvgn8`);
 * a name the catalog does not know is dropped by the wall once the catalog is read.
 */
export type WallSlideId = BuiltinSlideId | (string & Record<never, never>);
const PLAN_SLIDE = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function isBuiltinSlide(id: string): id is BuiltinSlideId {
  return WALL_SLIDES.some((s) => s === id);
}

export const WALL_THEMES = ['dark', 'light'] as const;
export type WallTheme = (typeof WALL_THEMES)[number];

export interface WallState {
  /** At least one slide, no repeats, in the order the link gives. */
  readonly slides: readonly WallSlideId[];
  readonly seconds: number;
  readonly theme: WallTheme;
}

/** Twenty seconds is long enough to read a slide's four numbers and glance at its chart. */
export const DEFAULT_WALL_SECONDS = 20;
/**
 * One second is the floor: short enough for the end-to-end tests to watch whole cycles, long
 * enough that no link can make the screen flicker. The soak benchmark goes faster by pressing →,
 * which runs the same step as the timer.
 */
export const MIN_WALL_SECONDS = 1;
export const MAX_WALL_SECONDS = 600;

export const DEFAULT_WALL_STATE: WallState = {
  slides: WALL_SLIDES,
  seconds: DEFAULT_WALL_SECONDS,
  theme: 'dark',
};

const WALL_PARAMS = ['mode', 'slides', 'seconds', 'theme'] as const;
const LIST_SEPARATOR = /[,，、\s]+/;

export function isWallMode(search: string): boolean {
  return new URLSearchParams(search).get('mode') === 'wall';
}

function parseSlides(raw: string | null): readonly WallSlideId[] {
  if (raw === null) return DEFAULT_WALL_STATE.slides;
  const slides: WallSlideId[] = [];
  for (const item of raw.split(LIST_SEPARATOR).slice(0, 50)) {
    const name = item.trim().toLowerCase();
    const slide = WALL_SLIDES.find((id) => id === name) ?? (PLAN_SLIDE.test(name) ? name : undefined);
    if (slide !== undefined && !slides.includes(slide)) slides.push(slide);
  }
  return slides.length > 0 ? slides : DEFAULT_WALL_STATE.slides;
}

function parseSeconds(raw: string | null): number {
  // Number('') is 0 and Number(' 12 ') is 12: an empty value means "not given".
  if (raw === null || raw.trim() === '') return DEFAULT_WALL_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds)) return DEFAULT_WALL_SECONDS;
  // Tenths are enough resolution and keep the canonical link short.
  return Math.round(Math.min(MAX_WALL_SECONDS, Math.max(MIN_WALL_SECONDS, seconds)) * 10) / 10;
}

function parseTheme(raw: string | null): WallTheme {
  return WALL_THEMES.find((t) => t === raw?.trim().toLowerCase()) ?? DEFAULT_WALL_STATE.theme;
}

export function parseWallState(search: string): WallState {
  const params = new URLSearchParams(search);
  return {
    slides: parseSlides(params.get('slides')),
    seconds: parseSeconds(params.get('seconds')),
    theme: parseTheme(params.get('theme')),
  };
}

/**
 * `search` with wall mode switched on and these settings, defaults omitted; every other
 * parameter (lang, metric, refresh…) is kept as it was.
 */
export function wallSearch(search: string, state: WallState): string {
  const params = new URLSearchParams(leaveWallSearch(search));
  const d = DEFAULT_WALL_STATE;
  params.set('mode', 'wall');
  if (state.slides.join(',') !== d.slides.join(',')) params.set('slides', state.slides.join(','));
  if (state.seconds !== d.seconds) params.set('seconds', String(state.seconds));
  if (state.theme !== d.theme) params.set('theme', state.theme);
  return `?${params.toString()}`;
}

/** The same link without the wall parameters: Esc lands on the normal view it describes. */
export function leaveWallSearch(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of WALL_PARAMS) params.delete(key);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
