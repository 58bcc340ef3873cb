/**
 * Indicator identity by NAME. Staff and gazettes name indicators, never by a code: a table as
 * printed (`有效注册商标数量（万件）`), a WPS export (`有效注册商标数量 (万件)`), an actuals
 * sheet (`“信易贷”工作`) must all find the same indicator.
 *
 * API (small on purpose; other modules build on it):
 * - `normalizeIndicatorName(raw)` → `{ key, name, unit, subItem }`:
 *   - `key`  the comparison key: NFKC (full-width → half-width), no white space of any width,
 *            no quotes (“”‘’"'「」『』), every bracket kind as `()`, dashes as `-`, lower case,
 *            a trailing unit in brackets and a `其中：` prefix removed. Two names are the same
 *            indicator exactly when their keys are equal.
 *   - `name` the name to show: as written, minus the unit and the prefix, spaces between
 *            Chinese characters dropped.
 *   - `unit` the unit from trailing brackets (`（万件）`, `(%)`, `【单位：亿元】`), or null. Only
 *            a bracket that reads as a unit is one: `开展…的县（市、区）` keeps its brackets.
 *   - `subItem` true when the name began with `其中：` (a part of the row above). The prefix
 *            does not change identity: `其中：粮食产量` is the indicator `粮食产量`.
 * - `buildNameIndex(refs)` then `matchIndicatorName(index, raw)` → `exact` (by name or alias),
 *   `ambiguous` (two indicators share the key) or `none` with up to three suggestions for a
 *   “是否为 …？” hint. Pure; no code or registry lookups.
 */
import { closest, distance } from 'fastest-levenshtein';

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/g;
const SPACE = /[\s\u3000]+/g;
const QUOTES = /["'“”‘’「」『』〝〞]/g;
const OPEN = /[〔【［[｛{〈《]/g;
const CLOSE = /[〕】］\]｝}〉》]/g;
const DASHES = /[—–－―~～]/g;
const SUB_PREFIX = /^其中\s*(?:[:：]|\s)\s*/;
const TRAILING_BRACKET = /^(.*\S)\s*[（(〔【［[]\s*([^（）()〔〕【】［］[\]]*?)\s*[）)〕】］\]]\s*$/s;
const UNIT_WORD = /^单位\s*[:：]\s*/;

/** Base units the plans use; a unit is a magnitude prefix + one of these, or a ratio of two. */
const BASE_UNITS = [
  '%', '‰', '‱', '个百分点', '百分点', '件', '个', '家', '项', '所', '座', '张', '台', '辆', '套', '处', '条',
  '亩', '亩次', '公顷', '平方米', '平方公里', '立方米', '米', '公里', '千米', '厘米', '毫米',
  '元', '美元', '吨', '斤', '公斤', '千克', '克', '微克', '毫克', '头', '只', '户', '人', '人次', '名', '次', '分', '岁',
  '年', '天', '小时', '度', '千瓦', '千瓦时', '瓦', '标准煤', '吨标准煤', '倍', '床', '张床', '所学校',
  'kg', 'km', 'km2', 'm2', 'm3', 'mw', 'kw', 'kwh', 't', 'ha',
];
const MAGNITUDE = /^(?:万|亿|千|百|十|百万|千万|万亿)?/;
const BASE_SET = new Set(BASE_UNITS);

function isSimpleUnit(text: string): boolean {
  const rest = text.replace(MAGNITUDE, '');
  return BASE_SET.has(rest.toLowerCase()) || BASE_SET.has(text.toLowerCase());
}

/** Whether the contents of a trailing bracket read as a unit (`万件`, `%`, `元/人`, `单位：亿元`). */
export function isUnitText(raw: string): boolean {
  const text = raw.normalize('NFKC').replace(SPACE, '').replace(UNIT_WORD, '');
  if (text === '' || text.length > 10) return false;
  if (UNIT_WORD.test(raw.normalize('NFKC').trim())) return true;
  const parts = text.split(/[/每]/);
  return parts.length <= 2 && parts.every((p) => p !== '' && isSimpleUnit(p));
}

export interface NormalizedName {
  readonly key: string;
  readonly name: string;
  readonly unit: string | null;
  readonly subItem: boolean;
}

/** Display form: spaces dropped next to Chinese characters, runs of spaces made one. */
function displayName(raw: string): string {
  return raw
    .replace(INVISIBLE, '')
    .replace(SPACE, ' ')
    .replace(/ (?=[^ -~])|(?<=[^ -~]) /g, '')
    .trim();
}

/**
 * The comparison key of a name that has no unit or prefix left. Folding can make a new trailing
 * unit bracket (`#(%"]`: the quote dropped, `]` read as `)`) — stripped too, until nothing changes,
 * so that the key of a key is itself (fast-check found that case).
 */
function keyOf(name: string): string {
  let key = foldKey(name);
  // Only a key that ends in a bracket or starts like 其中： can fold into something to strip.
  if (!key.endsWith(')') && !SUB_PREFIX.test(key)) return key;
  for (let i = 0; i < 4; i += 1) {
    const next = foldKey(stripUnits(stripPrefix(key).rest).name);
    if (next === key) break;
    key = next;
  }
  return key;
}

function foldKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SPACE, '')
    .replace(QUOTES, '')
    .replace(OPEN, '(')
    .replace(CLOSE, ')')
    .replace(DASHES, '-')
    .toLowerCase();
}

