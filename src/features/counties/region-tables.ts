/** The catalog's region task tables in the generic layout: the county view can rank and map them. */
import { useQuery } from '@tanstack/react-query';
import { catalogEntries, type CatalogEntry } from '../../data/catalog/catalog-schema';
import { EMBEDDED_CATALOG } from '../../data/registry';
import { catalogQuery } from '../../queries/catalog-query';

export interface RegionTables {
  readonly tables: readonly CatalogEntry[];
  /** The catalog in use has been read (served and imported plans), not just the embedded one. */
  readonly ready: boolean;
}

export function useRegionTables(): RegionTables {
  const query = useQuery(catalogQuery());
  const catalog = query.data ?? EMBEDDED_CATALOG;
  const tables = catalogEntries(catalog).filter(
    (e) => e.table.role === 'region-tasks' && e.table.layout === 'region-tasks@1',
  );
  return { tables, ready: query.isSuccess && !query.isPlaceholderData };
}
