/**
 * What may be published: a file through the import pipeline (decode → parse → recognise →
 * validate → totals, and the replace/merge plan against the table now in the folder), then the
 * resulting table written in the app's canonical layout (registry headers with units, UTF-8, the
 * table→CSV writer), whatever layout and encoding the staff member's file had. Errors refuse;
 * warnings refuse unless a person accepted them. Pure, shared by the CLI and the dialog.
 */
import type { CatalogDocument } from '../catalog/catalog-schema';
import type { ValidationIssue } from '../issues';
import { planImport, type ImportPlan } from '../import/import-plan';
import { tableCsvText } from '../import/table-csv';
import { loadCsvText } from '../pipeline';
import type { DatasetId, DatasetSpec } from '../schema';

export type PublishCheck =
  | {
    readonly ok: true; readonly spec: DatasetSpec; readonly text: string; readonly rows: number; readonly warnings: readonly ValidationIssue[];
    /** A plan table read as a new plan: its drafted document, to be added to catalog.json. */
    readonly plan: CatalogDocument | null;
  }
  | { readonly ok: false; readonly reason: 'errors' | 'warnings'; readonly spec: DatasetSpec | null; readonly errors: readonly ValidationIssue[]; readonly warnings: readonly ValidationIssue[] };

/** A checked table (the plan's next text, in the file's own labels) in the canonical layout. */
export function canonicalTableText(spec: DatasetSpec, text: string): { text: string; rows: number } {
  const rows = loadCsvText(text, 'utf-8', { datasetId: spec.id, spec }).rows;
  return { text: tableCsvText(spec, rows), rows: rows.length };
}

export function publishCheckOf(plan: ImportPlan, acceptWarnings: boolean): PublishCheck {
  const { dataset: spec, errors, warnings } = plan;
  if (!spec || !plan.next || errors.length > 0) return { ok: false, reason: 'errors', spec, errors, warnings };
  if (warnings.length > 0 && !acceptWarnings) return { ok: false, reason: 'warnings', spec, errors, warnings };
  const newPlan = plan.plan?.kind === 'new' ? plan.plan.document : null;
  return { ok: true, spec, ...canonicalTableText(spec, plan.next.text), warnings, plan: newPlan };
}

export interface PublishCheckInput {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly datasetId?: DatasetId;
  /** The folder's current table for a dataset (decoded text), `null` when the file is new. */
  readonly current: (id: DatasetId) => string | null;
  readonly acceptWarnings: boolean;
  /** A plan table as printed: read it as a new plan even when its names match a table. */
  readonly newPlan?: boolean;
  /** A workbook's sheet (`FILE.xlsx#Sheet` or `--sheet`); a workbook with several sheets needs one. */
  readonly sheet?: string;
}

export function checkForPublish(input: PublishCheckInput): PublishCheck {
  const plan = planImport({ bytes: input.bytes, fileName: input.fileName, datasetId: input.datasetId, current: input.current, ...(input.newPlan ? { newPlan: true } : {}), ...(input.sheet === undefined ? {} : { sheet: input.sheet }) });
  return publishCheckOf(plan, input.acceptWarnings);
}
