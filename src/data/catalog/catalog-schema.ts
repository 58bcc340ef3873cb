/**
 * The plan catalog (`data/catalog.json`, contract `target-board/catalog@1`, documented in the
 * README): every plan document the board shows and the tables it prints, each with a role. The
 * eight seed tables are entries whose bespoke specs live in code (`builtin`); a new plan's tables
 * use the generic contracts (`layout`), so a plan needs no developer.
 */

export const CATALOG_FORMAT = 'target-board/catalog@1';

/** The catalog's file name in the data folder. */
export const CATALOG_FILE_NAME = 'catalog.json';

export type PlanLevel = 'province' | 'city' | 'county';

/** What a table is for; its behaviour (views, template, merge mode) follows from the role. */
export type TableRole = 'indicators' | 'region-tasks' | 'zones' | 'actuals';

/** Generic contracts a table without a bespoke spec is stored in. */
export type TableLayout = 'plan-indicators@1' | 'region-tasks@1';

export interface CatalogTable {
  /** Dataset id, ASCII, unique in the catalog (`ip-indicators`, `plan-2026-ecology`). */
  readonly dataset: string;
  /** File name under data/. */
  readonly file: string;
  readonly role: TableRole;
  /** Table or section of the document (`专栏1 主要指标`). */
  readonly section: string;
  readonly title_zh: string;
  readonly title_en: string;
  /** Absent: a bespoke spec in code with this dataset id. */
  readonly layout?: TableLayout;
  /** Indicator codes shown first on the overview and wall (at most five). */
  readonly headline?: readonly string[];
  /** Name → other names staff use for the same indicator. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
}

export interface CatalogDocument {
  /** Stable ASCII id of the document. */
  readonly id: string;
  readonly title: string;
  /** 文号, e.g. 黑政发〔2021〕15号 (empty when the document has none). */
  readonly docNo: string;
  readonly issuer: string;
  /** ISO date of issue (YYYY-MM-DD), or empty when unknown. */
  readonly date: string;
  readonly level: PlanLevel;
  /** Canonical region name; null for the province. */
  readonly region: string | null;
  /** Plan period as printed, `2021—2025`; a one-year programme is `2022`. */
  readonly period: string;
  /** Domain key and its names, for grouping (`ip` 知识产权 Intellectual property). */
  readonly domain: string;
  readonly domain_zh: string;
  readonly domain_en: string;
  /** Seed file the numbers were extracted from (shared/seeds), when there is one. */
  readonly seedFile?: string;
  readonly tables: readonly CatalogTable[];
}

export interface Catalog {
  readonly format: typeof CATALOG_FORMAT;
  readonly documents: readonly CatalogDocument[];
}

export interface CatalogEntry {
  readonly document: CatalogDocument;
  readonly table: CatalogTable;
}

/** Every table with its document, in catalog order. */
export function catalogEntries(catalog: Catalog): CatalogEntry[] {
  return catalog.documents.flatMap((document) => document.tables.map((table) => ({ document, table })));
}

/** `2021—2025` → `[2021, 2025]`; `2022` → `[2022, 2022]`; anything else → null. */
export function periodYears(period: string): readonly [number, number] | null {
  const m = /^(\d{4})(?:\s*[—–\-－~～至]+\s*(\d{4}))?年?$/.exec(period.normalize('NFKC').trim());
  if (!m?.[1]) return null;
  const start = Number(m[1]);
  const end = m[2] ? Number(m[2]) : start;
  return end >= start ? [start, end] : null;
}
