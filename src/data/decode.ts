/**
 * Stage 1: bytes → text. Excel and WPS on Chinese Windows save CSV as GBK without a BOM, "CSV
 * UTF-8" with a BOM, and "Unicode text" as UTF-16LE with a BOM. Order: BOM → strict UTF-8 →
 * GB18030 (a superset of GBK). A UTF-8 file with a GBK line pasted in is reported at that line
 * rather than decoded as a whole into mojibake.
 */
import { issue, type ValidationIssue } from './issues';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly issue: ValidationIssue };

/** Larger files are refused before decoding: the datasets are tables of tens to thousands of rows. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The one refusal of an oversized file, whether checked here or before reading (the importer). */
export function fileTooLarge(size: number): ValidationIssue {
  const mb = (size / 1024 / 1024).toFixed(1);
  const limit = MAX_FILE_BYTES / 1024 / 1024;
  return issue('file-too-large', 'error', { line: 0 }, `文件 ${mb} MB，超过 ${limit} MB 的上限，未读取。`, `The file is ${mb} MB, over the ${limit} MB limit; it was not read.`);
}

function fileIssue(code: 'encoding-error' | 'binary-file' | 'empty-file', line: number, zh: string, en: string): DecodeResult {
  return { ok: false, issue: issue(code, 'error', { line }, zh, en) };
}

interface Utf8LineReport {
  /** First line that is not valid UTF-8 (0: none), and how many are not. */
  readonly firstBadLine: number;
  readonly bad: number;
  /** Lines with non-ASCII characters that are valid UTF-8. */
  readonly goodNonAscii: number;
  /**
   * First valid UTF-8 line with a Chinese character (0: none). GBK bytes are valid UTF-8 only by
   * accident, and then read as Latin or Cyrillic letters, never as Han characters.
   */
  readonly firstHanLine: number;
  /** Every line that is not UTF-8 is valid GB18030. */
  readonly badAreGb: boolean;
}

/** Physical lines as `parse` counts them: LF, CRLF or a lone CR (GBK bytes never include either). */
const LINE_BREAK = /\r\n?|\n/;
const HAN = /[\u3400-\u9fff]/;

function lenientLines(label: string, bytes: Uint8Array): string[] {
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes).split(LINE_BREAK);
}

/**
 * Which lines are UTF-8 and which are not. One lenient decode of the whole file (invalid bytes
 * become U+FFFD) instead of a strict decoder per line: a 100,000-line GBK file would otherwise
 * create 100,000 decoders. Only reached after the strict decode of the whole file failed, so a
 * U+FFFD here marks a line that is not UTF-8. Lines stay aligned in the GB18030 decode too: an
 * ASCII byte is never swallowed as the second byte of a character.
 */
function utf8LineReport(bytes: Uint8Array, checkGb = false): Utf8LineReport {
  const lines = lenientLines('utf-8', bytes);
  const gbLines = checkGb ? lenientLines('gb18030', bytes) : [];
  const report = { firstBadLine: 0, bad: 0, goodNonAscii: 0, firstHanLine: 0, badAreGb: checkGb };
  lines.forEach((text, index) => {
    if (text.includes('\ufffd')) {
      report.bad += 1;
      if (report.firstBadLine === 0) report.firstBadLine = index + 1;
      if (gbLines[index]?.includes('\ufffd') ?? true) report.badAreGb = false;
    } else if (/[\u0080-\uffff]/.test(text)) {
      report.goodNonAscii += 1;
      if (report.firstHanLine === 0 && HAN.test(text)) report.firstHanLine = index + 1;
    }
  });
  return report;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control += 1;
  }
  return control > sample.length / 100;
}

