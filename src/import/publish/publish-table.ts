/**
 * One publication: the checked table (the import plan's next text) in the canonical layout,
 * written through a target, then read back through the pipeline — only a file that reads back
 * whole, valid and identical is reported live.
 */
import { decodeBytes } from '../../data/decode';
import { canonicalTableText } from '../../data/publish/check';
import type { Publication } from '../../data/publish/history';
import { isAccepted, loadCsvBytes } from '../../data/pipeline';
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
}

export async function publishTable(request: PublishRequest): Promise<Publication> {
  const { target, spec } = request;
  const { text, rows } = canonicalTableText(spec, request.checkedText);
  const entry = { file: spec.file, dataset: spec.id, publishedAt: new Date().toISOString(), publishedBy: request.publishedBy, sourceFile: request.sourceFile, rows };
  const publication = await target.write(spec.file, text, request.base, entry);
  const back = await target.read(spec.file);
  const decoded = back ? decodeBytes(back) : null;
  if (!back || !decoded?.ok || decoded.text !== text || !isAccepted(loadCsvBytes(back, { datasetId: spec.id }))) {
    throw new PublishError('not-live');
  }
  return publication;
}
