/**
 * .xlsx bytes → the workbook's sheets, each read on demand into raw rows. Everything that can go
 * wrong with a hostile or damaged package (zip bomb, encryption, broken XML) becomes one issue;
 * nothing here throws to the caller.
 */
import type { ValidationIssue } from '../issues';
import { sheetRows, type SheetRows } from './sheet-rows';
import { parseSheet } from './sheet';
import { readWorkbookParts, type SheetEntry, type WorkbookParts } from './workbook';
import { brokenPartIssue, ignoredContentIssue, zipIssue } from './xlsx-issues';
import { XmlError } from './xml';
import { ZipArchive, ZipError, ZIP_LIMITS, type ZipLimits } from './zip';

export interface Workbook {
  readonly sheets: readonly SheetEntry[];
  /** Warnings about the whole workbook (macros, external links). */
  readonly notes: readonly ValidationIssue[];
  readSheet(name: string): SheetRows;
}

export type OpenResult = { readonly ok: true; readonly workbook: Workbook } | { readonly ok: false; readonly issue: ValidationIssue };

function failure(error: unknown, part: string): ValidationIssue {
  if (error instanceof ZipError) return zipIssue(error.reason, error.part);
  if (error instanceof XmlError) return brokenPartIssue(part, error.message);
  throw error;
}

function notesOf(parts: WorkbookParts): ValidationIssue[] {
  return parts.macros || parts.externalLinks > 0 ? [ignoredContentIssue(parts.macros, parts.externalLinks)] : [];
}

function sheetReader(zip: ZipArchive, parts: WorkbookParts): (name: string) => SheetRows {
  return (name) => {
    const entry = parts.sheets.find((s) => s.name === name);
    const part = entry?.part ?? null;
    if (part === null) return { rows: [], issues: [] };
    try {
      const bytes = zip.read(part);
      return bytes ? sheetRows(name, parseSheet(bytes, parts)) : { rows: [], issues: [brokenPartIssue(part, 'missing')] };
    } catch (error) {
      return { rows: [], issues: [failure(error, part)] };
    }
  };
}

export function openWorkbook(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): OpenResult {
  let part = '';
  try {
    const zip = new ZipArchive(bytes, limits);
    part = 'xl/workbook.xml';
    const parts = readWorkbookParts(zip);
    if (!parts) return { ok: false, issue: brokenPartIssue(part, zip.has('word/document.xml') ? 'a Word document, not a workbook' : 'missing') };
    return { ok: true, workbook: { sheets: parts.sheets, notes: notesOf(parts), readSheet: sheetReader(zip, parts) } };
  } catch (error) {
    return { ok: false, issue: failure(error, part) };
  }
}
