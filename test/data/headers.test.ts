import { describe, expect, it } from 'vitest';
import { flattenHeaderRows, matchHeader, recognizeDataset, type HeaderMatch } from '../../src/data/headers';
import { parseCsvText } from '../../src/data/parse';
import { DATASETS, datasetSpec } from '../../src/data/registry';
import type { DatasetSpec } from '../../src/data/schema';
import { splitHeaderUnit } from '../../src/data/text';
import { cellsOf, dataText, fixtureText, hasMessages, lines, where } from './helpers';

const ALLOCATION = datasetSpec('black-soil-allocation');
const HSF = datasetSpec('black-soil-hsf-2021');

function match(spec: DatasetSpec, text: string): HeaderMatch {
  const found = matchHeader(spec, parseCsvText(text).rows);
  if (!found) throw new Error('no header match');
  return found;
}

/** Column key → index, as an object, for readable equality checks. */
function indexOf(found: HeaderMatch): Record<string, number> {
  return Object.fromEntries(found.columnIndex);
}

/** Where each column of the spec sits in the embedded file, read from its header line. */
function embeddedIndex(spec: DatasetSpec): Record<string, number> {
  return indexOf(match(spec, lines(dataText(spec.file))[0] ?? ''));
}

describe('flattenHeaderRows', () => {
  it('spans a group label over the empty cells to its right', () => {
    expect(flattenHeaderRows(['A', '', 'B', ''], ['', 'x', 'y', 'z'])).toEqual(['A', 'Ax', 'By', 'Bz']);
  });

  it('moves a unit written on the group behind the sub-label (附件2)', () => {
    const [, ...labels] = flattenHeaderRows(['行政区域', '高标准农田建设任务（万亩）', ''], ['', '2021 年建设面积', '其中标准化示范区']);
    expect(labels.map(splitHeaderUnit)).toEqual([
      { label: '高标准农田建设任务2021年建设面积', unit: '万亩' },
      { label: '高标准农田建设任务其中标准化示范区', unit: '万亩' },
    ]);
  });

  it('keeps the unit of a sub-label that has its own (附件1)', () => {
    expect(flattenHeaderRows(['保护性耕作（万亩）'], ['每年实施面积（万亩次）'])).toEqual(['保护性耕作(万亩)每年实施面积(万亩次)']);
  });
});

describe('matchHeader', () => {
  it('reads the gazette two-row header of 附件1 under a title row, without 所属市', () => {
    const text = fixtureText('allocation-gazette-header.tsv');
    const found = match(ALLOCATION, text);
    const subHeader = lines(text).findIndex((l) => l.includes('每年实施')) + 1;
    expect(found.issues).toEqual([]);
    expect(found.headerLine).toBe(subHeader);
    const { city, ...expected } = embeddedIndex(ALLOCATION);
    expect(city).toBe(1);
    // The gazette has no 所属市 column: every column after the region moves one to the left.
    expect(indexOf(found)).toEqual(Object.fromEntries(Object.entries(expected).map(([k, i]) => [k, i === 0 ? 0 : i - 1])));
  });

  it('reads the gazette two-row header of 附件2, whose unit sits on the group', () => {
    const found = match(HSF, fixtureText('hsf-gazette-header.tsv'));
    expect(found.issues).toEqual([]);
    expect(found.missingRequired).toEqual([]);
    expect(indexOf(found)).toEqual({ region: 0, hsf_2021: 1, hsf_2021_standard: 2 });
  });

  it('accepts （万亩） and (万亩), stray spaces, ideographic spaces and full-width digits', () => {
    const found = match(ALLOCATION, fixtureText('allocation-header-variants.csv'));
    expect(found.issues).toEqual([]);
    expect(indexOf(found)).toEqual(embeddedIndex(ALLOCATION));
  });

  it('finds the header below title rows and a blank line', () => {
    const text = fixtureText('allocation-title-rows.csv');
    const headerLine = lines(text).findIndex((l) => l.startsWith('行政区域')) + 1;
    const found = match(ALLOCATION, text);
    expect(found.headerLine).toBe(headerLine);
    expect(found.dataStart).toBe(headerLine);
    expect(found.issues).toEqual([]);
  });

  it('rejects a header in the wrong unit, at its column', () => {
    const text = fixtureText('allocation-wrong-unit.csv');
    const header = cellsOf(lines(text)[0] ?? '');
    const column = header.findIndex((c) => c.includes('（亩）')) + 1;
    const found = match(ALLOCATION, text);
    expect(found.issues.map(where)).toEqual([`1:${column} constraint-error`]);
    const [unit] = found.issues;
    expect(unit?.severity).toBe('error');
    expect(unit?.message_zh).toContain('“亩”');
    expect(unit?.message_zh).toContain('“万亩”');
    expect(unit && hasMessages(unit)).toBe(true);
  });

  it('ignores __proto__ and constructor headers with a warning, polluting nothing', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = fixtureText('allocation-proto-headers.csv');
    const header = cellsOf(lines(text)[0] ?? '');
    const found = match(ALLOCATION, text);
    expect(found.issues.map(where)).toEqual(['__proto__', 'constructor'].map((h) => `1:${header.indexOf(h) + 1} extra-label`));
    expect(found.issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(found.columnIndex.has('__proto__')).toBe(false);
  });

  it('reports a column given twice and a required column that is missing', () => {
    const header = cellsOf(lines(dataText(ALLOCATION.file))[0] ?? '');
    const twice = [...header.slice(0, 3), '示范区面积', ...header.slice(4)];
    const found = match(ALLOCATION, `${twice.join(',')}\n合计,,1,1,5,1,1,5\n`);
    expect(found.issues.map(where)).toEqual(['1:4 duplicate-label', '1:0 missing-label']);
    expect(found.issues[1]?.message_zh).toContain('保护性耕作每年实施面积（万亩）');
  });
});

