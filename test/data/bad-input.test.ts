/**
 * Bad input, table-driven: every case is a file staff could drop in (built from the embedded
 * data/*.csv by bad-input-fixtures.ts), and states its outcome exactly: accepted or not, every
 * issue as `line:column code`, and the typed values that matter. Each case also checks the
 * invariants: loading never throws, every issue speaks Chinese and English, a refused file says
 * why, and no issue points past the end of the file.
 */
import { describe, expect, it } from 'vitest';
import type { TextEncodingName } from '../../src/data/decode';
import { errorsOf, type ValidationIssue } from '../../src/data/issues';
import { parseCsvText } from '../../src/data/parse';
import { isAccepted, loadCsvBytes, type LoadOptions, type LoadResult } from '../../src/data/pipeline';
import { DATASETS } from '../../src/data/registry';
import { suggestRegion } from '../../src/data/regions';
import type { CellValue, DatasetId } from '../../src/data/schema';
import {
  BINARY_FILES, columnOf, concatBytes, embeddedLines, encodeGbk, encodeLines, encodeUtf16le, encodeUtf8,
  grainTable, lineOf, physicalLineCount, repeatedBytes, split, UTF8_BOM,
} from './bad-input-fixtures';
import { fixtureBytes, fixtureText, hasMessages, loadEmbedded, where } from './helpers';

/**
 * What a case must produce. `issues` lists every issue, in the pipeline's order; values, lines
 * and messages are checked by each test on the result `runCase` returns.
 */
interface Outcome {
  readonly accepted: boolean;
  readonly issues: readonly string[];
  readonly dataset?: DatasetId | null;
  readonly encoding?: TextEncodingName | null;
}

interface Case {
  readonly bytes: Uint8Array;
  readonly expected: Outcome;
  readonly options?: LoadOptions;
}

/** The pipeline must not throw on any input: a throw fails the case with what was thrown. */
function load(bytes: Uint8Array, options?: LoadOptions): LoadResult {
  try {
    return loadCsvBytes(bytes, options);
  } catch (error) {
    throw new Error(`loadCsvBytes threw on bad input: ${String(error)}`);
  }
}

function lineCount(bytes: Uint8Array): number {
  return physicalLineCount(new TextDecoder('utf-8').decode(bytes));
}

/** Why an issue breaks the invariants, or null. */
function flaw(found: ValidationIssue, lines: number): string | null {
  if (found.message_zh.trim() === '' || found.message_en.trim() === '') return 'empty message';
  if (!hasMessages(found)) return 'message not in Chinese and English';
  // A message stays one readable line whatever the cell held.
  if (found.message_zh.length + found.message_en.length > 1000) return 'message too long';
  if (found.line < 0 || found.line > lines) return `line outside 0..${lines}`;
  return null;
}

/** Holds for every input, good or bad. */
function expectInvariants(result: LoadResult, bytes: Uint8Array): void {
  // Decoded only when an issue names a line: the 50 MB case names none.
  const lines = result.issues.some((i) => i.line > 0) ? lineCount(bytes) : 0;
  const flaws = result.issues.flatMap((i) => {
    const found = flaw(i, lines);
    return found === null ? [] : [`${where(i)}: ${found}`];
  });
  expect(flaws).toEqual([]);
  if (!isAccepted(result)) expect(errorsOf(result.issues).length).toBeGreaterThan(0);
  else expect(result.dataset).not.toBeNull();
}

function runCase(c: Case): LoadResult {
  const result = load(c.bytes, c.options);
  expectInvariants(result, c.bytes);
  expect(result.issues.map(where)).toEqual(c.expected.issues);
  expect(isAccepted(result)).toBe(c.expected.accepted);
  if (c.expected.dataset !== undefined) expect(result.dataset?.id ?? null).toBe(c.expected.dataset);
  if (c.expected.encoding !== undefined) expect(result.encoding).toBe(c.expected.encoding);
  return result;
}

const refused = (issues: readonly string[], extra: Partial<Outcome> = {}): Outcome => ({ accepted: false, issues, ...extra });
const accepted = (issues: readonly string[] = [], extra: Partial<Outcome> = {}): Outcome => ({ accepted: true, issues, ...extra });

/** Region/indicator + period + kind → value: what a file means, independent of its lines. */
function meaning(result: LoadResult): Map<string, number | null | undefined> {
  return new Map(result.records.map((r) => [`${r.region ?? ''}|${r.indicator}|${r.period}|${r.kind}|${r.zone ?? ''}`, r.value]));
}

function expectSameMeaning(result: LoadResult, id: DatasetId): void {
  const embedded = loadEmbedded(id);
  expect(result.dataset?.id).toBe(id);
  expect(meaning(result)).toEqual(meaning(embedded));
  expect(result.records.length).toBe(embedded.records.length);
}

function firstValue(result: LoadResult, key: string): CellValue | undefined {
  return result.rows[0]?.values[key];
}

// ---------------------------------------------------------------------------------------------
// Fixtures from the embedded files.

const ALLOCATION = embeddedLines('black-soil-allocation');
const ALLOCATION_HEADER = split(ALLOCATION[0] ?? '');
const HULAN = ALLOCATION.find((l) => l.startsWith('呼兰区,')) ?? '';
const ACHENG = ALLOCATION.find((l) => l.startsWith('阿城区,')) ?? '';
const DEMO = columnOf(ALLOCATION_HEADER, '示范区面积');
const GRAIN = embeddedLines('grain-livestock-2022');
const GRAIN_HEADER = split(GRAIN[0] ?? '');
const CREDIT = embeddedLines('credit-indicators');
const CREDIT_HEADER = split(CREDIT[0] ?? '');

