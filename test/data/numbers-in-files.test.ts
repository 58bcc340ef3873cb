/**
 * Issue 14, findings 4–6 and 13 through the whole pipeline: each cell that used to be misread is
 * now an error at its line and column, with a message saying why, and JSON numbers are numbers.
 */
import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/data/import/import-plan';
import { loadCsvBytes, loadCsvText } from '../../src/data/pipeline';
import { hasMessages, utf8, where } from './helpers';

const HSF_HEADER = '行政区域,所属市,2021年建设面积（万亩）,其中标准化示范区（万亩）';

function hsf(rows: readonly string[]): string {
  return [HSF_HEADER, ...rows].join('\n');
}

function errorsAt(text: string): string[] {
  return loadCsvText(text, 'utf-8').issues.filter((i) => i.severity === 'error').map(where);
}

describe('number cells in files (findings 4–6)', () => {
  it('refuses a 401-digit cell at its line and column instead of storing Infinity', () => {
    const result = loadCsvText(hsf([`呼兰区,哈尔滨市,${'9'.repeat(401)},0`]), 'utf-8');
    expect(result.issues.map(where)).toEqual(['2:3 type-error']);
    expect(result.issues[0]?.message_zh).toContain('无法精确保存');
    expect(hasMessages(result.issues[0]!)).toBe(true);
  });

  it('refuses a 20-digit integer instead of rounding it', () => {
    expect(errorsAt(hsf(['呼兰区,哈尔滨市,12345678901234567891,0']))).toEqual(['2:3 type-error']);
  });

  it('refuses a footnote mark and a circled digit', () => {
    expect(errorsAt(hsf(['呼兰区,哈尔滨市,4.53¹,0', '阿城区,哈尔滨市,⑤,0']))).toEqual(['2:3 type-error', '3:3 type-error']);
  });

  it('refuses 3,125 in a semicolon-separated file as ambiguous', () => {
    const text = `sep=;\n${HSF_HEADER.replaceAll(',', ';')}\n呼兰区;哈尔滨市;3,125;0\n阿城区;哈尔滨市;4;0`;
    const result = loadCsvText(text, 'utf-8');
    expect(result.issues.filter((i) => i.severity === 'error').map(where)).toEqual(['3:3 type-error']);
    expect(result.issues[0]?.message_zh).toContain('小数点');
  });

  it('refuses 3,125 where the column is written to 3 decimals, reads it where that cannot be', () => {
    expect(errorsAt(hsf(['呼兰区,哈尔滨市,"3,125",0', '阿城区,哈尔滨市,1.328,0']))).toEqual(['2:3 type-error']);
    // Beside 11.5 (one decimal) 3,125 cannot be 3.125: the gazette's "1,144" style.
    const grouped = loadCsvText(hsf(['呼兰区,哈尔滨市,"3,125",0', '阿城区,哈尔滨市,11.5,0']), 'utf-8');
    expect(grouped.rows[0]?.values.hsf_2021).toBe(3125);
    const integers = loadCsvText(hsf(['呼兰区,哈尔滨市,"3,125",0', '阿城区,哈尔滨市,4,0']), 'utf-8');
    expect(integers.rows[0]?.values.hsf_2021).toBe(3125);
  });
});

describe('JSON numbers are numbers (finding 13)', () => {
  it('reads 1e-7 and 1e21 from a JSON table as the numbers they are', () => {
    const json = JSON.stringify({
      format: 'target-board/table@1', dataset: 'black-soil-hsf-2021',
      columns: ['行政区域', '所属市', '2021年建设面积（万亩）', '其中标准化示范区（万亩）'],
      rows: [['呼兰区', '哈尔滨市', 1e-7, 0], ['阿城区', '哈尔滨市', 1e21, 0]],
    }).replace('1e-7', '1e-7');
    const plan = planImport({ bytes: utf8(json), fileName: 'x.json', current: () => null, mode: 'replace' });
    expect(plan.errors).toEqual([]);
    const reread = loadCsvText(plan.next?.text ?? '', 'utf-8');
    expect(reread.rows.map((r) => r.values.hsf_2021)).toEqual([1e-7, 1e21]);
  });
});

describe('decoding (finding 13)', () => {
  function utf16le(text: string): Uint8Array {
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) { bytes[2 * i] = text.charCodeAt(i) & 0xff; bytes[2 * i + 1] = text.charCodeAt(i) >> 8; }
    return bytes;
  }

  it('reads UTF-16LE without a BOM (WPS "Unicode text" saved by some tools)', () => {
    const text = hsf(['呼兰区,哈尔滨市,11.59,0', '阿城区,哈尔滨市,0,0']).replaceAll(',', '\t');
    const result = loadCsvBytes(utf16le(text));
    expect(result.encoding).toBe('utf-16le');
    expect(result.issues).toEqual([]);
    expect(result.rows.length).toBe(2);
  });

  it('catches a NUL byte after the first 64 KB, at its line', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `呼兰区,哈尔滨市,${i},0`);
    const text = hsf(rows);
    const bytes = utf8(text);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const at = bytes.length - 5;
    bytes[at] = 0;
    const line = new TextDecoder().decode(bytes.subarray(0, at)).split('\n').length;
    const result = loadCsvBytes(bytes);
    expect(result.issues.map(where)).toEqual([`${line}:0 binary-file`]);
    expect(result.rows).toEqual([]);
  });
});
