/**
 * What a cell's number format says about its number: a date (the number is a day count), a
 * percentage (0.125 shown as 12.5%), or a plain number (`#,##0.0` shows 5601 as 5,601.0 — the
 * number is still 5601). Only the kind matters; the shown text is never used.
 */
export type NumberKind = 'number' | 'date' | 'percent';

/** Built-in format ids: 14–22 and 45–47 dates/times; 27–36 and 50–58 dates in East-Asian locales. */
function builtInKind(id: number): NumberKind {
  if (id === 9 || id === 10) return 'percent';
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) return 'date';
  return 'number';
}

/** The format code without literals: quoted text, `\x` escapes, `_x` spacers, `*x` fills, [colour]/[condition]. */
function bareCode(code: string): string {
  return code
    .replace(/"[^"]*"/g, '')
    .replace(/\\.|_.|\*./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
}

export function formatKind(code: string): NumberKind {
  // Only the first section (positive numbers) decides; the others show the same kind of value.
  const first = bareCode(code).split(';')[0] ?? '';
  if (/general/i.test(first)) return 'number';
  if (/[yYdD]|[hH]|[sS]|\[[hms]+\]/.test(first) || /m/i.test(first.replace(/[#0?,.%Ee+-]/g, '')) && !/[#0?]/.test(first)) return 'date';
  if (first.includes('%')) return 'percent';
  return 'number';
}

export function numberKind(formatId: number, customCodes: ReadonlyMap<number, string>): NumberKind {
  const code = customCodes.get(formatId);
  return code === undefined ? builtInKind(formatId) : formatKind(code);
}
