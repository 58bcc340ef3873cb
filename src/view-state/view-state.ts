/**
 * Every piece of view state lives in the URL query, so a copied link reproduces the view and
 * back/forward work. Parsing is total: any query string, however long or hostile, yields a valid
 * state plus a list of the values that were not understood (shown to the user as "not found"),
 * never an exception. Names are resolved through the region registry, so `宾 县`, `Binxian` or
 * `哈尔滨市宾县` in a hand-edited link all mean 宾县; serialising writes the canonical form.
 */
import { countyMetric, DEFAULT_COUNTY_METRIC } from '../data/county-metrics';
import { ZONE_TYPES } from '../data/datasets/black-soil';
import { isLang, type Lang } from '../data/lang';
import { resolveRegion } from '../data/regions';
import { compactText, excerpt } from '../data/text';

export const VIEWS = [
  'overview',
  'black-soil',
  'counties',
  'ip',
  'credit',
  'grain',
  'progress',
  'plan',
] as const;
export type ViewId = (typeof VIEWS)[number];
/** Views in the navigation; `plan` (one catalog plan, `plan=<dataset>`) is reached from the overview. */
export const NAV_VIEWS: readonly ViewId[] = VIEWS.filter((v) => v !== 'plan');
/** A catalog dataset id as a link may name it (existence is checked by the view, once the catalog is read). */
const DATASET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A region task table's column as a link may name it: its code (`m0abc123`) or its printed name. */
const TABLE_METRIC = /^[^\s<>"'&]{1,64}$/u;

export const COUNTY_PANELS = ['ranking', 'cities', 'multiples', 'map'] as const;
export type CountyPanel = (typeof COUNTY_PANELS)[number];

export const COLOR_MODES = ['city', 'zone'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export interface ViewState {
  readonly view: ViewId;
  readonly lang: Lang;
  /**
   * County metric key (see COUNTY_METRICS); with `table`, a column of that table (its code or
   * its printed name), checked by the view once the table is read.
   */
  readonly metric: string;
  /** Dataset id of a catalog region task table the county view ranks and maps; null: 附件1/附件2. */
  readonly table: string | null;
  readonly panel: CountyPanel;
  readonly colorBy: ColorMode;
  /** Show the farm group's card beside county charts (never inside the ranking). */
  readonly farm: boolean;
  readonly counties: readonly string[];
  readonly cities: readonly string[];
  readonly zones: readonly string[];
  /** County whose detail is open. */
  readonly detail: string | null;
  /** Dataset id of the plan table the plan view shows. */
  readonly plan: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'overview',
  lang: 'zh',
  metric: DEFAULT_COUNTY_METRIC,
  table: null,
  panel: 'ranking',
  colorBy: 'city',
  farm: true,
  counties: [],
  cities: [],
  zones: [],
  detail: null,
  plan: null,
};

export interface UrlProblem {
  readonly param: string;
  /** The offending value, shortened for display (it is rendered as text, never as markup). */
  readonly value: string;
}

export interface ParsedViewState {
  readonly state: ViewState;
  readonly problems: readonly UrlProblem[];
}

/** More names than any planner selects; the rest of a pasted 5,000-character list is refused. */
const MAX_LIST_ITEMS = 60;
const LIST_SEPARATOR = /[,，、]/;
/**
 * Parameters owned by other parts (wall screen; `refresh`, the data refresh interval read by the
 * query client) pass through without a "not found".
 */
const RESERVED_PARAMS = new Set(['mode', 'slides', 'seconds', 'theme', 'refresh']);

function oneOf<T extends string>(values: readonly T[], raw: string): T | undefined {
  return values.find((v) => v === raw);
}

type Resolver = (raw: string) => string | undefined;

const resolveCounty: Resolver = (raw) => {
  const region = resolveRegion(raw);
  return region?.level === 'county' ? region.name : undefined;
};
const resolveCity: Resolver = (raw) => {
  const region = resolveRegion(raw);
  return region?.level === 'city' ? region.name : undefined;
};
const resolveZone: Resolver = (raw) => ZONE_TYPES.find((z) => z === compactText(raw));

function parseList(param: string, raw: string, resolve: Resolver, problems: UrlProblem[]): string[] {
  const items = raw
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const names: string[] = [];
  items.forEach((item, index) => {
    const name = index < MAX_LIST_ITEMS ? resolve(item) : undefined;
    if (name === undefined) problems.push({ param, value: excerpt(item) });
    else if (!names.includes(name)) names.push(name);
  });
  return names;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function applyParam(state: Mutable<ViewState>, key: string, raw: string, problems: UrlProblem[]): void {
  const bad = (): void => {
    problems.push({ param: excerpt(key, 20), value: excerpt(raw) });
  };
  switch (key) {
    case 'view': {
      const v = oneOf(VIEWS, raw);
      if (v) state.view = v;
      else bad();
      return;
    }
    case 'lang': {
      if (isLang(raw)) state.lang = raw;
      else bad();
      return;
    }
    case 'metric': {
      const m = countyMetric(raw);
      if (m) state.metric = m.key;
      else if (TABLE_METRIC.test(raw)) state.metric = raw;
      else bad();
      return;
    }
    case 'table': {
      if (DATASET_ID.test(raw)) state.table = raw;
      else bad();
      return;
    }
    case 'panel': {
      const p = oneOf(COUNTY_PANELS, raw);
      if (p) state.panel = p;
      else bad();
      return;
    }
    case 'color': {
      const c = oneOf(COLOR_MODES, raw);
      if (c) state.colorBy = c;
      else bad();
      return;
    }
    case 'farm': {
      if (raw === '0' || raw === '1') state.farm = raw === '1';
      else bad();
      return;
    }
    case 'county':
      state.counties = parseList(key, raw, resolveCounty, problems);
      return;
    case 'city':
      state.cities = parseList(key, raw, resolveCity, problems);
      return;
    case 'zone':
      state.zones = parseList(key, raw, resolveZone, problems);
      return;
    case 'detail': {
      const c = resolveCounty(raw);
      if (c) state.detail = c;
      else bad();
      return;
    }
    case 'plan': {
      if (DATASET_ID.test(raw)) state.plan = raw;
      else bad();
      return;
    }
    default:
      if (!RESERVED_PARAMS.has(key)) bad();
  }
}

export function parseViewState(search: string): ParsedViewState {
  const state: Mutable<ViewState> = { ...DEFAULT_VIEW_STATE };
  const problems: UrlProblem[] = [];
  for (const [key, raw] of new URLSearchParams(search)) applyParam(state, key, raw, problems);
  // Only a region task table has metrics beyond the built-in ones (params come in any order).
  if (state.table === null && countyMetric(state.metric) === undefined) {
    problems.push({ param: 'metric', value: excerpt(state.metric) });
    state.metric = DEFAULT_COUNTY_METRIC;
  }
  return { state, problems };
}

/** Canonical query string: defaults omitted, keys in a fixed order, so equal views share a link. */
export function serializeViewState(state: ViewState): string {
  const d = DEFAULT_VIEW_STATE;
  const entries: Array<[string, string]> = [];
  const add = (key: string, value: string, isDefault: boolean): void => {
    if (!isDefault) entries.push([key, value]);
  };
  add('view', state.view, state.view === d.view);
  add('lang', state.lang, state.lang === d.lang);
  add('table', state.table ?? '', state.table === null);
  add('metric', state.metric, state.metric === d.metric);
  add('panel', state.panel, state.panel === d.panel);
  add('color', state.colorBy, state.colorBy === d.colorBy);
  add('farm', state.farm ? '1' : '0', state.farm === d.farm);
  add('county', state.counties.join(','), state.counties.length === 0);
  add('city', state.cities.join(','), state.cities.length === 0);
  add('zone', state.zones.join(','), state.zones.length === 0);
  add('detail', state.detail ?? '', state.detail === null);
  add('plan', state.plan ?? '', state.plan === null);
  const query = new URLSearchParams(entries).toString();
  return query === '' ? '' : `?${query}`;
}
