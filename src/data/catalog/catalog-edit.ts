/**
 * Adding a plan to the served catalog when its table is published: the document goes in (or
 * replaces the document with the same id: a plan published again after its 文号 was corrected),
 * every other document stays exactly as it was. A table whose dataset id or file another document
 * already names is refused, never silently taken over. Pure; used by the dialog and the CLI.
 */
import { CATALOG_FILE_NAME, type Catalog, type CatalogDocument } from './catalog-schema';
import { parseCatalog, type CatalogProblem } from './parse-catalog';

export type CatalogEdit =
  | { readonly ok: true; readonly catalog: Catalog; readonly added: boolean }
  | { readonly ok: false; readonly problems: readonly CatalogProblem[] };

function problem(path: string, zh: string, en: string): CatalogProblem {
  return { path, message_zh: `${path}：${zh}`, message_en: `${path}: ${en}` };
}

/** `catalog` with `document` in it; refused when another document owns one of its tables. */
export function withDocument(catalog: Catalog, document: CatalogDocument): CatalogEdit {
  const others = catalog.documents.filter((d) => d.id !== document.id);
  const problems: CatalogProblem[] = [];
  for (const table of document.tables) {
    const owner = others.find((d) => d.tables.some((t) => t.dataset === table.dataset || t.file === table.file));
    if (owner) {
      problems.push(problem(`${document.id}.${table.dataset}`,
        `数据表 ${table.dataset}（${table.file}）已属于规划“${owner.title}”，不能再发布为另一个规划`,
        `table ${table.dataset} (${table.file}) already belongs to the plan "${owner.title}" and cannot be published as another plan`));
    }
  }
  // The result must still be a catalog the board accepts (ids, periods, layouts…).
  const index = catalog.documents.findIndex((d) => d.id === document.id);
  const documents = index < 0 ? [...catalog.documents, document] : catalog.documents.map((d, i) => (i === index ? document : d));
  const next: Catalog = { ...catalog, documents };
  const parsed = parseCatalog(JSON.parse(JSON.stringify(next)) as unknown);
  if (!parsed.ok) problems.push(...parsed.problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: next, added: index < 0 };
}

/** The catalog file's text: two-space JSON and a final newline, as `data/catalog.json` is kept. */
export function catalogText(catalog: Catalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

/** The catalog file as it is now in a data folder (`null`: none yet) with `document` added. */
export function editCatalogText(current: string | null, document: CatalogDocument, fallback: Catalog): CatalogEdit {
  let base: Catalog = fallback;
  if (current !== null) {
    let json: unknown;
    try { json = JSON.parse(current); } catch { return { ok: false, problems: [problem(CATALOG_FILE_NAME, '不是有效的 JSON，未修改', 'is not valid JSON; left unchanged')] }; }
    const parsed = parseCatalog(json);
    if (!parsed.ok) return parsed;
    base = parsed.catalog;
  }
  return withDocument(base, document);
}
