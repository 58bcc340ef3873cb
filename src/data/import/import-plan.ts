/**
 * An import, planned but not applied: the file read and validated, the table it would produce
 * (replace or merge), that table validated again as a whole (totals span old and new rows), and
 * the difference from the current table. Pure: the worker runs it, the UI shows it, applying it
 * is someone else's job and takes only `next.text`.
 */
import type { TextEncodingName } from '../decode';
import { errorsOf, issue, sortIssues, warningsOf, type ValidationIssue } from '../issues';
import { loadCsvText, loadRawRows, unreadable, type LoadResult } from '../pipeline';
import { readFileTable, withSheetCells, type FileFormat, type FileTable, type SheetSummary } from '../read-file';
import type { IndicatorRef } from '../indicator-names';
import type { DatasetId, DatasetSpec, TypedRow } from '../schema';
import type { PlanReading } from '../plan/plan-load';
import { tableCsvText, type HeaderLabels } from './table-csv';
import { applyMode, diffTables, type ImportMode, type TableDiff } from './table-diff';

export type { FileFormat, SheetSummary };

export interface PlanInput {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** The user's choice when recognition was unsure, or a JSON file's own "dataset". */
  readonly datasetId?: DatasetId;
  readonly mode?: ImportMode;
  /** A workbook's sheet, chosen by the user. */
  readonly sheet?: string;
  /** The table now shown for each dataset, as CSV text in the app's layout. */
  readonly current: (id: DatasetId) => string | null;
  /** Ids of the targets loaded now: an actual for anything else would show nowhere. */
  readonly knownIndicators?: ReadonlySet<string>;
  /** The targets loaded now, with names and units: actuals are matched by name and unit-checked. */
  readonly targets?: readonly IndicatorRef[];
  /** A plan table as printed: staff chose "新增规划" (a new plan) over updating a table by names. */
  readonly newPlan?: boolean;
  /** Told as each stage starts, for a progress display (the stages are synchronous). */
  readonly onStage?: (stage: ImportStage) => void;
}

export type ImportStage = 'decode' | 'validate' | 'compare';

export interface ImportPlan {
  readonly fileName: string;
  readonly format: FileFormat;
  readonly encoding: TextEncodingName | null;
  /** Workbooks: the sheet read (null until one is chosen when there are several), and every sheet. */
  readonly sheet: string | null;
  readonly sheets: readonly SheetSummary[];
  readonly dataset: DatasetSpec | null;
  readonly mode: ImportMode;
  /** Data rows the file held. */
  readonly rowCount: number;
  readonly errors: readonly ValidationIssue[];
  readonly warnings: readonly ValidationIssue[];
  readonly diff: TableDiff | null;
  /** The table after applying, in the app's CSV layout with the file's own header labels. */
  readonly next: { readonly text: string; readonly labels: HeaderLabels; readonly rowCount: number } | null;
  /** The file was a plan's table as printed: what was read, and the drafted entry of a new plan. */
  readonly plan?: PlanReading;
}

export function defaultMode(id: DatasetId | undefined): ImportMode {
  // Actuals accumulate year by year; every other table is a whole table from one document.
  return id === 'progress-actuals' ? 'merge' : 'replace';
}

function readFile(input: PlanInput): { file: FileTable; result: LoadResult } {
  input.onStage?.('decode');
  const file = readFileTable(input.bytes, input.sheet === undefined ? { fileName: input.fileName } : { fileName: input.fileName, sheet: input.sheet });
  if (file.parsed === null) return { file, result: unreadable(file.issues[0] ?? issue('empty-file', 'error', { line: 0 }, '文件中没有内容。', 'The file has no content.')) };
  input.onStage?.('validate');
  const datasetId = input.datasetId ?? file.datasetId;
  // Actual values are checked against the loaded targets (names, units) when the caller has them.
  // A plan table as printed names its indicators: they are looked up in the tables shown now.
  const plan = { current: (spec: DatasetSpec) => currentRows(spec, input.current(spec.id)), ...(input.newPlan ? { forceNew: true } : {}) };
  const targets = { ...(input.targets === undefined ? {} : { targets: input.targets }), plan };
  const result = loadRawRows(file.parsed, file.encoding, datasetId ? { ...targets, datasetId } : targets);
  return { file, result: { ...result, issues: withSheetCells(result.issues, file.sheet) } };
}

/**
 * Total warnings of the whole new table, with lines pointing into the imported file: a row that
 * came from the file keeps its line, a kept row (merge) has none there (0).
 */