/** The allocation header and one county row (呼兰区: no totals rule applies to it alone). */
function hulanWith(column: number, cell: string): string {
  const cells = split(HULAN);
  cells[column - 1] = cell;
  return `${ALLOCATION[0] ?? ''}\n${cells.join(',')}\n`;
}

/** The grain header and one row, with `cells` replacing cells by column label. */
function grainRow(cells: Readonly<Record<string, string>>, code = 'grain_output'): string {
  const row = split(GRAIN.find((l) => l.startsWith(`${code},`)) ?? '');
  for (const [label, cell] of Object.entries(cells)) row[columnOf(GRAIN_HEADER, label) - 1] = cell;
  return `${GRAIN[0] ?? ''}\n${row.join(',')}\n`;
}

/** A CSV cell with quotes doubled, as Excel writes it. */
function quoted(cell: string): string {
  return `"${cell.replaceAll('"', '""')}"`;
}

describe('bad input: encodings', () => {
  const quoteFree = DATASETS.filter((spec) => !embeddedLines(spec.id).some((l) => l.includes('"')));

  it('builds GBK exactly as iconv did for the committed fixture', () => {
    const bytes = encodeGbk(fixtureText('allocation-small.csv'));
    expect(bytes).toEqual(fixtureBytes('allocation-small-gbk.csv'));
  });

  it.each(DATASETS.map((spec) => [spec.id] as const))('%s in GBK without a BOM: gb18030, accepted, the same records', (id) => {
    const text = `${embeddedLines(id).join('\r\n')}\r\n`;
    const result = runCase({ bytes: encodeGbk(text), expected: { ...accepted(), encoding: 'gb18030', dataset: id } });
    expect(result.records).toEqual(load(encodeUtf8(text)).records);
    expectSameMeaning(result, id);
  });

  it.each(DATASETS.map((spec) => [spec.id] as const))('%s in UTF-8 with a BOM: accepted, the same records and lines', (id) => {
    const result = runCase({ bytes: concatBytes(UTF8_BOM, encodeUtf8(embeddedLines(id).join('\n'))), expected: { ...accepted(), encoding: 'utf-8-bom', dataset: id } });
    expect(result.records).toEqual(loadEmbedded(id).records);
  });

  it.each(quoteFree.map((spec) => [spec.id] as const))('%s as Excel "Unicode text" (UTF-16LE, BOM, tabs, CRLF): the same records', (id) => {
    const text = embeddedLines(id).map((l) => l.replaceAll(',', '\t')).join('\r\n');
    const result = runCase({ bytes: encodeUtf16le(text), expected: { ...accepted(), encoding: 'utf-16le-bom', dataset: id } });
    expect(result.records).toEqual(loadEmbedded(id).records);
  });

  it('has quote-free datasets to save as Unicode text, the allocation table among them', () => {
    expect(quoteFree.map((s) => s.id)).toContain('black-soil-allocation');
  });

  const spliceAt = (lines: readonly string[], at: number, odd: (l: string) => Uint8Array, rest: (l: string) => Uint8Array): Uint8Array =>
    encodeLines(lines, (line, i) => (i === at - 1 ? odd(line) : rest(line)));

  it.each([
    { name: 'one GBK line in a UTF-8 file', line: 20, odd: encodeGbk, rest: encodeUtf8, prefix: new Uint8Array(0) },
    { name: 'the GBK line is the last', line: ALLOCATION.length, odd: encodeGbk, rest: encodeUtf8, prefix: new Uint8Array(0) },
    { name: 'one GBK line in a UTF-8 file with a BOM', line: 7, odd: encodeGbk, rest: encodeUtf8, prefix: UTF8_BOM },
    { name: 'one UTF-8 line in a GBK file', line: 12, odd: encodeUtf8, rest: encodeGbk, prefix: new Uint8Array(0) },
  ])('$name: encoding-error at that line, nothing decoded', ({ line, odd, rest, prefix }) => {
    const bytes = concatBytes(prefix, spliceAt(ALLOCATION, line, odd, rest));
    const result = runCase({ bytes, expected: refused([`${line}:0 encoding-error`], { dataset: null, encoding: null }) });
    expect(result.issues[0]?.message_zh).toContain(`第 ${line} 行`);
    expect(result.records).toEqual([]);
  });

  it('reads UTF-16LE without its BOM (issue 14, finding 13: it was refused as binary)', () => {
    const result = runCase({ bytes: encodeUtf16le(ALLOCATION.join('\r\n'), false), expected: accepted([], { encoding: 'utf-16le' }) });
    expectSameMeaning(result, 'black-soil-allocation');
  });

  it('reads UTF-16BE with a BOM too', () => {
    const le = encodeUtf16le(ALLOCATION.map((l) => l.replaceAll(',', '\t')).join('\r\n'));
    const be = le.map((_, i) => le[i ^ 1] ?? 0);
    const result = runCase({ bytes: be, expected: accepted([], { encoding: 'utf-16be-bom' }) });
    expectSameMeaning(result, 'black-soil-allocation');
  });
});

