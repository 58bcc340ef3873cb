/**
 * Bad-input fixtures built in code from the embedded data/*.csv: other encodings, spliced lines,
 * edited headers and cells, bulk tables and binary files. Nothing here runs the pipeline, so the
 * expectations the tests derive from these builders (lines, columns, values) are independent of
 * the code under test.
 */
import { datasetSpec } from '../../src/data/registry';
import type { DatasetId } from '../../src/data/schema';
import { dataText } from './helpers';

/**
 * Unicode → GBK bytes, by inverting the platform's GB18030 decoder over every two-byte code
 * (Node has no GBK encoder and iconv-lite is not installed). First code wins, as in GBK.
 */
let gbkTable: ReadonlyMap<string, Uint8Array> | null = null;

function gbk(): ReadonlyMap<string, Uint8Array> {
  if (gbkTable) return gbkTable;
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const table = new Map<string, Uint8Array>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const bytes = Uint8Array.of(lead, trail);
      const char = decoder.decode(bytes);
      if (!table.has(char)) table.set(char, bytes);
    }
  }
  gbkTable = table;
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  const table = gbk();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) { out.push(code); continue; }
    const bytes = table.get(char);
    if (!bytes) throw new Error(`not in GBK: ${char} (U+${code.toString(16)})`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Excel "Unicode text": UTF-16LE, with the BOM FF FE unless told otherwise. */
export function encodeUtf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    out[(bom ? 2 : 0) + 2 * i] = unit & 0xff;
    out[(bom ? 3 : 1) + 2 * i] = unit >> 8;
  }
  return out;
}

export const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) { out.set(part, at); at += part.length; }
  return out;
}

/** Lines encoded one by one (each by its own encoder) and joined with LF. */
export function encodeLines(lines: readonly string[], encodeLine: (line: string, index: number) => Uint8Array): Uint8Array {
  return concatBytes(...lines.flatMap((line, i) => [encodeLine(line, i), ...(i < lines.length - 1 ? [Uint8Array.of(0x0a)] : [])]));
}

/** An embedded file's lines (without the final newline). */
export function embeddedLines(id: DatasetId): string[] {
  return dataText(datasetSpec(id).file).replace(/\r?\n$/, '').split(/\r?\n/);
}

/** Cells of one quote-free CSV line. */
export function split(line: string): string[] {
  return line.split(',');
}

/** The 1-based physical line on which `marker` first occurs; CRLF, LF and a lone CR each end one. */
export function lineOf(text: string, marker: string): number {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker not in text: ${marker}`);
  return text.slice(0, at).split(/\r\n|\r|\n/).length;
}

/** Physical lines of a text, as an editor counts them. */
export function physicalLineCount(text: string): number {
  return text.replace(/(\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/).length;
}

/** 1-based column of the header cell that starts with `label`. */
export function columnOf(header: readonly string[], label: string): number {
  const index = header.findIndex((h) => h.startsWith(label));
  if (index < 0) throw new Error(`no column ${label}`);
  return index + 1;
}

/**
 * A grain-livestock table (keys are free indicator codes, so any number of rows is allowed) of
 * `count` rows `c<n>,指标<n>,2022,以上,<n>,万亩,…`. Every tenth 原文 is a quoted cell over two
 * lines, so physical lines and row numbers drift apart. `edit` may replace row n's line.
 */
export function grainTable(count: number, edit: (n: number, line: string) => string = (_n, line) => line): string {
  const header = embeddedLines('grain-livestock-2022')[0] ?? '';
  const parts = [header];
  for (let n = 1; n <= count; n += 1) {
    const wording = n % 10 === 0 ? `"第${n}项原文，\n跨两行"` : `第${n}项原文`;
    parts.push(edit(n, `c${n},指标${n},2022,以上,${n},万亩,${wording}`));
  }
  return `${parts.join('\n')}\n`;
}

/** First bytes of files staff might rename to .csv. */
export const BINARY_FILES: ReadonlyArray<readonly [name: string, bytes: Uint8Array]> = [
  ['PNG image', concatBytes(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), encodeUtf8('IHDR'), new Uint8Array(64))],
  ['XLSX workbook (ZIP)', concatBytes(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0), encodeUtf8('[Content_Types].xml'), new Uint8Array(32))],
  ['XLS workbook (OLE2)', concatBytes(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), new Uint8Array(504))],
  ['CSV text with NUL bytes', encodeUtf8('行政区域,所属市\u0000\u0000\n呼兰区,哈尔滨市\u0000\n')],
];

/** `size` bytes of `a,a,a,…`, made without building a string. */
export function repeatedBytes(size: number, pattern: readonly number[]): Uint8Array {
  const out = new Uint8Array(size);
  out.set(pattern.slice(0, size));
  // Doubling copies: log2(size) calls instead of one per byte.
  for (let filled = Math.min(pattern.length, size); filled < size; filled *= 2) out.copyWithin(filled, 0, Math.min(filled, size - filled));
  return out;
}
