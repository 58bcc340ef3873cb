/**
 * Reading `data/catalog.json`: parser output is `unknown` until every field is checked. A broken
 * catalog is refused whole with messages that name the document and field; the board then keeps
 * the catalog it had (the embedded one at first), never half of a new one.
 */
import {
  CATALOG_FORMAT, type Catalog, type CatalogDocument, type CatalogTable, type PlanLevel, type TableLayout, type TableRole,
} from './catalog-schema';

export interface CatalogProblem {
  readonly path: string;
  readonly message_zh: string;
  readonly message_en: string;
}

export type CatalogParse =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly problems: readonly CatalogProblem[] };

const LEVELS: readonly PlanLevel[] = ['province', 'city', 'county'];
const ROLES: readonly TableRole[] = ['indicators', 'region-tasks', 'zones', 'actuals'];
const LAYOUTS: readonly TableLayout[] = ['plan-indicators@1', 'region-tasks@1'];
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.csv$/;

type Obj = Readonly<Record<string, unknown>>;

class Reader {
  readonly problems: CatalogProblem[] = [];

  fail(path: string, zh: string, en: string): void {
    this.problems.push({ path, message_zh: `${path}：${zh}`, message_en: `${path}: ${en}` });
  }

  text(o: Obj, key: string, path: string, pattern?: RegExp): string {
    const v = o[key];
    if (typeof v !== 'string' || (pattern && !pattern.test(v))) {
      this.fail(`${path}.${key}`, pattern ? '格式不对' : '应为文字', pattern ? 'has the wrong form' : 'must be text');
      return '';
    }
    return v;
  }

  oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T {
    const v = o[key];
    const found = values.find((x) => x === v);
    if (found === undefined) this.fail(`${path}.${key}`, `应为 ${values.join(' / ')} 之一`, `must be one of ${values.join(', ')}`);
    return found ?? values[0] as T;
  }
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown): readonly string[] | null {
  return Array.isArray(v) && v.every((x): x is string => typeof x === 'string') ? v : null;
}

function readAliases(r: Reader, v: unknown, path: string): Readonly<Record<string, readonly string[]>> | undefined {
  if (v === undefined) return undefined;
  const out: Record<string, readonly string[]> = {};
  if (!isObj(v)) { r.fail(path, '应为“名称: [别名…]”', 'must map names to lists of aliases'); return undefined; }
  for (const [name, list] of Object.entries(v)) {
    const aliases = stringList(list);
    if (aliases) out[name] = aliases;
    else r.fail(`${path}.${name}`, '应为文字列表', 'must be a list of text');
  }
  return out;
}

function readTable(r: Reader, v: unknown, path: string): CatalogTable {
  const o = isObj(v) ? v : {};
  if (!isObj(v)) r.fail(path, '应为对象', 'must be an object');
  const layout = o.layout === undefined ? undefined : r.oneOf(o, 'layout', path, LAYOUTS);
  const headline = o.headline === undefined ? undefined : stringList(o.headline);
  if (headline === null) r.fail(`${path}.headline`, '应为指标代码列表', 'must be a list of indicator codes');
  const aliases = readAliases(r, o.aliases, `${path}.aliases`);
  return {
    dataset: r.text(o, 'dataset', path, ID),
    file: r.text(o, 'file', path, FILE),
    role: r.oneOf(o, 'role', path, ROLES),
    section: r.text(o, 'section', path),
    title_zh: r.text(o, 'title_zh', path),
    title_en: r.text(o, 'title_en', path),
    ...(layout ? { layout } : {}),
    ...(headline ? { headline } : {}),
    ...(aliases ? { aliases } : {}),
  };
}

function readDocument(r: Reader, v: unknown, path: string): CatalogDocument {
  const o = isObj(v) ? v : {};
  if (!isObj(v)) r.fail(path, '应为对象', 'must be an object');
  const region = o.region;
  if (region !== null && typeof region !== 'string') r.fail(`${path}.region`, '应为地区名称或 null', 'must be a region name or null');
  const tables = Array.isArray(o.tables) ? o.tables : [];
  if (!Array.isArray(o.tables) || tables.length === 0) r.fail(`${path}.tables`, '至少要有一张表', 'needs at least one table');
  const seedFile = typeof o.seedFile === 'string' ? o.seedFile : undefined;
  return {
    id: r.text(o, 'id', path, ID),
    title: r.text(o, 'title', path),
    docNo: r.text(o, 'docNo', path),
    issuer: r.text(o, 'issuer', path),
    date: r.text(o, 'date', path, /^(\d{4}-\d{2}-\d{2})?$/),
    level: r.oneOf(o, 'level', path, LEVELS),
    region: typeof region === 'string' ? region : null,
    period: r.text(o, 'period', path),
    domain: r.text(o, 'domain', path, ID),
    domain_zh: r.text(o, 'domain_zh', path),
    domain_en: r.text(o, 'domain_en', path),
    ...(seedFile ? { seedFile } : {}),
    tables: tables.map((t, i) => readTable(r, t, `${path}.tables[${i}]`)),
  };
}

function checkUnique(r: Reader, documents: readonly CatalogDocument[]): void {
  const seen = new Set<string>();
  for (const d of documents) {
    for (const t of d.tables) {
      if (seen.has(t.dataset)) r.fail(`${d.id}.${t.dataset}`, '数据集编号重复', 'dataset id appears twice');
      seen.add(t.dataset);
    }
  }
}

export function parseCatalog(json: unknown): CatalogParse {
  const r = new Reader();
  if (!isObj(json) || json.format !== CATALOG_FORMAT) {
    r.fail('format', `应为“${CATALOG_FORMAT}”`, `must be "${CATALOG_FORMAT}"`);
    return { ok: false, problems: r.problems };
  }
  const list = Array.isArray(json.documents) ? json.documents : [];
  const documents = list.map((d, i) => readDocument(r, d, `documents[${i}]`));
  checkUnique(r, documents);
  return r.problems.length > 0 ? { ok: false, problems: r.problems } : { ok: true, catalog: { format: CATALOG_FORMAT, documents } };
}