function tableWarnings(next: LoadResult, rows: readonly TypedRow[], fromFile: ReadonlySet<TypedRow>): ValidationIssue[] {
  return warningsOf(next.issues)
    .filter((w) => w.code === 'total-mismatch')
    .map((w) => {
      // Same order, all valid: the n-th row read back is the n-th row written (a quoted cell
      // may span lines, so lines are looked up, not computed).
      const row = rows[next.rows.findIndex((r) => r.line === w.line)];
      return { ...w, line: row && fromFile.has(row) ? row.line : 0 };
    });
}

/** Without the targets' names (older callers), unknown ids at least are a warning. */
function unknownIndicators(spec: DatasetSpec, rows: readonly TypedRow[], known: ReadonlySet<string> | undefined, targets: PlanInput['targets']): ValidationIssue[] {
  if (spec.id !== 'progress-actuals' || !known || targets) return [];
  const issues: ValidationIssue[] = [];
  for (const row of rows) {
    const id = row.values.indicator;
    if (typeof id !== 'string' || known.has(id)) continue;
    issues.push(issue('constraint-error', 'warning', { line: row.line, cell: id },
      `指标“${id}”没有对应的目标，导入后不会显示在进展中。请对照填报模板检查指标编号。`,
      `No target has the id "${id}"; it will not show in progress. Check the id against the fill-in template.`));
    if (issues.length >= 50) break;
  }
  return issues;
}

function currentRows(spec: DatasetSpec, text: string | null): readonly TypedRow[] {
  return text === null ? [] : loadCsvText(text, 'utf-8', { datasetId: spec.id }).rows;
}

export function planImport(input: PlanInput): ImportPlan {
  const { file: source, result: file } = readFile(input);
  const spec = file.dataset;
  const mode = input.mode ?? defaultMode(spec?.id);
  const base = { fileName: input.fileName, format: source.format, encoding: file.encoding, sheet: source.sheet, sheets: source.sheets, dataset: spec, mode, rowCount: file.rowCount, ...(file.plan ? { plan: file.plan } : {}) };
  const fileErrors = errorsOf(file.issues);
  if (!spec || fileErrors.length > 0) return { ...base, errors: fileErrors, warnings: warningsOf(file.issues), diff: null, next: null };
  input.onStage?.('compare');
  const current = currentRows(spec, input.current(spec.id));
  const rows = applyMode(spec, current, file.rows, mode, new Set(Object.keys(file.columnLabels)));
  const labels = file.columnLabels;
  const text = tableCsvText(spec, rows, labels);
  // Replacing, the file is the table: its own totals are the table's. Merging, the whole new
  // table is validated again, for totals across kept and new rows.
  const next = mode === 'replace' ? null : loadCsvText(text, 'utf-8', { datasetId: spec.id });
  const fileWarnings = warningsOf(file.issues).filter((w) => next === null || w.code !== 'total-mismatch');
  return {
    ...base,
    errors: next ? errorsOf(next.issues) : [],
    warnings: sortIssues([...fileWarnings, ...(next ? tableWarnings(next, rows, new Set(file.rows)) : []), ...unknownIndicators(spec, file.rows, input.knownIndicators, input.targets)]),
    diff: diffTables(spec, current, rows),
    next: { text, labels, rowCount: rows.length },
  };
}

export { canApply } from './can-apply';

/**
 * A plan cut down for display and for the trip from the worker: at most `limit` of each list,
 * with the full counts. A 100,000-row file can have 100,000 issues; nobody reads past the first
 * screens, and cloning them all back to the page would stall it.
 */
export interface ImportPreview extends Omit<ImportPlan, 'diff'> {
  readonly counts: { readonly errors: number; readonly warnings: number; readonly changed: number; readonly added: number; readonly removed: number; readonly unchanged: number };
  readonly diff: TableDiff | null;
}

export const PREVIEW_LIMIT = 200;

export function previewOf(plan: ImportPlan, limit = PREVIEW_LIMIT): ImportPreview {
  const diff = plan.diff;
  return {
    ...plan,
    errors: plan.errors.slice(0, limit),
    warnings: plan.warnings.slice(0, limit),
    diff: diff && { changed: diff.changed.slice(0, limit), added: diff.added.slice(0, limit), removed: diff.removed.slice(0, limit), unchanged: diff.unchanged },
    counts: {
      errors: plan.errors.length,
      warnings: plan.warnings.length,
      changed: diff?.changed.length ?? 0,
      added: diff?.added.length ?? 0,
      removed: diff?.removed.length ?? 0,
      unchanged: diff?.unchanged ?? 0,
    },
  };
}
