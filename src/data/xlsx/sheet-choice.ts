/**
 * Which sheet of a workbook is the table: the one named (CLI `FILE.xlsx#Sheet` / `--sheet`, the
 * dialog's picker), else the only visible sheet with content. Several such sheets is a question
 * for the user, asked with what each sheet was recognised as; never a guess.
 */
import { recognizeDataset } from '../headers';
import { issue, type ValidationIssue } from '../issues';
import type { RawRow } from '../parse';
import type { DatasetId } from '../schema';
import { isBlankRow } from '../validate';
import type { SheetRows } from './sheet-rows';
import type { Workbook } from './read-workbook';

export interface SheetSummary {
  readonly name: string;
  readonly hidden: boolean;
  /** The table its headers were recognised as, or null. */
  readonly dataset: DatasetId | null;
  /** Non-blank rows below the header (below nothing when not recognised). */
  readonly rows: number;
}

export type SheetChoice =
  | { readonly kind: 'chosen'; readonly name: string; readonly read: SheetRows; readonly sheets: readonly SheetSummary[] }
  | { readonly kind: 'ask'; readonly issue: ValidationIssue; readonly sheets: readonly SheetSummary[] };

function summarise(name: string, hidden: boolean, rows: readonly RawRow[]): SheetSummary {
  const recognition = recognizeDataset(rows);
  const match = recognition.kind === 'recognised' ? recognition.match : null;
  const body = match ? rows.slice(match.dataStart) : rows;
  return { name, hidden, dataset: match?.spec.id ?? null, rows: body.filter((r) => !isBlankRow(r.cells)).length };
}

function listing(sheets: readonly SheetSummary[]): string {
  return sheets.map((s) => `“${s.name}”`).join('、');
}

function unknownSheet(name: string, sheets: readonly SheetSummary[]): ValidationIssue {
  return issue('unknown-sheet', 'error', { line: 0, cell: name },
    `工作簿中没有名为“${name}”的工作表。现有：${listing(sheets)}。`,
    `The workbook has no sheet named "${name}". It has: ${sheets.map((s) => `"${s.name}"`).join(', ')}.`);
}

function sheetRequired(candidates: readonly SheetSummary[]): ValidationIssue {
  return issue('sheet-required', 'error', { line: 0 },
    `工作簿有 ${candidates.length} 个含数据的工作表（${listing(candidates)}），请选择要导入的一个（命令行：文件名.xlsx#表名 或 --sheet 表名）。`,
    `The workbook has ${candidates.length} sheets with data (${candidates.map((s) => `"${s.name}"`).join(', ')}); choose the one to import (command line: FILE.xlsx#Sheet or --sheet NAME).`);
}

export function chooseSheet(workbook: Workbook, wanted: string | undefined): SheetChoice {
  const reads = new Map<string, SheetRows>();
  const summaries = workbook.sheets.filter((s) => s.part !== null).map((s) => {
    const read = workbook.readSheet(s.name);
    reads.set(s.name, read);
    return summarise(s.name, s.hidden, read.rows);
  });
  const emptyRead: SheetRows = { rows: [], issues: [] };
  if (wanted !== undefined) {
    const found = summaries.find((s) => s.name === wanted) ?? summaries.find((s) => s.name.trim() === wanted.trim());
    return found ? { kind: 'chosen', name: found.name, read: reads.get(found.name) ?? emptyRead, sheets: summaries }
      : { kind: 'ask', issue: unknownSheet(wanted, summaries), sheets: summaries };
  }
  const candidates = summaries.filter((s) => !s.hidden && (reads.get(s.name)?.rows.some((r) => !isBlankRow(r.cells)) ?? false));
  const only = candidates.length === 1 ? candidates[0] : candidates.length === 0 ? summaries.find((s) => !s.hidden) : undefined;
  if (only) return { kind: 'chosen', name: only.name, read: reads.get(only.name) ?? emptyRead, sheets: summaries };
  return candidates.length > 1 ? { kind: 'ask', issue: sheetRequired(candidates), sheets: summaries }
    : { kind: 'ask', issue: issue('empty-file', 'error', { line: 0 }, '工作簿中没有工作表。', 'The workbook has no worksheet.'), sheets: summaries };
}
