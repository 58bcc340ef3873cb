/**
 * The plan catalog the board shows: the served data/catalog.json (staff or `npm run publish` add
 * plans there) plus the plans added by import in this browser. Read through this one factory; a
 * catalog that does not parse keeps the one in use (the embedded one at first) and the board
 * goes on. The registry is told (setCatalog) so the pipeline, worker requests and views agree.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { CATALOG_FILE_NAME, type Catalog, type CatalogDocument } from '../data/catalog/catalog-schema';
import { parseCatalog } from '../data/catalog/parse-catalog';
import { currentCatalog, EMBEDDED_CATALOG, setCatalog } from '../data/registry';
import { localPlans } from '../import/local-catalog';
import { readServedFile } from '../import/served-file';

async function servedCatalog(signal: AbortSignal): Promise<Catalog> {
  try {
    // Through readServedFile like every data file: no-cache, an SPA fallback page refused, and its
    // content hash noted (a prerendered chart is shown only while every file reads as at build).
    const served = await readServedFile(CATALOG_FILE_NAME, signal);
    if (!served.ok) return currentCatalog();
    const parsed = parseCatalog(JSON.parse(new TextDecoder().decode(served.bytes)) as unknown);
    return parsed.ok ? parsed.catalog : currentCatalog();
  } catch {
    return currentCatalog();
  }
}

/** Served documents first; an imported plan with the same dataset id as a served one yields. */
export function mergeCatalogs(served: Catalog, local: readonly CatalogDocument[]): Catalog {
  const taken = new Set(served.documents.flatMap((d) => d.tables.map((t) => t.dataset)));
  const added = local.filter((d) => d.tables.every((t) => !taken.has(t.dataset)));
  return { ...served, documents: [...served.documents, ...added] };
}

export const catalogQuery = () =>
  queryOptions({
    queryKey: ['catalog'] as const,
    queryFn: async ({ signal }): Promise<Catalog> => {
      const [served, local] = await Promise.all([servedCatalog(signal), localPlans()]);
      const catalog = mergeCatalogs(served, local);
      setCatalog(catalog);
      return catalog;
    },
    placeholderData: EMBEDDED_CATALOG,
  });

/** The catalog in use; the embedded one until the served one has been read. */
export function useCatalog(): Catalog {
  return useQuery(catalogQuery()).data ?? EMBEDDED_CATALOG;
}
