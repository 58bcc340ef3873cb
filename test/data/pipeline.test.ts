import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/data/decode';
import { isAccepted, loadCsvBytes, loadCsvText, type LoadResult } from '../../src/data/pipeline';
import { resolveRegion } from '../../src/data/regions';
import { datasetSpec } from '../../src/data/registry';
import { cellsOf, dataText, fixtureText, hasMessages, issuesOf, lines, loadFixture, tableWithBrokenQuote, utf8, where } from './helpers';

const SMALL = loadFixture('allocation-small.csv');

/** Region → the numbers of its row, from a simple delimited text with numbers after `skip` cells. */
function numbersByRegion(text: string, delimiter: string, skip: number): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const line of lines(text)) {
    const cells = cellsOf(line, delimiter);
    const region = resolveRegion(cells[0] ?? '');
    const numbers = cells.slice(skip).map(Number);
    if (region && numbers.length > 0 && numbers.every(Number.isFinite)) map.set(region.name, numbers);
  }
  return map;
}

function valuesByRegion(result: LoadResult): Map<string, number[]> {
  const spec = result.dataset;
  const keys = spec ? spec.columns.filter((c) => c.type === 'number').map((c) => c.key) : [];
  return new Map(result.rows.map((row) => [row.region?.name ?? '', keys.map((k) => Number(row.values[k]))]));
}

describe('loadCsvBytes on clean files', () => {
  it('loads the baseline fixture with no issues', () => {
    expect(SMALL.dataset?.id).toBe('black-soil-allocation');
    expect(SMALL.issues).toEqual([]);
    expect(SMALL.rowCount).toBe(lines(fixtureText('allocation-small.csv')).length - 1);
    expect(isAccepted(SMALL)).toBe(true);
  });

  it.each([
    ['allocation-small-gbk.csv', 'gb18030'],
    ['allocation-small-utf16le.txt', 'utf-16le-bom'],
  ])('gives %s the same records as the UTF-8 file', (file, encoding) => {
    const result = loadFixture(file);
    expect(result.encoding).toBe(encoding);
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual(SMALL.records);
  });

  it('reads a BOM and CRLF file with right line numbers', () => {
    const result = loadFixture('hsf-bom-crlf.csv');
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => r.line)).toEqual(lines(fixtureText('hsf-bom-crlf.csv')).slice(1).map((_, i) => i + 2));
  });

  it('reads number formats staff type to the embedded values', () => {
    const result = loadFixture('allocation-number-formats.csv');
    expect(result.issues).toEqual([]);
    const embedded = numbersByRegion(dataText('black-soil-allocation.csv'), ',', 2);
    for (const [region, values] of valuesByRegion(result)) expect(values).toEqual(embedded.get(region));
  });

  it('reads the two-row gazette tables to the seed numbers (附件1 and 附件2)', () => {
    for (const [file, id] of [['allocation-gazette-header.tsv', 'black-soil-allocation'], ['hsf-gazette-header.tsv', 'black-soil-hsf-2021']] as const) {
      const text = fixtureText(file);
      const result = loadCsvText(text, 'utf-8');
      expect(result.dataset?.id).toBe(id);
      expect(result.issues).toEqual([]);
      const seed = numbersByRegion(text, '\t', 1);
      expect(result.rows).toHaveLength(seed.size);
      expect(valuesByRegion(result)).toEqual(seed);
    }
  });

  it('reads header variants and title rows like the plain header', () => {
    for (const file of ['allocation-header-variants.csv', 'allocation-title-rows.csv']) {
      const result = loadFixture(file);
      expect(result.issues).toEqual([]);
      const bySmall = new Map(SMALL.records.map((r) => [`${r.region} ${r.indicator}`, r.value]));
      expect(result.records.map((r) => r.value)).toEqual(result.records.map((r) => bySmall.get(`${r.region} ${r.indicator}`)));
    }
  });

  it('reads percent signs and dashes in optional credit columns', () => {
    const result = loadFixture('credit-percent-and-dashes.csv');
    expect(result.issues).toEqual([]);
    const targets = result.records.filter((r) => r.kind === 'target');
    const written = lines(fixtureText('credit-percent-and-dashes.csv')).slice(1).map((l) => cellsOf(l)[6] ?? '');
    expect(targets.map((r) => r.value)).toEqual(written.map((w) => {
      const number = Number(w.normalize('NFKC').replace(/[%‰]$/, ''));
      return w === '—' ? null : number;
    }));
  });
});

