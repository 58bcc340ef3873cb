/**
 * The messages between the page and the import worker, and how a preview crosses between them.
 * The page loads only this (no file readers: those run in the worker, `import-protocol.ts`).
 */
import type { ImportPreview, ImportStage } from '../data/import/import-plan';
import type { ImportMode } from '../data/import/table-diff';
import type { IndicatorRef } from '../data/indicator-names';
import type { Catalog } from '../data/catalog/catalog-schema';
import { datasetSpec, genericSpec, isDatasetId } from '../data/registry';
import type { DatasetId } from '../data/schema';

export interface ImportRequest {
  readonly bytes: ArrayBuffer;
  readonly fileName: string;
  readonly datasetId?: DatasetId;
  readonly mode?: ImportMode;
  /** A workbook's sheet, as the user picked it. */
  readonly sheet?: string;
  /** Current table text per dataset (CSV in the app's layout). */
  readonly current: Partial<Record<DatasetId, string>>;
  readonly knownIndicators: readonly string[];
  /** The loaded targets' ids, names and units: actual values are matched to them by name. */
  readonly targets?: readonly IndicatorRef[];
  /** The page's catalog: the worker's registry knows the plans the page shows. */
  readonly catalog?: Catalog;
  readonly newPlan?: boolean;
}

/**
 * A preview as it crosses to the page: structured clone cannot carry the dataset spec (it holds
 * the normalise function), so the id travels and the page looks the spec up in its registry.
 */
export type WirePreview = Omit<ImportPreview, 'dataset'> & { readonly dataset: DatasetId | null };

export function toWire(preview: ImportPreview): WirePreview {
  return { ...preview, dataset: preview.dataset?.id ?? null };
}

/** A new plan's drafted table is not in the page's catalog yet: its spec comes from the draft. */
export function fromWire(wire: WirePreview): ImportPreview {
  const draft = wire.plan?.kind === 'new' ? wire.plan.document : null;
  const table = draft?.tables[0];
  // A plan's indicator table or a region task table: the spec its generic layout gives.
  const drafted = draft && table ? genericSpec(draft, table) : null;
  if (wire.dataset !== null && !isDatasetId(wire.dataset) && drafted) return { ...wire, dataset: drafted };
  return { ...wire, dataset: wire.dataset === null ? null : datasetSpec(wire.dataset) };
}

export type ImportResponse =
  | { readonly kind: 'stage'; readonly stage: ImportStage }
  | { readonly kind: 'done'; readonly preview: WirePreview; readonly ms: number }
  | { readonly kind: 'failed'; readonly message: string };