describe('bad input: headers', () => {
  /** The gazette's merged cells: a group label over its sub-labels, on two header rows. */
  function twoRows(header: readonly string[], groups: readonly string[]): string {
    const top: string[] = [];
    const sub: string[] = [];
    let open = '';
    for (const label of header) {
      const group = groups.find((g) => label.startsWith(g)) ?? '';
      top.push(group === '' ? label : group === open ? '' : group);
      sub.push(group === '' ? '' : label.slice(group.length));
      open = group;
    }
    return `${top.join(',')}\n${sub.join(',')}\n`;
  }

  it('reads the gazette two-row header (保护性耕作 over 每年实施面积 / 5年累计实施面积), lines one further down', () => {
    const head = twoRows(ALLOCATION_HEADER, ['保护性耕作', '有机肥深翻还田']);
    expect(head.split('\n')[1]).toContain(',每年实施面积（万亩）,5年累计实施面积（万亩次）,');
    const result = runCase({ bytes: encodeUtf8(head + ALLOCATION.slice(1).join('\n')), expected: accepted() });
    expectSameMeaning(result, 'black-soil-allocation');
    expect(result.records.map((r) => r.line)).toEqual(loadEmbedded('black-soil-allocation').records.map((r) => r.line + 1));
  });

  it('reads 附件2 whose unit sits on the group (高标准农田建设任务（万亩） over 2021年建设面积)', () => {
    const hsf = embeddedLines('black-soil-hsf-2021');
    const labels = split(hsf[0] ?? '').map((l) => l.replace('（万亩）', ''));
    const top = labels.map((l, i) => (i < 2 ? l : i === 2 ? '高标准农田建设任务（万亩）' : ''));
    const sub = labels.map((l, i) => (i < 2 ? '' : l));
    const result = runCase({ bytes: encodeUtf8([top.join(','), sub.join(','), ...hsf.slice(1)].join('\n')), expected: accepted() });
    expectSameMeaning(result, 'black-soil-hsf-2021');
  });

  const fullWidthDigits = (c: string): string => c.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  it.each([
    ['half-width brackets (万亩)', (c: string) => c.replaceAll('（', '(').replaceAll('）', ')')],
    ['trailing spaces', (c: string) => `${c}   `],
    ['leading spaces and a trailing tab', (c: string) => `  ${c}\t`],
    ['a space and an ideographic space before the unit', (c: string) => c.replace('（', ' \u3000（')],
    ['full-width digits', fullWidthDigits],
    ['a zero-width space', (c: string) => `\u200b${c}`],
    ['（单位：万亩）', (c: string) => c.replace('（', '（单位：')],
    ['square brackets [万亩]', (c: string) => c.replace('（', '[').replace('）', ']')],
    ['lenticular brackets 【万亩】', (c: string) => c.replace('（', '【').replace('）', '】')],
  ])('accepts a header with %s, with no issue', (_name, edit) => {
    const text = [ALLOCATION_HEADER.map(edit).join(','), ...ALLOCATION.slice(1)].join('\n');
    expectSameMeaning(runCase({ bytes: encodeUtf8(text), expected: accepted([], { dataset: 'black-soil-allocation' }) }), 'black-soil-allocation');
  });

  it.each([
    ['示范区面积（万亩）', '示范区面积（亩）', '亩'],
    ['保护性耕作5年累计实施面积（万亩次）', '保护性耕作5年累计实施面积（万亩）', '万亩'],
    ['有机肥深翻还田2021年实施面积（万亩）', '有机肥深翻还田2021年实施面积 (公顷)', '公顷'],
    ['示范区面积（万亩）', '示范区面积（单位：亩）', '亩'],
  ])('refuses %s written as %s: constraint-error at that header cell', (label, wrong, unit) => {
    const column = ALLOCATION_HEADER.indexOf(label) + 1;
    expect(column).toBeGreaterThan(0);
    const header = ALLOCATION_HEADER.map((h) => (h === label ? wrong : h));
    const result = runCase({ bytes: encodeUtf8([header.join(','), ...ALLOCATION.slice(1)].join('\n')), expected: refused([`1:${column} constraint-error`], { dataset: 'black-soil-allocation' }) });
    expect(result.issues[0]).toMatchObject({ field: wrong, cell: wrong });
    expect(result.issues[0]?.message_zh).toContain(`“${unit}”`);
    expect(result.records).toEqual([]);
  });

  it('finds the header under Excel title rows (title, unit line, blank line); lines stay physical', () => {
    const titles = ['黑龙江省黑土地保护任务分解表,,,,,,,', '单位：万亩,,,,,,,', ''];
    const result = runCase({ bytes: encodeUtf8([...titles, ...ALLOCATION].join('\n')), expected: accepted() });
    expectSameMeaning(result, 'black-soil-allocation');
    expect(result.records.map((r) => r.line)).toEqual(loadEmbedded('black-soil-allocation').records.map((r) => r.line + titles.length));
  });

  it('reads header cells wrapped over two lines in Excel (quoted, a line break before the unit)', () => {
    const wrapped = ALLOCATION_HEADER.map((h) => (h.includes('（') ? quoted(h.replace('（', '\n（')) : h));
    const breaks = wrapped.filter((h) => h.includes('\n')).length;
    expect(breaks).toBe(ALLOCATION_HEADER.length - 2);
    const result = runCase({ bytes: encodeUtf8([wrapped.join(','), ...ALLOCATION.slice(1)].join('\n')), expected: accepted() });
    expectSameMeaning(result, 'black-soil-allocation');
    expect(result.records.map((r) => r.line)).toEqual(loadEmbedded('black-soil-allocation').records.map((r) => r.line + breaks));
  });

  it.each([[7, accepted()], [8, refused(['1:0 unknown-dataset'])]])('with %i title rows above the header: %j (the header is looked for in the first 8 rows)', (count, outcome) => {
    const titles = Array.from({ length: count }, (_, i) => `说明第${i + 1}行`);
    runCase({ bytes: encodeUtf8([...titles, ALLOCATION[0] ?? '', HULAN].join('\n')), expected: outcome });
  });

  it('ignores an unknown column with a warning', () => {
    const text = `${ALLOCATION[0] ?? ''},备注\n${HULAN},手工补录\n`;
    runCase({ bytes: encodeUtf8(text), expected: accepted([`1:${ALLOCATION_HEADER.length + 1} extra-label`]) });
  });

  it('refuses a column given twice', () => {
    const header = [...ALLOCATION_HEADER, ALLOCATION_HEADER[DEMO - 1] ?? ''];
    const text = `${header.join(',')}\n${HULAN},1\n`;
    runCase({ bytes: encodeUtf8(text), expected: refused([`1:${header.length} duplicate-label`], { dataset: 'black-soil-allocation' }) });
  });

  it('names the closest table and the missing column when a required column is gone', () => {
    const drop = (line: string): string => split(line).filter((_, i) => i !== DEMO - 1).join(',');
    const text = `${drop(ALLOCATION[0] ?? '')}\n${drop(HULAN)}\n`;
    const result = runCase({ bytes: encodeUtf8(text), expected: refused(['1:0 unknown-dataset'], { dataset: null }) });
    expect(result.issues[0]?.message_zh).toContain('缺少“示范区面积”');
    runCase({ bytes: encodeUtf8(text), options: { datasetId: 'black-soil-allocation' }, expected: refused(['1:0 missing-label'], { dataset: 'black-soil-allocation' }) });
  });

  describe('prototype names as header labels', () => {
    const PROTO_LABELS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];
    const before = Object.getOwnPropertyNames(Object.prototype).sort();

    function expectNoPollution(): void {
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
      expect(Object.prototype.toString.call({})).toBe('[object Object]');
      expect(typeof ({}).hasOwnProperty).toBe('function');
    }

    it('ignores them as extra columns with warnings; the row keeps only its own keys', () => {
      const text = `${ALLOCATION[0] ?? ''},${PROTO_LABELS.join(',')}\n${HULAN},${PROTO_LABELS.map(() => quoted('{"polluted":true}')).join(',')}\n`;
      const issues = PROTO_LABELS.map((_, i) => `1:${ALLOCATION_HEADER.length + i + 1} extra-label`);
      const result = runCase({ bytes: encodeUtf8(text), expected: accepted(issues) });
      expect(result.issues.map((i) => i.cell)).toEqual(PROTO_LABELS);
      const keys = Object.keys(result.rows[0]?.values ?? {});
      expect(keys.filter((k) => PROTO_LABELS.includes(k))).toEqual([]);
      expectNoPollution();
    });

    it('refuses a file whose header is made of them only', () => {
      const text = `${PROTO_LABELS.join(',')}\n${PROTO_LABELS.map(() => quoted('{"polluted":true}')).join(',')}\n`;
      runCase({ bytes: encodeUtf8(text), expected: refused(['1:0 unknown-dataset'], { dataset: null }) });
      expectNoPollution();
    });

    it('keeps them as data: __proto__ is no region and no indicator code, constructor is a plain code', () => {
      runCase({ bytes: encodeUtf8(hulanWith(1, '__proto__')), expected: refused(['2:1 unknown-region']) });
      runCase({ bytes: encodeUtf8(grainRow({ 指标代码: '__proto__' })), expected: refused(['2:1 constraint-error']) });
      const result = runCase({ bytes: encodeUtf8(grainRow({ 指标代码: 'constructor' })), expected: accepted() });
      expect(firstValue(result, 'code')).toBe('constructor');
      expect(result.records.map((r) => r.indicator)).toEqual(['grain-livestock-2022.constructor']);
      expectNoPollution();
    });
  });
});

