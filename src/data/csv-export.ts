/**
 * CSV for Excel and WPS: UTF-8 with a BOM (without it both open the file as GBK and garble the
 * Chinese), CRLF line ends, and every text cell that a spreadsheet would run as a formula
 * (leading = + - @, tab or CR; OWASP "CSV injection") prefixed with ' by papaparse's
 * `escapeFormulae`. Numbers stay numbers, so −5 is still a negative number, not text.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | null;

const BOM = '\ufeff';

export function toCsvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map((cell) => cell ?? '')) },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  );
  return `${BOM}${body}\r\n`;
}

export function toCsvBytes(header: readonly string[], rows: readonly (readonly CsvCell[])[]): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(toCsvText(header, rows));
}

/** A file name safe on Windows (staff save exports to shared drives): no reserved characters. */
export function safeFileName(base: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
  const cleaned = base.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${cleaned === '' ? 'target-board' : cleaned}.${extension}`;
}
