/**
 * The one entry from file bytes to table rows, for every reader of files: the import worker, the
 * validator, assess and publish. CSV and JSON are decoded text; `.xlsx` is read as a workbook
 * (one sheet, chosen or the only one with data); `.xls` / `.et` are refused with what to do.
 * Then `loadFileBytes` runs the pipeline on the rows and points workbook issues at their cell.
 */
import { decodeBytes, fileTooLarge, MAX_FILE_BYTES, type TextEncodingName } from './decode';
import { parseJsonTable } from './import/json-table';
import { errorsOf, type ValidationIssue } from './issues';
import { parseCsvText, type ParsedText } from './parse';
import { loadRawRows, unreadable, type LoadOptions, type LoadResult } from './pipeline';
import type { DatasetId } from './schema';
import { openWorkbook } from './xlsx/read-workbook';
import { chooseSheet, type SheetSummary } from './xlsx/sheet-choice';
import { cellRef } from './xlsx/xlsx-issues';
import { binaryWorkbookIssue, legacyFormatIssue } from './xlsx/xlsx-issues';
import { fileFormatOf, type FileFormat } from './file-format';

export { fileFormatOf, type FileFormat };
export type { SheetSummary };

export interface ReadFileOptions {
  readonly fileName: string;
  /** A workbook's sheet, by name. */
  readonly sheet?: string;
}

export interface FileTable {
  readonly format: FileFormat;
  readonly encoding: TextEncodingName | null;
  /** The rows to validate, or null when the file gave none (its `issues` say why). */
  readonly parsed: ParsedText | null;
  readonly issues: readonly ValidationIssue[];
  /** A JSON table's own dataset. */
  readonly datasetId?: DatasetId;
  /** The sheet read, for workbooks. */
  readonly sheet: string | null;
  /** Every sheet of a workbook with what it was recognised as; empty for text files. */
  readonly sheets: readonly SheetSummary[];
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];


/** Old Excel and WPS files are OLE compound files (so are password-protected .xlsx). */
function legacyRefusal(fileName: string, bytes: Uint8Array): ValidationIssue | null {
  if (CFB.every((b, i) => bytes[i] === b) || /\.(xls|et|ett|xlt)$/i.test(fileName)) return legacyFormatIssue();
  return /\.xlsb$/i.test(fileName) ? binaryWorkbookIssue() : null;
}

function refused(format: FileFormat, issue: ValidationIssue, sheets: readonly SheetSummary[] = []): FileTable {
  return { format, encoding: null, parsed: null, issues: [issue], sheet: null, sheets };
}

function readWorkbook(bytes: Uint8Array, options: ReadFileOptions): FileTable {
  const opened = openWorkbook(bytes);
  if (!opened.ok) return refused('xlsx', opened.issue);
  const choice = chooseSheet(opened.workbook, options.sheet);
  if (choice.kind === 'ask') return refused('xlsx', choice.issue, choice.sheets);
  // A sheet that could not be read at all is that, not an empty table.
  const [broken] = choice.read.rows.length === 0 ? errorsOf(choice.read.issues) : [];
  if (broken) return { ...refused('xlsx', broken, choice.sheets), sheet: choice.name };
  const parsed = { rows: choice.read.rows, issues: [...opened.workbook.notes, ...choice.read.issues] };
  return { format: 'xlsx', encoding: null, parsed, issues: [], sheet: choice.name, sheets: choice.sheets };
}

export function readFileTable(bytes: Uint8Array, options: ReadFileOptions): FileTable {
  if (bytes.length > MAX_FILE_BYTES) return refused(fileFormatOf(options.fileName, bytes), fileTooLarge(bytes.length));
  const legacy = legacyRefusal(options.fileName, bytes);
  if (legacy) return refused('xlsx', legacy);
  const format = fileFormatOf(options.fileName, bytes);
  if (format === 'xlsx') return readWorkbook(bytes, options);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return refused(format, decoded.issue);
  const base = { format, encoding: decoded.encoding, issues: [], sheet: null, sheets: [] };
  if (format === 'csv') return { ...base, parsed: parseCsvText(decoded.text) };
  const table = parseJsonTable(decoded.text);
  return { ...base, parsed: table, ...(table.datasetId ? { datasetId: table.datasetId } : {}) };
}

/** Workbook issues name their cell (`主要指标!D7`) besides line and column. */
export function withSheetCells(issues: readonly ValidationIssue[], sheet: string | null): ValidationIssue[] {
  if (sheet === null) return [...issues];
  return issues.map((i) => (i.sheetCell !== undefined || i.line <= 0 ? i : { ...i, sheetCell: cellRef(sheet, i.line, i.column) }));
}

export interface FileLoad extends LoadResult {
  readonly format: FileFormat;
  readonly sheet: string | null;
  readonly sheets: readonly SheetSummary[];
}

/** File bytes → validated table: what the validator, assess and publish call. */
export function loadFileBytes(bytes: Uint8Array, options: ReadFileOptions & LoadOptions): FileLoad {
  const file = readFileTable(bytes, options);
  const facts = { format: file.format, sheet: file.sheet, sheets: file.sheets };
  const [first] = file.issues;
  if (file.parsed === null) return { ...unreadable(first ?? legacyFormatIssue()), ...facts };
  const datasetId = options.datasetId ?? file.datasetId;
  const targets = { ...(options.targets === undefined ? {} : { targets: options.targets }), ...(options.plan === undefined ? {} : { plan: options.plan }) };
  const result = loadRawRows(file.parsed, file.encoding, datasetId ? { ...targets, datasetId } : targets);
  return { ...result, issues: withSheetCells(result.issues, file.sheet), ...facts };
}
