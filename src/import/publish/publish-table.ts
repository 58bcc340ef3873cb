/**
 * One publication: the checked table (the import plan's next text) in the canonical layout,
 * written through a target, then read back through the pipeline — only a file that reads back
 * whole, valid and identical is reported live.
 */
import { catalogText, editCatalogText } from '../../data/catalog/catalog-edit';
import { CATALOG_FILE_NAME, type CatalogDocument } from '../../data/catalog/catalog-schema';
import { decodeBytes } from '../../data/decode';
import { canonicalTableText } from '../../data/publish/check';
import type { Publication } from '../../data/publish/history';
import { isAccepted, loadCsvBytes } from '../../data/pipeline';
import { EMBEDDED_CATALOG } from '../../data/registry';
import type { DatasetSpec } from '../../data/schema';
import { PublishError, type PublishBase, type PublishTarget } from './publish-target';

export interface PublishRequest {
  readonly target: PublishTarget;
  readonly spec: DatasetSpec;
  /** The preview's resulting table (`ImportPlan.next.text`), already checked. */
  readonly checkedText: string;
  readonly base: PublishBase;
  readonly sourceFile: string;
  readonly publishedBy: string;
  /** A new plan (新增规划): its document, added to the folder's catalog.json after the table. */
  readonly plan?: CatalogDocument;
}

export interface PublishOutcome extends Publication {
  /** A new plan's document: added to catalog.json, or replaced the one with its id. */
  readonly catalog: 'added' | 'replaced' | null;
}

/** The catalog text with the plan in it, or the refusal as a PublishError (nothing written). */
export function catalogWith(current: string | null, plan: CatalogDocument): { text: string; added: boolean } {
  const edit = editCatalogText(current, plan, EMBEDDED_CATALOG);
  if (!edit.ok) throw new PublishError('catalog', edit.problems.map((p) => p.message_zh).join('；'));
  return { text: catalogText(edit.catalog), added: edit.added };
}

export async function publishTable(request: PublishRequest): Promise<PublishOutcome> {
  const { target, spec, plan } = request;
  const { text, rows } = canonicalTableText(spec, request.checkedText);
  // A catalog that would refuse the plan refuses the publication before anything is written.
  if (plan) {
    const current = await target.read(CATALOG_FILE_NAME);
    catalogWith(current ? new TextDecoder().decode(current) : null, plan);
  }
  const entry = {
    file: spec.file,
    dataset: spec.id,
    publishedAt: new Date().toISOString(),
    publishedBy: request.publishedBy,
    sourceFile: request.sourceFile,
    rows,
  };
  const publication = await target.write(spec.file, text, request.base, entry);
  const back = await target.read(spec.file);
  const decoded = back ? decodeBytes(back) : null;
  if (
    !back ||
    !decoded?.ok ||
    decoded.text !== text ||
    !isAccepted(loadCsvBytes(back, { datasetId: spec.id, spec }))
  ) {
    throw new PublishError('not-live');
  }
  // The table first: a catalog naming a file that is not there yet would break every screen.
  const edit = { added: false };
  if (plan) {
    try {
      await target.update(CATALOG_FILE_NAME, (current) => {
        const next = catalogWith(current, plan);
        edit.added = next.added;
        return next.text;
      });
    } catch (error) {
      // The table is live but no screen lists it yet: say so; publishing again retries the catalog.
      throw new PublishError(
        'catalog-late',
        error instanceof PublishError ? error.detail || error.kind : String(error),
      );
    }
  }
  return { ...publication, catalog: plan ? (edit.added ? 'added' : 'replaced') : null };
}