describe('bad input: cells', () => {
  // 示范区面积 of 呼兰区 alone: required, in 万亩, at least 0, and in no totals rule of a one-row file.
  it.each([
    ['"1,234.5" (quoted thousands)', quoted('1,234.5'), 1234.5],
    ['full-width １２３４', '１２３４', 1234],
    ['full-width １２３４．５', '１２３４．５', 1234.5],
    ['spaces around', '  83.3 ', 83.3],
    ['a plus sign', '+83.3', 83.3],
    ['zero', '0', 0],
  ])('types %s in a 万亩 column as a number', (_name, cell, value) => {
    const result = runCase({ bytes: encodeUtf8(hulanWith(DEMO, cell)), expected: accepted() });
    expect(firstValue(result, 'demo_area')).toBe(value);
  });

  it.each([
    ['12.5% (a percentage in 万亩)', '12.5%', 'type-error'],
    ['1‰', '1‰', 'type-error'],
    ['— (no value, in a required column)', '—', 'missing-cell'],
    ['an empty cell', '', 'missing-cell'],
    ['spaces only', '   ', 'missing-cell'],
    ['"1,23" (badly grouped)', quoted('1,23'), 'type-error'],
    ['-5 (below the minimum 0)', '-5', 'constraint-error'],
    ['1e3', '1e3', 'type-error'],
    ['NaN', 'NaN', 'type-error'],
    ['Infinity', 'Infinity', 'type-error'],
    ['0x10', '0x10', 'type-error'],
    ['约83.3', '约83.3', 'type-error'],
    ['=1+1 (a formula, never evaluated)', '=1+1', 'type-error'],
  ])('refuses %s in a required 万亩 column at its cell', (_name, cell, code) => {
    const result = runCase({ bytes: encodeUtf8(hulanWith(DEMO, cell)), expected: refused([`2:${DEMO} ${code}`]) });
    const raw = cell.startsWith('"') ? cell.slice(1, -1) : cell;
    expect(result.issues[0]).toMatchObject({ cell: raw, field: ALLOCATION_HEADER[DEMO - 1] });
    expect(result.rows).toEqual([]);
  });

  // `cell` is the offending cell exactly as written (issues.ts), not the cleaned text.
  it('reports the offending cell exactly as written, spaces included', () => {
    const result = runCase({ bytes: encodeUtf8(hulanWith(DEMO, ' 约83.3 ')), expected: refused([`2:${DEMO} type-error`]) });
    expect(result.issues[0]?.cell).toBe(' 约83.3 ');
  });

  it('splits an unquoted 1,234.5 into two cells: extra-cell past the header', () => {
    runCase({ bytes: encodeUtf8(hulanWith(DEMO, '1,234.5')), expected: refused([`2:${ALLOCATION_HEADER.length + 1} extra-cell`]) });
  });

  // A badly grouped `8 3.3` (a typo, or two figures in one cell) is refused like `1,23`;
  // spaces grouping thousands (`1 234`) stay accepted (numbers.test.ts).
  it('refuses a number with badly grouped spaces, as it refuses "1,23"', () => {
    runCase({ bytes: encodeUtf8(hulanWith(DEMO, '8 3.3')), expected: refused([`2:${DEMO} type-error`]) });
  });

  // 目标值 of the credit table: optional, with no unit of its own (the row's 单位 says %).
  const TARGET = columnOf(CREDIT_HEADER, '目标值');
  const creditRow = (column: number, cell: string, code = 'gov_commitment_rate'): string => {
    const cells = split(CREDIT.find((l) => l.startsWith(`${code},`)) ?? '');
    cells[column - 1] = cell;
    return `${CREDIT[0] ?? ''}\n${cells.join(',')}\n`;
  };

  it.each([
    ['12.5%', '12.5%', 12.5],
    ['full-width １２．５％', '１２．５％', 12.5],
    ['"1,234.5"', quoted('1,234.5'), 1234.5],
    ['１２３４', '１２３４', 1234],
    ['1‰ (on the ‰ row)', '1‰', 1, 'credit_code_error_rate'],
    ['— (not given)', '—', null],
    ['an empty cell (not given, never zero)', '', null],
  ])('types %s in an optional number column', (_name, cell, value, code = 'gov_commitment_rate') => {
    const result = runCase({ bytes: encodeUtf8(creditRow(TARGET, cell, code)), expected: accepted() });
    expect(firstValue(result, 'target')).toBe(value);
    expect(result.records.find((r) => r.kind === 'target')?.value).toBe(value);
  });

  it('refuses text in an optional number column rather than making it NaN or empty', () => {
    const result = runCase({ bytes: encodeUtf8(creditRow(TARGET, '百分之百')), expected: refused([`2:${TARGET} type-error`]) });
    expect(result.records).toEqual([]);
  });

  // 目标值 has no unit of its own: a `%` in it must agree with the row's 单位, or `16%` on a
  // row of 个 would silently become 16 个.
  it('refuses a percentage on a row whose 单位 is not %', () => {
    const text = creditRow(TARGET, '16%', 'tiered_supervision_fields');
    expect(text).toContain(',个,');
    runCase({ bytes: encodeUtf8(text), expected: refused([`2:${TARGET} type-error`]) });
  });

  const XSS = '<img src=x onerror=alert(1)>';
  it.each([XSS, '<script>alert(1)</script>', '"><svg onload=alert(1)>'])('reports %s as a region: unknown-region, the name verbatim as text', (name) => {
    const result = runCase({ bytes: encodeUtf8(hulanWith(1, quoted(name))), expected: refused(['2:1 unknown-region']) });
    expect(result.issues[0]?.cell).toBe(name);
    expect(result.issues[0]?.message_zh).toContain(`“${name}”`);
    expect(result.issues[0]?.message_en).toContain(`"${name}"`);
  });

  it.each([
    ['指标名称', XSS],
    ['原文', '<script>alert(1)</script>'],
    ['原文', '=HYPERLINK("http://x","y")'],
    ['原文', '@SUM(A1:A9)'],
    ['原文', '+1+2'],
    ['原文', '-2+3'],
    ['原文', "=cmd|' /C calc'!A0"],
    ['指标名称', '=1+1'],
  ])('keeps %s text %s verbatim, never interpreted', (label, cell) => {
    const result = runCase({ bytes: encodeUtf8(grainRow({ [label]: quoted(cell) })), expected: accepted() });
    const key = label === '原文' ? 'source_text' : 'name';
    expect(firstValue(result, key)).toBe(cell);
    const record = result.records[0];
    expect(label === '原文' ? record?.text : record?.indicatorName).toBe(cell);
  });
});

