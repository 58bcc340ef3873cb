/**
 * One worksheet part → its cells as text, the way the CSV path would have received them from an
 * export "as stored": a number is its number (the format only tells dates and percentages
 * apart), a date is an ISO date, text is the shared or inline string, a formula is its cached
 * value. Rows keep the sheet's row numbers; what cannot be read with certainty is recorded.
 */
import type { NumberKind } from './number-formats';
import { parseXml, unescapeOoxml } from './xml';

export interface SheetRow {
  /** 1-based row number in the sheet. */
  readonly r: number;
  readonly hidden: boolean;
  /** Index = column − 1; holes are empty cells. */
  readonly cells: string[];
}

export interface CellProblem {
  readonly kind: 'uncalculated' | 'error-value' | 'bad-string';
  readonly r: number;
  readonly c: number;
  readonly value: string;
}

export interface SheetGrid {
  readonly rows: readonly SheetRow[];
  /** [first, last] 1-based column ranges marked hidden. */
  readonly hiddenColumns: readonly (readonly [number, number])[];
  /** [top row, left col, bottom row, right col], 1-based. */
  readonly merges: readonly (readonly [number, number, number, number])[];
  readonly problems: readonly CellProblem[];
}

export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly styleKinds: readonly NumberKind[];
  readonly date1904: boolean;
}

/** `AB12` → [12, 28]; 0 for a part that is missing. */
export function parseCellRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  const row = Number(ref.slice(i).replace(/\$/g, ''));
  return [Number.isInteger(row) ? row : 0, col];
}

export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Excel keeps 15 significant digits; past that a stored double is noise of the binary format. */
export function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

const DAY_MS = 86_400_000;

export function serialDate(serial: number, date1904: boolean): string {
  // 1900 system: day 1 is 1900-01-01 and Excel counts a 1900-02-29 that never was (serial 60).
  const base = date1904 ? Date.UTC(1904, 0, 1) : serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const iso = new Date(base + Math.round(serial * DAY_MS / 1000) * 1000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

function numberCell(v: string, kind: NumberKind | undefined, ctx: CellContext): string | null {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) return null;
  if (kind === 'date') return serialDate(n, ctx.date1904);
  if (kind === 'percent') return `${numberText(n * 100)}%`;
  return numberText(n);
}

interface OpenCell {
  r: number;
  c: number;
  t: string;
  s: number;
  formula: boolean;
  v: string | null;
  inline: string;
}

export function parseSheet(bytes: Uint8Array, ctx: CellContext): SheetGrid {
  const rows: SheetRow[] = [];
  const hiddenColumns: [number, number][] = [];
  const merges: [number, number, number, number][] = [];
  const problems: CellProblem[] = [];
  let row: SheetRow | null = null;
  let cell: OpenCell | null = null;
  let capture: 'v' | 't' | null = null;
  let phonetic = 0;
  let lastCol = 0;

  const finish = (c: OpenCell, target: SheetRow): void => {
    const at = (kind: CellProblem['kind'], value: string): void => { problems.push({ kind, r: c.r, c: c.c, value }); };
    let text: string | null;
    if (c.t === 's') {
      text = c.v === null ? '' : ctx.sharedStrings[Number(c.v)] ?? null;
      if (text === null) at('bad-string', c.v ?? '');
    } else if (c.t === 'inlineStr') text = unescapeOoxml(c.inline);
    else if (c.t === 'str') text = c.v === null ? null : unescapeOoxml(c.v);
    else if (c.t === 'b') text = c.v === null ? null : c.v === '1' ? 'TRUE' : 'FALSE';
    else if (c.t === 'e') { at('error-value', c.v ?? ''); text = c.v ?? ''; }
    else if (c.t === 'd') text = c.v;
    else text = c.v === null ? null : numberCell(c.v, ctx.styleKinds[c.s], ctx) ?? c.v;
    if (text === null) {
      if (c.formula) at('uncalculated', '');
      text = '';
    }
    if (text !== '') target.cells[c.c - 1] = text;
  };

  parseXml(bytes, {
    open: (name, a) => {
      switch (name) {
        case 'row': {
          const r = a.r === undefined ? (rows[rows.length - 1]?.r ?? 0) + 1 : Number(a.r);
          row = { r, hidden: a.hidden === '1' || a.hidden === 'true', cells: [] };
          rows.push(row);
          lastCol = 0;
          break;
        }
        case 'c': {
          const [r, c] = a.r === undefined ? [row?.r ?? 0, lastCol + 1] : parseCellRef(a.r);
          lastCol = c;
          cell = { r, c, t: a.t ?? 'n', s: Number(a.s ?? 0), formula: false, v: null, inline: '' };
          break;
        }
        case 'v': if (cell) { cell.v = ''; capture = 'v'; } break;
        case 'f': if (cell) cell.formula = true; break;
        case 't': if (cell && phonetic === 0) capture = 't'; break;
        case 'rPh': phonetic += 1; break;
        case 'col':
          if (a.hidden === '1' || a.hidden === 'true') hiddenColumns.push([Number(a.min ?? 0), Number(a.max ?? a.min ?? 0)]);
          break;
        case 'mergeCell': {
          const [from = '', to = from] = (a.ref ?? '').split(':');
          const [r1, c1] = parseCellRef(from);
          const [r2, c2] = parseCellRef(to);
          if (r1 > 0 && c1 > 0 && r2 >= r1 && c2 >= c1) merges.push([r1, c1, r2, c2]);
          break;
        }
        default:
      }
    },
    close: (name) => {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'c' && cell && row) { finish(cell, row); cell = null; }
      else if (name === 'row') row = null;
    },
    text: (text) => {
      if (!cell || capture === null) return;
      if (capture === 'v') cell.v = (cell.v ?? '') + text;
      else cell.inline += text;
    },
  });
  return { rows, hiddenColumns, merges, problems };
}
