import { applyMode, diffTables } from '../../../src/data/import/table-diff';
import type { TypedRow } from '../../../src/data/schema';
import { loadEmbedded } from '../helpers';

const hsf = loadEmbedded('black-soil-hsf-2021');
const spec = hsf.dataset;
if (!spec) throw new Error('not loaded');

function withValue(row: TypedRow, key: string, value: number): TypedRow {
  return { ...row, values: { ...row.values, [key]: value } };
}

describe('table diff', () => {
  it('finds nothing between a table and itself', () => {
    const diff = diffTables(spec, hsf.rows, hsf.rows);
    expect(diff).toEqual({ changed: [], added: [], removed: [], unchanged: hsf.rows.length });
  });

  it('names the one changed cell, old → new, by row key and column', () => {
    const index = hsf.rows.findIndex((r) => r.values.region === '宾县');
    const before = hsf.rows[index];
    if (!before) throw new Error('宾县 missing');
    const after = hsf.rows.map((r, i) => (i === index ? withValue(r, 'hsf_2021', Number(r.values.hsf_2021) + 1) : r));
    const diff = diffTables(spec, hsf.rows, after);
    expect(diff.changed).toEqual([{ row: '宾县', line: before.line, column: 'hsf_2021', before: before.values.hsf_2021, after: Number(before.values.hsf_2021) + 1 }]);
    expect(diff.unchanged).toBe(hsf.rows.length - 1);
  });

  it('lists added and removed rows', () => {
    const [first, ...rest] = hsf.rows;
    if (!first) throw new Error('empty');
    const diff = diffTables(spec, rest, hsf.rows.slice(0, -1));
    expect(diff.added).toEqual([first]);
    expect(diff.removed).toEqual([hsf.rows.at(-1)]);
  });

  it('merge keeps rows the file does not mention and replaces those it does', () => {
    const bin = hsf.rows.find((r) => r.values.region === '宾县');
    if (!bin) throw new Error('宾县 missing');
    const update = withValue(bin, 'hsf_2021', 99);
    const merged = applyMode(spec, hsf.rows, [update], 'merge');
    expect(merged).toHaveLength(hsf.rows.length);
    expect(merged.find((r) => r.values.region === '宾县')?.values.hsf_2021).toBe(99);
    expect(applyMode(spec, hsf.rows, [update], 'replace')).toEqual([update]);
  });
});
