/**
 * Stage 2: text → raw rows of strings, each with the 1-based physical line it starts on. papaparse
 * does the CSV work (quotes, embedded newlines, delimiter detection); line numbers are counted
 * here from the newlines each row consumed, so they stay right after a quoted cell spans lines.
 */
import Papa from 'papaparse';
import { issue, type ValidationIssue } from './issues';

export interface RawRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ParsedText {
  readonly rows: readonly RawRow[];
  readonly issues: readonly ValidationIssue[];
  /** The CSV's field separator; a `;` file comes from a locale where the comma is a decimal mark. */
  readonly delimiter?: string;
  /**
   * Line of the first unclosed quote: the rows from there on are one swallowed cell, so any
   * further issue on them would only restate this one (see pipeline.ts).
   */
  readonly swallowedFrom?: number;
}

/** A long cell as a report shows it: its start, and how long it really is. */
export function shortCell(cell: string, max = 40): string {
  const chars = Array.from(cell);
  return chars.length <= max ? cell : `${chars.slice(0, max).join('')}…（共 ${chars.length} 字）`;
}

function newlinesIn(cell: string): number {
  let count = 0;
  for (let i = 0; i < cell.length; i += 1) {
    const c = cell.charCodeAt(i);
    // \n, or a lone \r (a \r followed by \n is counted at the \n).
    if (c === 10 || (c === 13 && cell.charCodeAt(i + 1) !== 10)) count += 1;
  }
  return count;
}

function lineNumbers(data: readonly string[][]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const cells of data) {
    lines.push(line);
    line += 1;
    // Only quoted cells hold line breaks; a native search skips the other 99.9% of cells.
    for (const cell of cells) if (cell.includes('\n') || cell.includes('\r')) line += newlinesIn(cell);
  }
  return lines;
}

function quoteIssue(line: number, cells: readonly string[] | undefined): ValidationIssue {
  // The swallowing cell is the row's longest: shown shortened, never 1,600 characters of file.
  const longest = (cells ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
  return issue(
    'parse-error', 'error', { line, ...(longest === '' ? {} : { cell: shortCell(longest) }) },
    `第 ${line} 行的引号没有闭合：从这里到文件末尾都被当成了一个单元格。请检查该行的双引号。`,
    `Unclosed quote on line ${line}: everything from here to the end of the file became one cell. Check the double quotes on that line.`,
  );
}

/** papaparse can report one broken quote twice (InvalidQuotes, then MissingQuotes, same row). */
function onePerRow(errors: readonly Papa.ParseError[]): Papa.ParseError[] {
  const seen = new Set<number>();
  return errors.filter((e) => {
    const row = e.row ?? 0;
    if (e.type === 'Delimiter' || seen.has(row)) return false;
    seen.add(row);
    return true;
  });
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
/** Characters after which a quote opens a quoted cell: papaparse reads a quote elsewhere as text. */
const FIELD_START = new Set([LF, CR, 44 /* , */, 9 /* tab */, 59 /* ; */]);

/**
 * Every line break outside quoted cells as LF. papaparse picks one newline for the whole file by
 * majority, so a CRLF file with rows appended in an LF editor (or the reverse) would merge those
 * rows into one; and `lineNumbers` counts CRLF, LF and a lone CR as one line each, as editors
 * do. Quoted cells keep their line breaks as written.
 */
export function unifyLineBreaks(text: string): string {
  if (!text.includes('\r')) return text;
  // Without quotes no line break is inside a cell: one native replace (Excel's CRLF files).
  if (!text.includes('"')) return text.replace(/\r\n?/g, '\n');
  let out = '';
  let from = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      if (quoted && text.charCodeAt(i + 1) === QUOTE) i += 1;
      else if (quoted) quoted = false;
      else quoted = i === 0 || FIELD_START.has(text.charCodeAt(i - 1));
    } else if (c === CR && !quoted) {
      out += `${text.slice(from, i)}\n`;
      if (text.charCodeAt(i + 1) === LF) i += 1;
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

export function parseCsvText(text: string): ParsedText {
  const result = Papa.parse<string[]>(unifyLineBreaks(text), {
    header: false,
    skipEmptyLines: false,
    newline: '\n',
    delimitersToGuess: [',', '\t', ';'],
  });
  const data = result.data;
  // A file ending in a newline yields one last empty row that is not a row of the table.
  const last = data[data.length - 1];
  if (last && last.length === 1 && last[0] === '') data.pop();
  const lines = lineNumbers(data);
  const rows = data.map((cells, i) => ({ line: lines[i] ?? 0, cells }));
  let swallowedFrom: number | undefined;
  const issues = onePerRow(result.errors)
    .map((e) => {
      const line = lines[e.row ?? 0] ?? 1;
      if (e.code !== 'MissingQuotes' && e.code !== 'InvalidQuotes') {
        return issue('parse-error', 'error', { line }, `第 ${line} 行无法解析：${e.message}`, `Line ${line} could not be parsed: ${e.message}`);
      }
      swallowedFrom = Math.min(swallowedFrom ?? line, line);
      return quoteIssue(line, data[e.row ?? 0]);
    });
  return swallowedFrom === undefined ? { rows, issues, delimiter: result.meta.delimiter } : { rows, issues, delimiter: result.meta.delimiter, swallowedFrom };
}