describe('bad input: rows', () => {
  it('warns about blank and comma-only rows, at their lines, and leaves the lines of later rows alone', () => {
    const blanks = ['', ',,,,', ',,,,,,', ' , ,\t,', ',,,,,,,,,,,,'];
    const lines = [GRAIN[0] ?? '', GRAIN[1] ?? '', ...blanks.slice(0, 2), GRAIN[2] ?? '', ...blanks.slice(2), ...GRAIN.slice(3)];
    const text = `${lines.join('\n')}\n`;
    const blankLines = lines.flatMap((l, i) => (blanks.includes(l) ? [i + 1] : []));
    const result = runCase({ bytes: encodeUtf8(text), expected: accepted(blankLines.map((n) => `${n}:0 blank-row`)) });
    expect(result.records.map((r) => r.line)).toEqual(result.records.map((r) => lineOf(text, `${r.indicator.split('.')[1] ?? ''},`)));
    expect(result.rowCount).toBe(GRAIN.length - 1);
    expectSameMeaning(result, 'grain-livestock-2022');
  });

  it('refuses a header with only blank rows under it', () => {
    runCase({ bytes: encodeUtf8(`${ALLOCATION[0] ?? ''}\n,,,\n\n`), expected: refused(['1:0 missing-cell', '2:0 blank-row', '3:0 blank-row']) });
  });

  it('reports the same county twice at the second line, naming the first', () => {
    for (const again of ['呼兰区', '哈尔滨市呼兰区', '呼兰', '呼 兰 区']) {
      const text = `${ALLOCATION[0] ?? ''}\n${HULAN}\n${ACHENG}\n${HULAN.replace(/^呼兰区/, again)}\n`;
      const result = runCase({ bytes: encodeUtf8(text), expected: refused(['4:0 duplicate-row']) });
      expect(result.issues[0]?.cell).toBe('呼兰区');
      expect(result.issues[0]?.message_zh).toContain('第 2 行');
      expect(result.issues[0]?.message_en).toContain('line 2');
    }
  });

  it('reads 全省 as 合计, and refuses both in one file as a duplicate', () => {
    const total = ALLOCATION.find((l) => l.startsWith('合计,')) ?? '';
    const renamed = ALLOCATION.map((l) => (l === total ? l.replace(/^合计/, '全省') : l));
    expectSameMeaning(runCase({ bytes: encodeUtf8(renamed.join('\n')), expected: accepted() }), 'black-soil-allocation');
    const both = [...ALLOCATION, total.replace(/^合计/, '全省')].join('\n');
    const result = runCase({ bytes: encodeUtf8(both), expected: refused([`${ALLOCATION.length + 1}:0 duplicate-row`]) });
    expect(result.issues[0]?.message_zh).toContain(`第 ${ALLOCATION.indexOf(total) + 1} 行`);
  });

  it('refuses a 合计 row in the zone table, where totals do not belong', () => {
    const zones = embeddedLines('black-soil-zones');
    const header = split(zones[0] ?? '');
    const region = columnOf(header, '行政区域');
    const row = header.map((_, i) => (i === region - 1 ? '合计' : i === columnOf(header, '类型区') - 1 ? '水田' : ''));
    runCase({ bytes: encodeUtf8([...zones, row.join(',')].join('\n')), expected: refused([`${zones.length + 1}:${region} constraint-error`]) });
  });

  it('reports a short row at each missing required cell, and a long row at its first extra cell', () => {
    const short = split(HULAN).slice(0, 4).join(',');
    const expectedShort = ALLOCATION_HEADER.slice(4).map((_, i) => `2:${i + 5} missing-cell`);
    runCase({ bytes: encodeUtf8(`${ALLOCATION[0] ?? ''}\n${short}\n`), expected: refused(expectedShort) });
    runCase({ bytes: encodeUtf8(`${ALLOCATION[0] ?? ''}\n${HULAN},,9\n`), expected: refused([`2:${ALLOCATION_HEADER.length + 2} extra-cell`]) });
    // Empty cells past the header (Excel's trailing commas) are no extra cells.
    runCase({ bytes: encodeUtf8(`${ALLOCATION[0] ?? ''}\n${HULAN},,,\n`), expected: accepted() });
  });

  describe('in a 6,000-row file with cells over two lines every tenth row', () => {
    const ROWS = 6000;
    const TARGET = columnOf(GRAIN_HEADER, '目标值');
    const UNIT = columnOf(GRAIN_HEADER, '单位');

    it('reports an unclosed quote after row 5,000 at its exact line, in parse and in load', () => {
      const text = grainTable(ROWS, (n, line) => (n === 5_432 ? line.replace('指标', '"指标') : line));
      const line = lineOf(text, 'c5432,');
      expect(line).toBeGreaterThan(5_432 + 500);
      const parsed = parseCsvText(text);
      expect(parsed.issues.map(where)).toEqual([`${line}:0 parse-error`]);
      expect(parsed.issues[0]?.message_zh).toContain(`第 ${line} 行`);
      const result = load(encodeUtf8(text));
      expectInvariants(result, encodeUtf8(text));
      expect(isAccepted(result)).toBe(false);
      expect(result.issues[0] && where(result.issues[0])).toBe(`${line}:0 parse-error`);
      expect(result.issues.every((i) => i.line >= line)).toBe(true);
    });

    it('reports ragged and blank rows far down at their exact lines and columns', () => {
      const text = grainTable(ROWS, (n, line) => {
        if (n === 5_555) return split(line).slice(0, 3).join(',');
        if (n === 5_800) return `${line},多出`;
        if (n === 5_900) return `,,,\n${line}`;
        return line;
      });
      const short = lineOf(text, 'c5555,');
      const long = lineOf(text, 'c5800,');
      const blank = lineOf(text, 'c5900,') - 1;
      const expected = [`${short}:${TARGET} missing-cell`, `${short}:${UNIT} missing-cell`, `${long}:${GRAIN_HEADER.length + 1} extra-cell`, `${blank}:0 blank-row`];
      const result = runCase({ bytes: encodeUtf8(text), expected: refused(expected, { dataset: 'grain-livestock-2022' }) });
      expect(result.rowCount).toBe(ROWS);
      expect(result.rows.at(-1)?.line).toBe(lineOf(text, `c${ROWS},`));
    });
  });
});

