/**
 * Text normalisation shared by header matching and region lookup. Files exported from Excel or
 * WPS differ from the gazette in width (（万亩） vs (万亩), full-width digits), stray spaces
 * (宾 县, ideographic space U+3000) and invisible characters (BOM, zero-width space).
 */

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/g;
const WHITESPACE = /[\s\u3000]+/g;

/** NFKC folds full-width ASCII (（）１２３％) to half-width; then drop all white space. */
export function compactText(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(WHITESPACE, '');
}

/** Trim a cell for storage: keep inner spaces of free text, drop invisible characters. */
export function cleanCell(raw: string): string {
  return raw.replace(INVISIBLE, '').trim();
}

/** Key for comparing headers: compact, lower-case, dashes unified (2021—2025 / 2021-2025). */
export function headerKey(raw: string): string {
  return compactText(raw).toLowerCase().replace(/[—–－~～至]/g, '-');
}

/** A unit last in a header, after NFKC: (万亩) and （万亩）, [万亩] and ［万亩］, or 【万亩】. */
const UNIT_SUFFIX = /^(.+?)(?:\(([^()]*)\)|\[([^[\]]*)\]|【([^【】]*)】)$/;
/** Chinese tables often name the unit with a word: （单位：万亩）. */
const UNIT_WORD = /^单位[:：]?/;

/**
 * Splits `示范区面积（万亩）` into the label and its unit, tolerating either bracket width, square
 * and lenticular brackets and `单位：`. Empty brackets state no unit.
 */
export function splitHeaderUnit(raw: string): { label: string; unit: string | null } {
  const compact = compactText(raw);
  const match = UNIT_SUFFIX.exec(compact);
  if (!match?.[1]) return { label: compact, unit: null };
  const unit = (match[2] ?? match[3] ?? match[4] ?? '').replace(UNIT_WORD, '');
  return { label: match[1], unit: unit === '' ? null : unit };
}

/**
 * A cell as quoted inside a message: after an unclosed quote one "cell" can hold the rest of the
 * file, and a message must stay one readable line. The full text stays in the issue's `cell`.
 */
export function excerpt(raw: string, max = 40): string {
  const oneLine = raw.replace(/\s*[\r\n]+\s*/g, ' ⏎ ');
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max)}…（共 ${raw.length} 字）`;
}

const UNIT_LINE = /^[(（]?单位[:：](.+?)[)）]?$/;

/** The unit a `单位：万亩` line above a table states for it (either colon, in brackets or not). */
export function unitLineOf(cells: readonly string[]): string | null {
  for (const cell of cells) {
    const m = UNIT_LINE.exec(compactText(cell));
    if (m?.[1]) return m[1];
  }
  return null;
}

const NOTE_START = /^(注|备注|说明|资料来源|数据来源)[\s0-9０-９.、]*[:：]/;

/**
 * Notes printed under a table (`注：1. …` and the lines that continue it): one filled cell, the
 * first starting with 注：/ 说明：/ 资料来源：. Lines (1-based) of the rows that are such notes.
 */
export function noteLines(rows: ReadonlyArray<{ readonly line: number; readonly cells: readonly string[] }>): ReadonlySet<number> {
  const lines = new Set<number>();
  let inNote = false;
  for (const row of rows) {
    // Per row of 100k-row files: stop at the second filled cell instead of cleaning them all.
    let first: string | null = null;
    let filled = 0;
    for (const cell of row.cells) {
      if (cell === '') continue;
      const clean = cleanCell(cell);
      if (clean === '') continue;
      filled += 1;
      if (filled > 1) break;
      first = clean;
    }
    if (filled === 0) continue;
    inNote = filled === 1 && (inNote || NOTE_START.test(compactText(first ?? '')));
    if (inNote) lines.add(row.line);
  }
  return lines;
}