describe('recognizeDataset', () => {
  it.each(DATASETS.map((spec) => [spec.id, spec] as const))('recognises the embedded %s file by its header', (_id, spec) => {
    const recognition = recognizeDataset(parseCsvText(dataText(spec.file)).rows);
    expect(recognition.kind === 'recognised' && recognition.match.spec.id).toBe(spec.id);
  });

  it('recognises a renamed file whatever its name, and nothing in an unrelated table', () => {
    const unrelated = recognizeDataset(parseCsvText('姓名,年龄\n张三,30\n').rows);
    expect(unrelated).toEqual({ kind: 'unrecognised', closest: null });
  });

  it('calls a header that fits two datasets equally well ambiguous', () => {
    // Every column of both the grain and the Shuangyashan table: each matches all of its own.
    const both = [datasetSpec('grain-livestock-2022'), datasetSpec('shuangyashan-ip')];
    const header = [...new Set(both.flatMap((spec) => spec.columns.map((c) => c.header)))];
    const recognition = recognizeDataset(parseCsvText(`${header.join(',')}\n`).rows);
    expect(recognition.kind).toBe('ambiguous');
    const ids = recognition.kind === 'ambiguous' ? recognition.matches.map((m) => m.spec.id).sort() : [];
    expect(ids).toEqual(both.map((spec) => spec.id).sort());
  });

  it('prefers the more specific of two complete matches', () => {
    // The Shuangyashan file also satisfies the grain table (原文 is optional there).
    const header = lines(dataText(datasetSpec('shuangyashan-ip').file))[0] ?? '';
    const grain = matchHeader(datasetSpec('grain-livestock-2022'), parseCsvText(header).rows);
    expect(grain?.missingRequired).toEqual([]);
    const recognition = recognizeDataset(parseCsvText(header).rows);
    expect(recognition.kind === 'recognised' && recognition.match.spec.id).toBe('shuangyashan-ip');
  });

  it('recognises a table of 10,000 columns, each extra label reported once at its column', () => {
    const spec = datasetSpec('grain-livestock-2022');
    const [headerLine = '', rowLine = ''] = lines(dataText(spec.file));
    const header = cellsOf(headerLine);
    const extra = Array.from({ length: 10_000 - header.length }, (_, i) => `列${i}`);
    const row = [...cellsOf(rowLine), ...extra.map((_, i) => String(i))];
    // Speed (about 0.3 s; 4 s when labels were normalised per candidate) is a bench figure, not a
    // test assertion: a timed test fails on a loaded machine and proves nothing on a fast one.
    const recognition = recognizeDataset(parseCsvText(`${[...header, ...extra].join(',')}\n${row.join(',')}\n`).rows);
    const match = recognition.kind === 'recognised' ? recognition.match : null;
    expect(match?.spec.id).toBe(spec.id);
    expect(match?.issues.map((i) => i.code)).toEqual(extra.map(() => 'extra-label'));
    expect(match?.issues.at(-1)).toMatchObject({ line: 1, column: 10_000, cell: extra.at(-1) });
  });

  it('never matches a 1 MB cell above the table as a label, and still finds the header below it', () => {
    const spec = datasetSpec('grain-livestock-2022');
    const text = `${'说明'.repeat(512 * 1024)}\n${lines(dataText(spec.file)).join('\n')}\n`;
    const recognition = recognizeDataset(parseCsvText(text).rows);
    expect(recognition.kind === 'recognised' && recognition.match.headerLine).toBe(2);
  });
});