describe('bad input: totals', () => {
  const TOTAL = ALLOCATION.find((l) => l.startsWith('合计,')) ?? '';
  const CITIES = ALLOCATION.filter((l) => /^[^,]+市,,/.test(l));

  const FARM = ALLOCATION.find((l) => l.startsWith('北大荒农垦集团,')) ?? '';

  it('accepts a 合计 row alone, and 合计 over the cities and the farm group, with no warning', () => {
    expect(CITIES).toHaveLength(9);
    runCase({ bytes: encodeUtf8(`${ALLOCATION[0] ?? ''}\n${TOTAL}\n`), expected: accepted() });
    // No county rows: the city rows have nothing to add up, the 合计 still does.
    runCase({ bytes: encodeUtf8([ALLOCATION[0] ?? '', TOTAL, ...CITIES, FARM].join('\n')), expected: accepted() });
    const withoutFarm = [ALLOCATION[0] ?? '', TOTAL, ...CITIES].join('\n');
    runCase({ bytes: encodeUtf8(withoutFarm), expected: accepted(ALLOCATION_HEADER.slice(2).map((_, i) => `2:${i + 3} total-mismatch`)) });
  });

  it('warns, with the expected figure, where a county no longer adds up to its city', () => {
    const harbin = ALLOCATION.findIndex((l) => l.startsWith('哈尔滨市,')) + 1;
    const edited = ALLOCATION.map((l) => (l === HULAN ? hulanWith(DEMO, String(Number(split(HULAN)[DEMO - 1]) + 1)).split('\n')[1] ?? l : l));
    const result = runCase({ bytes: encodeUtf8(edited.join('\n')), expected: accepted([`${harbin}:${DEMO} total-mismatch`]) });
    const expected = Number(split(ALLOCATION[harbin - 1] ?? '')[DEMO - 1]) + 1;
    expect(result.issues[0]?.message_zh).toContain(`应为 ${expected}`);
    expect(result.issues[0]?.severity).toBe('warning');
  });
});

