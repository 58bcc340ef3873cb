/**
 * Validation issues are plain values, modelled on Frictionless table-schema errors, so the same
 * list can be printed by the command-line validator, shown in the import preview and asserted in
 * tests. `line` is the 1-based physical line of the file (what a text editor shows), not a row
 * index: quoted cells may span lines.
 */

export type IssueCode =
  | 'encoding-error'
  | 'binary-file'
  | 'empty-file'
  | 'file-too-large'
  | 'missing-file'
  | 'parse-error'
  | 'unknown-dataset'
  | 'missing-label'
  | 'duplicate-label'
  | 'extra-label'
  | 'blank-header'
  | 'blank-row'
  | 'extra-cell'
  | 'missing-cell'
  | 'type-error'
  | 'constraint-error'
  | 'unknown-region'
  | 'region-mismatch'
  | 'duplicate-row'
  | 'total-mismatch'
  // Workbooks (.xlsx): unreadable or unsafe package, .xls/.et, which sheet, formulas, hidden cells.
  | 'workbook-error'
  | 'unsupported-format'
  | 'sheet-required'
  | 'unknown-sheet'
  | 'formula-error'
  | 'hidden-cells'
  | 'ignored-content';

export type Severity = 'error' | 'warning';

export interface ValidationIssue {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** 1-based physical line in the file; 0 when the issue concerns the whole file. */
  readonly line: number;
  /** 1-based column; 0 when the issue concerns a whole row or file. */
  readonly column: number;
  /** Header of the column as written in the file, when known. */
  readonly field?: string;
  /** The offending cell exactly as written, when there is one. */
  readonly cell?: string;
  /** Workbooks only: the sheet and cell as Excel names them (`主要指标!D7`, a row `主要指标!7:7`). */
  readonly sheetCell?: string;
  readonly message_zh: string;
  readonly message_en: string;
}

export interface IssueLocation {
  readonly line: number;
  readonly column?: number;
  readonly field?: string;
  readonly cell?: string;
  readonly sheetCell?: string;
}

export function issue(
  code: IssueCode,
  severity: Severity,
  at: IssueLocation,
  message_zh: string,
  message_en: string,
): ValidationIssue {
  return {
    code,
    severity,
    line: at.line,
    column: at.column ?? 0,
    ...(at.field === undefined ? {} : { field: at.field }),
    ...(at.cell === undefined ? {} : { cell: at.cell }),
    ...(at.sheetCell === undefined ? {} : { sheetCell: at.sheetCell }),
    message_zh,
    message_en,
  };
}

export function errorsOf(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.filter((i) => i.severity === 'error');
}

export function warningsOf(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.filter((i) => i.severity === 'warning');
}

/** Stable order for reports: by line, then column, errors before warnings. */
export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const rank = (s: Severity): number => (s === 'error' ? 0 : 1);
  return [...issues].sort(
    (a, b) => a.line - b.line || a.column - b.column || rank(a.severity) - rank(b.severity),
  );
}
