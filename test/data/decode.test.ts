import { describe, expect, it } from 'vitest';
import { decodeBytes, MAX_FILE_BYTES, type DecodeResult } from '../../src/data/decode';
import type { ValidationIssue } from '../../src/data/issues';
import { fixtureBytes, fixtureText, hasMessages, utf8 } from './helpers';

const SMALL = fixtureText('allocation-small.csv');

function decoded(result: DecodeResult): { text: string; encoding: string } {
  if (!result.ok) throw new Error(`expected text, got ${result.issue.code}`);
  return result;
}

function failure(result: DecodeResult): ValidationIssue {
  if (result.ok) throw new Error(`expected an issue, got ${result.encoding} text`);
  return result.issue;
}

/** Splits bytes at LF, keeping each line's bytes (without the LF). */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i += 1) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return out;
}

function joinLines(parts: readonly Uint8Array[]): Uint8Array {
  const lf = Uint8Array.of(0x0a);
  const pieces = parts.flatMap((p, i) => (i === 0 ? [p] : [lf, p]));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) { out.set(p, at); at += p.length; }
  return out;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

describe('decodeBytes', () => {
  it('reads plain UTF-8 as is', () => {
    expect(decoded(decodeBytes(utf8(SMALL)))).toEqual({ ok: true, text: SMALL, encoding: 'utf-8' });
  });

  it('reads GBK without a BOM (Excel/WPS "CSV" on Chinese Windows) as GB18030', () => {
    const result = decoded(decodeBytes(fixtureBytes('allocation-small-gbk.csv')));
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toBe(SMALL);
  });

  it('drops the UTF-8 BOM of Excel "CSV UTF-8" and keeps CRLF for the parser', () => {
    const bytes = fixtureBytes('hsf-bom-crlf.csv');
    const result = decoded(decodeBytes(bytes));
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(result.text).toBe(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes));
    expect(result.text).toContain('\r\n');
  });

  it('reads Excel "Unicode text": UTF-16LE with a BOM, tabs and CRLF', () => {
    const result = decoded(decodeBytes(fixtureBytes('allocation-small-utf16le.txt')));
    expect(result.encoding).toBe('utf-16le-bom');
    expect(result.text).toBe(SMALL.replaceAll(',', '\t').replaceAll('\n', '\r\n'));
  });

  it('reads UTF-16BE with a BOM', () => {
    const le = fixtureBytes('allocation-small-utf16le.txt');
    const be = le.map((_, i) => le[i ^ 1] ?? 0);
    expect(decoded(decodeBytes(be)).encoding).toBe('utf-16be-bom');
  });

  it('names the one GBK line pasted into a UTF-8 file instead of decoding it all as mojibake', () => {
    const mixed = fixtureBytes('allocation-mixed-encoding.csv');
    const source = byteLines(utf8(SMALL));
    const pasted = byteLines(mixed).findIndex((line, i) => !sameBytes(line, source[i])) + 1;
    expect(pasted).toBeGreaterThan(1);
    const found = failure(decodeBytes(mixed));
    expect(found).toMatchObject({ code: 'encoding-error', severity: 'error', line: pasted, column: 0 });
    expect(found.message_zh).toContain(`第 ${pasted} 行`);
    expect(hasMessages(found)).toBe(true);
  });

  it('names a non-UTF-8 line in a file that starts with a UTF-8 BOM', () => {
    const gbkLines = byteLines(fixtureBytes('allocation-small-gbk.csv'));
    const utf8Lines = byteLines(utf8(SMALL));
    const bad = 3;
    const spliced = utf8Lines.map((line, i) => (i === bad - 1 ? gbkLines[i] ?? line : line));
    const withBom = joinLines([Uint8Array.of(0xef, 0xbb, 0xbf, ...(spliced[0] ?? [])), ...spliced.slice(1)]);
    const found = failure(decodeBytes(withBom));
    expect(found).toMatchObject({ code: 'encoding-error', severity: 'error', line: bad });
    expect(found.message_zh).toContain('UTF-8');
  });

  it('names the one UTF-8 line pasted into a GBK file instead of decoding it as mojibake', () => {
    const gbkLines = byteLines(fixtureBytes('allocation-small-gbk.csv'));
    const utf8Lines = byteLines(utf8(SMALL));
    const pasted = 4;
    const spliced = gbkLines.map((line, i) => (i === pasted - 1 ? utf8Lines[i] ?? line : line));
    const found = failure(decodeBytes(joinLines(spliced)));
    expect(found).toMatchObject({ code: 'encoding-error', severity: 'error', line: pasted, column: 0 });
    expect(found.message_zh).toContain(`第 ${pasted} 行是 UTF-8`);
    expect(hasMessages(found)).toBe(true);
  });

  it('counts lines as the parser does (CR-only files) when naming a pasted line', () => {
    const gbkLines = byteLines(fixtureBytes('allocation-small-gbk.csv')).filter((l) => l.length > 0);
    const utf8Lines = byteLines(utf8(SMALL)).filter((l) => l.length > 0);
    const pasted = 5;
    const spliced = utf8Lines.map((line, i) => (i === pasted - 1 ? gbkLines[i] ?? line : line));
    const crOnly = joinLines(spliced).map((b) => (b === 0x0a ? 0x0d : b));
    expect(failure(decodeBytes(crOnly))).toMatchObject({ code: 'encoding-error', line: pasted });
  });

  it('reports an empty file', () => {
    const found = failure(decodeBytes(fixtureBytes('empty.csv')));
    expect(found).toMatchObject({ code: 'empty-file', severity: 'error', line: 0, column: 0 });
    expect(hasMessages(found)).toBe(true);
  });

  it('reports a binary file renamed to .csv', () => {
    const found = failure(decodeBytes(fixtureBytes('binary-png.csv')));
    expect(found).toMatchObject({ code: 'binary-file', severity: 'error', line: 0 });
    expect(found.message_zh).toContain('另存为 CSV');
  });

  it('treats many control characters as binary but tabs and CR as text', () => {
    const controls = utf8(`${'\u0001'.repeat(5)}${'a'.repeat(100)}`);
    expect(failure(decodeBytes(controls)).code).toBe('binary-file');
    expect(decoded(decodeBytes(utf8('a\tb\r\n1\t2\r\n'))).encoding).toBe('utf-8');
  });

  it('refuses a file over the size limit before decoding it, and accepts one at the limit', () => {
    const over = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    const found = failure(decodeBytes(over));
    expect(found).toMatchObject({ code: 'file-too-large', severity: 'error', line: 0 });
    expect(found.message_zh).toContain(`${MAX_FILE_BYTES / 1024 / 1024} MB`);
    expect(decoded(decodeBytes(over.subarray(0, MAX_FILE_BYTES))).encoding).toBe('utf-8');
  });
});