function decodeWithBom(bytes: Uint8Array): DecodeResult | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strict('utf-8', bytes.subarray(3));
    if (text !== null) return { ok: true, text, encoding: 'utf-8-bom' };
    const { firstBadLine } = utf8LineReport(bytes.subarray(3));
    return fileIssue('encoding-error', firstBadLine, `第 ${firstBadLine} 行不是 UTF-8 编码，而文件以 UTF-8 标记开头。请整体另存为“CSV UTF-8”后重试。`, `Line ${firstBadLine} is not UTF-8 although the file starts with a UTF-8 BOM. Save the whole file as "CSV UTF-8" and try again.`);
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    const text = strict('utf-16le', bytes.subarray(2));
    return text === null ? null : { ok: true, text, encoding: 'utf-16le-bom' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    const text = strict('utf-16be', bytes.subarray(2));
    return text === null ? null : { ok: true, text, encoding: 'utf-16be-bom' };
  }
  return null;
}

/**
 * UTF-16 without a BOM (some tools save "Unicode text" so): every ASCII character — commas, digits,
 * line breaks — has a zero byte on the same side of each pair, and text has no zero elsewhere.
 */
function sniffUtf16(bytes: Uint8Array): DecodeResult | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even += 1;
    if (sample[i + 1] === 0) odd += 1;
  }
  const pairs = sample.length / 2;
  const [label, encoding] = odd * 20 > pairs * 2 && even * 50 < odd ? (['utf-16le', 'utf-16le'] as const)
    : even * 20 > pairs * 2 && odd * 50 < even ? (['utf-16be', 'utf-16be'] as const) : [null, null];
  if (label === null || bytes.length % 2 !== 0) return null;
  const text = strict(label, bytes);
  return text === null ? null : { ok: true, text, encoding };
}

/**
 * A NUL anywhere in the decoded text (the binary sniff reads only the first 64 KB): a damaged or
 * cut file, never something to store.
 */
function withoutNul(result: DecodeResult): DecodeResult {
  if (!result.ok) return result;
  const at = result.text.indexOf('\u0000');
  if (at < 0) return result;
  const line = result.text.slice(0, at).split(LINE_BREAK).length;
  return fileIssue('binary-file', line, `第 ${line} 行含有空字符（NUL），文件可能已损坏、未写完，或不是文本文件。请重新导出后再试。`, `Line ${line} holds a NUL character: the file may be damaged, half-written or not text. Export it again and retry.`);
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  return withoutNul(decodeAny(bytes));
}

function decodeAny(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, issue: fileTooLarge(bytes.length) };
  }
  const withBom = decodeWithBom(bytes) ?? sniffUtf16(bytes);
  if (withBom) return withBom;
  if (bytes.length === 0) return fileIssue('empty-file', 0, '文件为空。', 'The file is empty.');
  if (looksBinary(bytes)) {
    return fileIssue('binary-file', 0, '这不是文本文件（可能是 Excel 工作簿或图片改了扩展名）。请在 Excel/WPS 中“另存为 CSV”。', 'This is not a text file (perhaps a workbook or image renamed to .csv). Use "Save as CSV" in Excel/WPS.');
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  const report = utf8LineReport(bytes, true);
  if (report.goodNonAscii > report.bad) {
    const n = report.firstBadLine;
    return fileIssue('encoding-error', n, `第 ${n} 行的编码与文件其余部分（UTF-8）不同，可能是从另一个文件粘贴来的。`, `Line ${n} is not UTF-8 like the rest of the file; it was probably pasted from another file.`);
  }
  if (report.firstHanLine > 0 && report.badAreGb) {
    // Decoded as a whole, that line would become mojibake: silently so in a free-text column.
    const n = report.firstHanLine;
    return fileIssue('encoding-error', n, `第 ${n} 行是 UTF-8 编码，而文件其余部分是 GBK，可能是从另一个文件粘贴来的。请整体另存为同一种编码后重试。`, `Line ${n} is UTF-8 while the rest of the file is GBK; it was probably pasted from another file. Save the whole file in one encoding and try again.`);
  }
  const gb = strict('gb18030', bytes);
  if (gb !== null) return { ok: true, text: gb, encoding: 'gb18030' };
  return fileIssue('encoding-error', report.firstBadLine, '无法识别文件编码（既不是 UTF-8 也不是 GBK）。', 'Unknown text encoding: neither UTF-8 nor GBK.');
}
