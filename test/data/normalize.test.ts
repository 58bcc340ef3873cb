import { describe, expect, it } from 'vitest';
import { normalizeRows } from '../../src/data/normalize';
import { loadCsvText } from '../../src/data/pipeline';
import { datasetSpec } from '../../src/data/registry';
import type { DatasetId, DatasetSpec, TypedRow } from '../../src/data/schema';
import { dataText, fixtureText } from './helpers';

function typedRows(text: string, id: DatasetId): { spec: DatasetSpec; rows: readonly TypedRow[] } {
  const result = loadCsvText(text, 'utf-8', { datasetId: id });
  if (result.issues.some((i) => i.severity === 'error')) throw new Error(`${id}: ${result.issues[0]?.message_en}`);
  return { spec: datasetSpec(id), rows: result.rows };
}

describe('normalizeRows', () => {
  it('gives one record per measured column of a region row, in the column units', () => {
    const { spec, rows } = typedRows(fixtureText('allocation-small.csv'), 'black-soil-allocation');
    const measured = spec.columns.filter((c) => c.type === 'number');
    const records = normalizeRows(spec, rows);
    expect(records).toHaveLength(rows.length * measured.length);
    rows.forEach((row, r) => {
      measured.forEach((column, c) => {
        expect(records[r * measured.length + c]).toMatchObject({
          region: row.region?.name,
          regionLevel: row.region?.level,
          indicator: `${spec.id}.${column.key}`,
          value: row.values[column.key],
          unit: column.unit,
          kind: 'target',
          line: row.line,
        });
      });
    });
  });

  it('files the 合计 row as province-wide (region null)', () => {
    const { spec, rows } = typedRows(dataText('black-soil-hsf-2021.csv'), 'black-soil-hsf-2021');
    const total = normalizeRows(spec, rows).filter((r) => r.regionLevel === 'total');
    expect(total.length).toBeGreaterThan(0);
    expect(total.every((r) => r.region === null && r.period === '2021')).toBe(true);
  });

  it('adds a 2020 baseline record only where a credit row has a baseline, and keeps qualitative wording', () => {
    const { spec, rows } = typedRows(dataText('credit-indicators.csv'), 'credit-indicators');
    const records = normalizeRows(spec, rows);
    const withBaseline = rows.filter((r) => typeof r.values.baseline === 'number');
    expect(records).toHaveLength(rows.length + withBaseline.length);
    expect(records.filter((r) => r.kind === 'baseline').map((r) => r.value)).toEqual(withBaseline.map((r) => r.values.baseline));
    const qualitative = records.filter((r) => r.kind === 'target' && r.value === null);
    expect(qualitative.length).toBeGreaterThan(0);
    for (const record of qualitative) {
      expect(record.text).toBe(rows.find((r) => r.line === record.line)?.values.target_text);
      expect('comparator' in record).toBe(false);
    }
  });

  it('gives each IP indicator a 2020 baseline and a 2025 target', () => {
    const { spec, rows } = typedRows(dataText('ip-indicators.csv'), 'ip-indicators');
    const records = normalizeRows(spec, rows);
    expect(records.map((r) => `${r.period} ${r.kind}`)).toEqual(rows.flatMap(() => ['2020 baseline', '2025 target']));
    expect(records.filter((r) => r.kind === 'target').map((r) => r.value)).toEqual(rows.map((r) => r.values.target));
  });

  it('keeps upper and stretch values only where given, and no undefined fields at all', () => {
    const { spec, rows } = typedRows(dataText('black-soil-targets.csv'), 'black-soil-targets');
    const records = normalizeRows(spec, rows);
    expect(records.filter((r) => r.upper !== undefined)).toHaveLength(rows.filter((r) => r.values.upper !== null).length);
    expect(records.filter((r) => r.stretch !== undefined)).toHaveLength(rows.filter((r) => r.values.stretch !== null).length);
    for (const record of records) expect(Object.values(record)).not.toContain(undefined);
  });

  it('records zone membership as text, one record per row', () => {
    const { spec, rows } = typedRows(dataText('black-soil-zones.csv'), 'black-soil-zones');
    const records = normalizeRows(spec, rows);
    expect(records.map((r) => [r.region, r.zone])).toEqual(rows.map((r) => [r.values.region, r.values.zone]));
  });

  it('passes formula-looking text through untouched', () => {
    const text = fixtureText('targets-formula-cells.csv');
    const { spec, rows } = typedRows(text, 'black-soil-targets');
    const records = normalizeRows(spec, rows);
    expect(records.map((r) => r.indicatorName)).toEqual(rows.map((r) => r.values.name));
    expect(records[0]?.indicatorName).toBe('=HYPERLINK("http://example.invalid/","示范区面积")');
    expect(records.map((r) => r.text)).toEqual(['+1', '=1+1', "=cmd|' /C calc'!A0"]);
  });
});