describe('bad input: whole files', () => {
  it.each<readonly [string, Uint8Array, TextEncodingName | null]>([
    ['an empty file', new Uint8Array(0), null],
    ['a UTF-8 BOM only', UTF8_BOM, 'utf-8-bom'],
    ['a UTF-16LE BOM only', Uint8Array.of(0xff, 0xfe), 'utf-16le-bom'],
    ['newlines only', encodeUtf8('\n\n\r\n\r'), 'utf-8'],
    ['spaces, tabs and newlines', encodeUtf8('  \n\t\n \u3000 \r\n'), 'utf-8'],
    ['commas and newlines', encodeUtf8(',,,,\n,,,\n'), 'utf-8'],
    ['a BOM and blank lines', concatBytes(UTF8_BOM, encodeUtf8('\r\n ,,\r\n')), 'utf-8-bom'],
  ])('refuses %s as empty', (_name, bytes, encoding) => {
    runCase({ bytes, expected: refused(['0:0 empty-file'], { dataset: null, encoding }) });
  });

  it.each(BINARY_FILES)('refuses a %s renamed to .csv as binary', (_name, bytes) => {
    runCase({ bytes, expected: refused(['0:0 binary-file'], { dataset: null, encoding: null }) });
  });

  it('refuses a text file that is no known table, naming none', () => {
    const result = runCase({ bytes: encodeUtf8('姓名,年龄\n张三,30\n'), expected: refused(['1:0 unknown-dataset'], { dataset: null }) });
    expect(result.issues[0]?.message_zh).not.toContain('最接近');
  });

  it('refuses a 50 MB file before decoding it, at once', () => {
    const bytes = repeatedBytes(50 * 1024 * 1024, [0x61, 0x2c]);
    expect(bytes.subarray(bytes.length - 4)).toEqual(encodeUtf8('a,a,'));
    loadCsvBytes(bytes);
    // Decoding 50 MB alone takes longer than this (about 0.2 s here); the size is checked first.
    const result = runCase({ bytes, expected: refused(['0:0 file-too-large'], { dataset: null, encoding: null }) });
    expect(result.issues[0]?.message_zh).toContain('50.0 MB');
  });
});