describe('loadCsvBytes on broken files', () => {
  it.each([
    ['allocation-bad-cells.csv', ['type-error', 'missing-cell', 'missing-cell', 'type-error', 'constraint-error', 'type-error']],
    ['allocation-unquoted-thousands.csv', ['extra-cell']],
    ['allocation-duplicate-county.csv', ['duplicate-row', 'duplicate-row']],
    ['allocation-wrong-city.csv', ['region-mismatch']],
    ['allocation-wrong-unit.csv', ['constraint-error']],
    ['hsf-unknown-county.csv', ['unknown-region', 'unknown-region']],
    ['allocation-mixed-encoding.csv', ['encoding-error']],
    ['binary-png.csv', ['binary-file']],
    ['empty.csv', ['empty-file']],
  ])('refuses %s with %j', (file, codes) => {
    const result = loadFixture(file);
    expect(result.issues.map((i) => i.code)).toEqual(codes);
    expect(result.issues.every((i) => i.severity === 'error' && hasMessages(i))).toBe(true);
    expect(isAccepted(result)).toBe(false);
  });

  it('accepts a file whose only issues are warnings', () => {
    for (const file of ['allocation-totals-mismatch.csv', 'allocation-proto-headers.csv', 'hsf-blank-rows.csv']) {
      const result = loadFixture(file);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
      expect(isAccepted(result)).toBe(true);
    }
  });

  it('reports an unclosed quote after row 5,000 at its line, first among the issues of that row', () => {
    const { text, line } = tableWithBrokenQuote(5200, 5101);
    const result = loadCsvBytes(utf8(text));
    expect(result.dataset?.id).toBe('grain-livestock-2022');
    expect(result.issues[0]).toMatchObject({ code: 'parse-error', line });
    expect(result.issues.every((i) => i.line >= line)).toBe(true);
  });

  it('refuses a file over the size limit', () => {
    const result = loadCsvBytes(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(result.issues.map(where)).toEqual(['0:0 file-too-large']);
    expect(result.dataset).toBeNull();
  });

  it('reports a file of blank lines as empty, keeping the encoding', () => {
    const result = loadCsvBytes(utf8('\ufeff\r\n ,,\r\n'));
    expect(result.issues.map(where)).toEqual(['0:0 empty-file']);
    expect(result.encoding).toBe('utf-8-bom');
  });

  it('reports an unrecognised table, naming the closest dataset and what it lacks', () => {
    const header = cellsOf(lines(dataText('black-soil-hsf-2021.csv'))[0] ?? '').filter((h) => h !== '行政区域');
    const result = loadCsvText(`${header.join(',')}\n哈尔滨市,1,2\n`, 'utf-8');
    expect(result.issues.map(where)).toEqual(['1:0 unknown-dataset']);
    expect(result.issues[0]?.message_zh).toContain(datasetSpec('black-soil-hsf-2021').title_zh);
    expect(result.issues[0]?.message_zh).toContain('缺少“行政区域”');
  });

  it('uses the chosen dataset instead of recognising one', () => {
    const result = loadCsvText(fixtureText('allocation-small.csv'), 'utf-8', { datasetId: 'black-soil-hsf-2021' });
    expect(result.dataset?.id).toBe('black-soil-hsf-2021');
    expect(issuesOf(result.issues, 'missing-label').map((i) => i.field)).toEqual(['2021年建设面积', '其中标准化示范区']);
    expect(result.records).toEqual([]);
  });

  it('sorts issues by line, then column, errors first', () => {
    const text = `${fixtureText('allocation-bad-cells.csv')}${lines(fixtureText('allocation-bad-cells.csv'))[1] ?? ''}\n`;
    const issues = loadCsvText(text, 'utf-8').issues;
    const keys = issues.map((i) => [i.line, i.column, i.severity === 'error' ? 0 : 1] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toEqual(sorted);
    expect(issues.at(-1)?.code).toBe('duplicate-row');
  });
});