function stripPrefix(raw: string): { rest: string; subItem: boolean } {
  let rest = raw.replace(INVISIBLE, '').replace(SPACE, ' ').trim();
  let subItem = false;
  while (SUB_PREFIX.test(rest)) {
    rest = rest.replace(SUB_PREFIX, '');
    subItem = true;
  }
  return { rest, subItem };
}

/**
 * Splits off trailing unit brackets. When several follow each other (`X（件）（万件）`) all go,
 * the last is the unit: so a name once normalised has none left and normalising is idempotent.
 */
function stripUnits(name: string): { name: string; unit: string | null } {
  let rest = name;
  let unit: string | null = null;
  for (let m = TRAILING_BRACKET.exec(rest); m?.[1] !== undefined && isUnitText(m[2] ?? ''); m = TRAILING_BRACKET.exec(rest)) {
    unit ??= (m[2] ?? '').normalize('NFKC').replace(SPACE, '').replace(UNIT_WORD, '');
    rest = m[1];
  }
  return { name: rest, unit };
}

/**
 * Names repeat on every row of an actuals file (100,000 rows, a dozen names): each distinct one is
 * normalised once. Bounded, and emptied when full, so a file of all-different names cannot grow it.
 */
const NORMALIZED = new Map<string, NormalizedName>();
const NORMALIZED_MAX = 4096;

export function normalizeIndicatorName(raw: string): NormalizedName {
  const known = NORMALIZED.get(raw);
  if (known) return known;
  const { rest, subItem } = stripPrefix(raw);
  const { name, unit } = stripUnits(rest);
  const normalized: NormalizedName = { key: keyOf(name), name: displayName(name), unit, subItem };
  if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
  NORMALIZED.set(raw, normalized);
  return normalized;
}

/** An indicator a name can resolve to: the loaded tables' indicators, with optional aliases. */
export interface IndicatorRef {
  /** Stable id, `<dataset>.<code>`. */
  readonly id: string;
  readonly name: string;
  readonly unit?: string;
  /** Other names staff or older files use for the same indicator. */
  readonly aliases?: readonly string[];
}

export type NameMatch =
  | { readonly kind: 'exact'; readonly ref: IndicatorRef; readonly via: 'name' | 'alias'; readonly unit: string | null }
  | { readonly kind: 'ambiguous'; readonly refs: readonly IndicatorRef[] }
  | { readonly kind: 'none'; readonly suggestions: readonly IndicatorRef[] };

export interface NameIndex {
  readonly byKey: ReadonlyMap<string, readonly { ref: IndicatorRef; via: 'name' | 'alias' }[]>;
  readonly keys: readonly string[];
}

export function buildNameIndex(refs: readonly IndicatorRef[]): NameIndex {
  const byKey = new Map<string, { ref: IndicatorRef; via: 'name' | 'alias' }[]>();
  const add = (name: string, ref: IndicatorRef, via: 'name' | 'alias'): void => {
    const key = normalizeIndicatorName(name).key;
    if (key === '') return;
    const list = byKey.get(key) ?? [];
    if (!list.some((e) => e.ref.id === ref.id)) list.push({ ref, via });
    byKey.set(key, list);
  };
  for (const ref of refs) {
    add(ref.name, ref, 'name');
    for (const alias of ref.aliases ?? []) add(alias, ref, 'alias');
  }
  return { byKey, keys: [...byKey.keys()] };
}

/** Longer inputs are pasted text, not names; Levenshtein on them would only cost time. */
const MAX_SUGGEST_CHARS = 80;

function suggestions(index: NameIndex, key: string): IndicatorRef[] {
  if (key === '' || key.length > MAX_SUGGEST_CHARS || index.keys.length === 0) return [];
  const scored = index.keys
    .map((k) => ({ k, d: k.includes(key) || key.includes(k) ? Math.abs(k.length - key.length) * 0.5 : distance(key, k) }))
    .filter(({ k, d }) => d <= Math.max(1, Math.floor(Math.max(k.length, key.length) / 3)))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k));
  const refs: IndicatorRef[] = [];
  for (const { k } of scored) {
    for (const entry of index.byKey.get(k) ?? []) if (!refs.some((r) => r.id === entry.ref.id)) refs.push(entry.ref);
  }
  if (refs.length === 0) {
    const best = closest(key, [...index.keys]);
    if (distance(key, best) <= 1) refs.push(...(index.byKey.get(best) ?? []).map((e) => e.ref));
  }
  return refs.slice(0, 3);
}

export function matchIndicatorName(index: NameIndex, raw: string): NameMatch {
  const { key, unit } = normalizeIndicatorName(raw);
  const found = index.byKey.get(key);
  if (found && found.length === 1 && found[0]) return { kind: 'exact', ref: found[0].ref, via: found[0].via, unit };
  if (found && found.length > 1) return { kind: 'ambiguous', refs: found.map((e) => e.ref) };
  return { kind: 'none', suggestions: suggestions(index, key) };
}

/** “是否为“X”？” / Did you mean "X"? — for issue messages; empty when there is nothing to suggest. */
export function suggestionText(match: NameMatch): { zh: string; en: string } {
  if (match.kind !== 'none' || match.suggestions.length === 0) return { zh: '', en: '' };
  const names = match.suggestions.map((r) => r.name);
  return {
    zh: `是否为${names.map((n) => `“${n}”`).join('或')}？`,
    en: `Did you mean ${names.map((n) => `"${n}"`).join(' or ')}?`,
  };
}
