/**
 * Workbooks built in test code the way Excel and WPS write them: shared strings, a styles part
 * with custom number formats, `<mergeCells>`, `<cols hidden>`, `<row hidden>`, formulas with
 * or without a cached `<v>`, zipped with fflate (deflate, as both do). Independent of the reader:
 * nothing here is imported from src/data/xlsx.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** Cell styles (index into cellXfs): what staff's sheets carry. */
export const STYLE = { general: 0, oneDecimal: 1, date: 2, percent: 3, chineseDate: 4 } as const;

export interface Cell {
  readonly v?: string | number | boolean;
  /** A formula; with `v` undefined it has no cached value (never recalculated). */
  readonly f?: string;
  readonly style?: number;
  /** An error value such as `#DIV/0!`. */
  readonly error?: string;
  /** Written inline (`t="inlineStr"`) instead of through shared strings. */
  readonly inline?: boolean;
}

export type CellInput = Cell | string | number | null;

export interface SheetInput {
  readonly name: string;
  readonly rows: readonly (readonly CellInput[])[];
  /** Top-left row of `rows` (1-based) and left column; defaults A1. */
  readonly origin?: { readonly row: number; readonly col: number };
  readonly merges?: readonly string[];
  readonly hiddenRows?: readonly number[];
  readonly hiddenCols?: readonly number[];
  readonly hidden?: boolean;
}

export interface WorkbookInput {
  readonly sheets: readonly SheetInput[];
  readonly date1904?: boolean;
  readonly extraParts?: Readonly<Record<string, string | Uint8Array>>;
  readonly externalLinks?: number;
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function colName(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  add(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) { i = this.list.length; this.list.push(text); this.index.set(text, i); }
    return i;
  }
}

function cellXml(input: CellInput, ref: string, strings: Strings): string {
  if (input === null || input === '') return '';
  const cell: Cell = typeof input === 'object' ? input : { v: input };
  const s = cell.style ? ` s="${cell.style}"` : '';
  const f = cell.f ? `<f>${xmlEscape(cell.f)}</f>` : '';
  if (cell.error) return `<c r="${ref}"${s} t="e">${f}<v>${xmlEscape(cell.error)}</v></c>`;
  if (cell.v === undefined) return `<c r="${ref}"${s}>${f}</c>`;
  if (typeof cell.v === 'number') return `<c r="${ref}"${s}>${f}<v>${cell.v}</v></c>`;
  if (typeof cell.v === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${cell.v ? 1 : 0}</v></c>`;
  if (cell.f) return `<c r="${ref}"${s} t="str">${f}<v>${xmlEscape(cell.v)}</v></c>`;
  if (cell.inline) return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlEscape(cell.v)}</t></is></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.add(cell.v)}</v></c>`;
}

function sheetXml(sheet: SheetInput, strings: Strings): string {
  const origin = sheet.origin ?? { row: 1, col: 1 };
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const rows = sheet.rows.map((cells, i) => {
    const r = origin.row + i;
    const body = cells.map((c, j) => cellXml(c, `${colName(origin.col + j)}${r}`, strings)).join('');
    return `<row r="${r}"${hiddenRows.has(r) ? ' hidden="1"' : ''}>${body}</row>`;
  }).join('');
  const cols = (sheet.hiddenCols ?? []).map((c) => `<col min="${c}" max="${c}" width="0" hidden="1" customWidth="1"/>`).join('');
  const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.0"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>`
  + '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';

export function buildWorkbook(input: WorkbookInput): Uint8Array {
  const strings = new Strings();
  const files: Zippable = {};
  input.sheets.forEach((sheet, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, strings)); });
  const links = input.externalLinks ?? 0;
  const sheetRels = input.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const n = input.sheets.length;
  const linkRels = Array.from({ length: links }, (_, i) => `<Relationship Id="rId${n + 3 + i}" Type="${REL}/externalLink" Target="externalLinks/externalLink${i + 1}.xml"/>`).join('');
  files['[Content_Types].xml'] = strToU8(`${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`);
  files['_rels/.rels'] = strToU8(`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${linkRels}</Relationships>`);
  const sheetList = input.sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('');
  files['xl/workbook.xml'] = strToU8(`${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${input.date1904 ? ' date1904="1"' : ''}/><sheets>${sheetList}</sheets></workbook>`);
  files['xl/styles.xml'] = strToU8(STYLES);
  files['xl/sharedStrings.xml'] = strToU8(`${HEAD}<sst xmlns="${MAIN}" count="${strings.list.length}" uniqueCount="${strings.list.length}">${strings.list.map((t) => `<si><t xml:space="preserve">${xmlEscape(t)}</t></si>`).join('')}</sst>`);
  for (const [name, content] of Object.entries(input.extraParts ?? {})) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level: 6 });
}