describe('bad input: size and shape', () => {
  const MB = 1024 * 1024;

  /**
   * The allocation table, then an unclosed quote opening 阿城区's region cell (or the cell of
   * `column`), then `size` bytes of rows.
   */
  function swallowedByRegion(size: number, column = 1): { text: string; line: number } {
    const rows = ALLOCATION.slice(1).join('\n');
    const tail = Array.from({ length: Math.ceil(size / encodeUtf8(rows).length) }, () => rows).join('\n');
    const broken = split(ACHENG).map((c, i) => (i === column - 1 ? `"${c}` : c)).join(',');
    const text = `${ALLOCATION.map((l) => (l === ACHENG ? broken : l)).join('\n')}\n${tail}\n`;
    return { text, line: lineOf(text, broken) };
  }

  it('keeps a 1 MB text cell whole', () => {
    const cell = '长'.repeat(MB / 4) + 'x'.repeat(MB / 4 * 3);
    const result = runCase({ bytes: encodeUtf8(grainRow({ 原文: cell })), expected: accepted() });
    expect(firstValue(result, 'source_text')).toBe(cell);
  });

  it('refuses a 1 MB cell in a number column with a short message and the whole cell', () => {
    const cell = '9'.repeat(10) + 'x'.repeat(MB);
    const result = runCase({ bytes: encodeUtf8(hulanWith(DEMO, cell)), expected: refused([`2:${DEMO} type-error`]) });
    expect(result.issues[0]?.cell).toBe(cell);
    expect(result.issues[0]?.message_zh).toContain(`共 ${cell.length} 字`);
  });

  it('ignores a 1 MB header cell with a short warning', () => {
    const label = '备'.repeat(MB);
    const result = runCase({ bytes: encodeUtf8(`${ALLOCATION[0] ?? ''},${label}\n${HULAN},1\n`), expected: accepted([`1:${ALLOCATION_HEADER.length + 1} extra-label`]) });
    expect(result.issues[0]?.cell).toBe(label);
  });

  // One mistake, one error: the rows the quote swallowed are not reported again (as an unknown
  // "county" of a quarter megabyte and a missing cell per column).
  it('reports an unclosed quote in a region cell, which swallows the rest of the file, as one error with the cell shortened', () => {
    const { text, line } = swallowedByRegion(MB / 4);
    const result = runCase({ bytes: encodeUtf8(text), expected: refused([`${line}:0 parse-error`]) });
    const cell = result.issues[0]?.cell ?? '';
    expect(cell.length).toBeLessThan(60);
    const total = Number(/（共 (\d+) 字）$/.exec(cell)?.[1]);
    expect(total).toBeGreaterThan(MB / 16);
  });

  // After an unclosed quote in a region cell the "name" is the rest of the file; "did you mean"
  // (Levenshtein against every canonical name) took seconds on it. A name that long cannot be
  // near any region, so no suggestion is computed. (Speed itself is for benchmarks, not tests.)
  it('offers no "did you mean" for a region cell that swallowed the file', () => {
    const { text, line } = swallowedByRegion(MB / 4);
    const result = load(encodeUtf8(text));
    expect(result.issues.map((i) => `${i.line} ${i.code}`)).toEqual([`${line} parse-error`]);
    expect(result.issues.some((i) => i.message_zh.includes('是否为'))).toBe(false);
    expect(suggestRegion(`宾县${'x'.repeat(40)}`)).toBeNull();
    expect(suggestRegion('宾具')).toBe('宾县');
  });

  it('refuses a 10,000-column row under a normal header at its first extra cell', () => {
    const text = `${ALLOCATION[0] ?? ''}\n${HULAN}${',x'.repeat(10_000 - ALLOCATION_HEADER.length)}\n`;
    runCase({ bytes: encodeUtf8(text), expected: refused([`2:${ALLOCATION_HEADER.length + 1} extra-cell`]) });
  });

  it('reads a 10,000-column table: one warning per unknown column, the known ones typed', () => {
    const extra = Array.from({ length: 10_000 - ALLOCATION_HEADER.length }, (_, i) => i + 1);
    const text = `${ALLOCATION[0] ?? ''},${extra.map((i) => `附加${i}`).join(',')}\n${HULAN},${extra.join(',')}\n`;
    const result = runCase({ bytes: encodeUtf8(text), expected: accepted(extra.map((i) => `1:${ALLOCATION_HEADER.length + i} extra-label`)) });
    expect(firstValue(result, 'demo_area')).toBe(Number(split(HULAN)[DEMO - 1]));
  });

  it.each([
    ['CR only (old Mac)', (lines: readonly string[]) => lines.join('\r')],
    ['CRLF', (lines: readonly string[]) => `${lines.join('\r\n')}\r\n`],
    ['CRLF then LF (rows appended in another editor)', (lines: readonly string[]) => `${lines.slice(0, 10).join('\r\n')}\r\n${lines.slice(10).join('\n')}\n`],
    ['LF then CRLF', (lines: readonly string[]) => `${lines.slice(0, 30).join('\n')}\n${lines.slice(30).join('\r\n')}\r\n`],
    ['every line end in turn', (lines: readonly string[]) => lines.map((l, i) => l + (['\r\n', '\n', '\r'][i % 3] ?? '')).join('')],
  ])('reads line ends %s: accepted, the same records on the same lines', (_name, join) => {
    const result = runCase({ bytes: encodeUtf8(join(ALLOCATION)), expected: accepted() });
    expect(result.records).toEqual(loadEmbedded('black-soil-allocation').records);
  });

  it('counts lines in a CR-only file with a quoted cell over two lines', () => {
    const text = grainTable(30).replaceAll('\n', '\r');
    const result = runCase({ bytes: encodeUtf8(text), expected: accepted() });
    expect(result.rows.map((r) => r.line)).toEqual(result.rows.map((r) => lineOf(text, `${String(r.values.code)},`)));
    expect(result.rows[9]?.values.source_text).toBe('第10项原文，\r跨两行');
  });
});
