/**
 * What kind of file some bytes are — a workbook, a JSON table or delimited text — from the name
 * and the first bytes only. Its own module so the page can tell a file's kind without loading the
 * readers (the workbook reader and its XML parser live in the import worker).
 */
export type FileFormat = 'csv' | 'json' | 'xlsx';

/** A zip archive (an .xlsx) starts with a local file header, `PK\x03\x04`. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function fileFormatOf(fileName: string, bytes: Uint8Array): FileFormat {
  if (isZip(bytes) || /\.xls[xm]$/i.test(fileName)) return 'xlsx';
  if (/\.json$/i.test(fileName)) return 'json';
  // A .txt or nameless drop: JSON starts with `{` after optional white space.
  let i = 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i += 1;
  return /\.(csv|tsv|txt)$/i.test(fileName) || bytes[i] !== 0x7b ? 'csv' : 'json';
}
