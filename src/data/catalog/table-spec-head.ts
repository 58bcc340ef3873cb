/**
 * What every spec made from a catalog entry shares, whatever the table's layout (plan indicators,
 * region tasks): its id, file, titles and provenance, as the catalog states them.
 */
import type { DatasetSpec } from '../schema';
import type { CatalogDocument, CatalogTable } from './catalog-schema';

export function catalogSpecHead(
  document: CatalogDocument,
  table: CatalogTable,
): Pick<DatasetSpec, 'id' | 'file' | 'title_zh' | 'title_en' | 'source'> {
  return {
    id: table.dataset,
    file: table.file,
    title_zh: table.title_zh,
    title_en: table.title_en,
    source: {
      title: document.title,
      docNo: document.docNo,
      date: document.date,
      issuer: document.issuer,
      section: table.section,
      seedFile: document.seedFile ?? '',
    },
  };
}
