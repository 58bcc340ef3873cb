/**
 * The files the app ships: every one loads clean, holds the rows the gazette has, and every
 * totals rule of the registry really bites on it (a changed number gives a total-mismatch).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../src/data/headers';
import { loadCsvText, type LoadResult } from '../../src/data/pipeline';
import { decimalsOf } from '../../src/data/numbers';
import { parseCsvText } from '../../src/data/parse';
import { COUNTIES, type RegionLevel } from '../../src/data/regions';
import { DATASETS } from '../../src/data/registry';
import type { DatasetSpec, TotalsRule, TypedRow } from '../../src/data/schema';
import { DATA_DIR, dataText, issuesOf, loadFixture } from './helpers';

const FILES = readdirSync(DATA_DIR).filter((f) => f.endsWith('.csv')).sort();

function load(spec: DatasetSpec, text = dataText(spec.file)): LoadResult {
  return loadCsvText(text, 'utf-8', { datasetId: spec.id });
}

function embedded(id: string): LoadResult {
  const spec = DATASETS.find((d) => d.id === id);
  if (!spec) throw new Error(`no dataset ${id}`);
  return load(spec);
}

function levels(result: LoadResult): Record<string, number> {
  const count: Record<string, number> = {};
  for (const row of result.rows) {
    const level = row.region?.level ?? 'none';
    count[level] = (count[level] ?? 0) + 1;
  }
  return count;
}

describe('embedded data files', () => {
  it('are exactly the files the registry names', () => {
    expect(FILES).toEqual(DATASETS.map((d) => d.file).sort());
  });

  it.each(FILES)('%s loads, recognised by its header, with no errors and no warnings', (file) => {
    const result = loadFixture(`../../data/${file}`);
    expect(result.dataset?.file).toBe(file);
    expect(result.encoding).toBe('utf-8');
    expect(result.issues).toEqual([]);
    expect(result.rows).toHaveLength(result.rowCount);
    expect(result.records.length).toBeGreaterThanOrEqual(result.rowCount);
  });

  it('allocation: 合计, 9 cities, 39 distinct counties and the farm group — 50 rows', () => {
    const result = embedded('black-soil-allocation');
    expect(result.rowCount).toBe(50);
    expect(levels(result)).toEqual({ total: 1, city: 9, county: 39, 'farm-group': 1 });
    expect(new Set(result.rows.filter((r) => r.region?.level === 'county').map((r) => r.region?.name)).size).toBe(39);
  });

  it('high-standard farmland 2021: 合计, the 39 counties and the farm group — 41 rows', () => {
    const result = embedded('black-soil-hsf-2021');
    expect(result.rowCount).toBe(41);
    expect(levels(result)).toEqual({ total: 1, county: 39, 'farm-group': 1 });
    expect(new Set(result.rows.map((r) => r.region?.name)).size).toBe(41);
  });
});

describe('zone membership', () => {
  const rows = embedded('black-soil-zones').rows;
  const zoneOf = (zone: string, level: RegionLevel): string[] =>
    rows.filter((r) => r.values.zone === zone && r.region?.level === level).map((r) => r.region?.name ?? '');

  it('puts every one of the 39 counties in at least one zone', () => {
    const zoned = new Set(rows.map((r) => r.region?.name));
    expect(COUNTIES.filter((c) => !zoned.has(c.name))).toEqual([]);
  });

  it.each([
    ['平原旱田', 26, 1], ['坡耕地', 9, 0], ['风沙干旱', 4, 0], ['水田', 9, 1],
  ] as const)('%s: %d counties and %d farm group', (zone, counties, farmGroup) => {
    expect(new Set(zoneOf(zone, 'county')).size).toBe(counties);
    expect(zoneOf(zone, 'farm-group')).toHaveLength(farmGroup);
  });

  it('has counties in two zones', () => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.region?.name ?? '', (counts.get(row.region?.name ?? '') ?? 0) + 1);
    expect([...counts.values()].some((n) => n === 2)).toBe(true);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  });
});

/* ---- Every totals rule bites: change one covered number, expect the warning. ---- */

interface Mutation {
  readonly label: string;
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly marker: string;
}

/** The number cell one tenth higher, at the precision it was written with. */
function bumped(cell: string): string {
  const value = Number(cell);
  expect(Number.isFinite(value)).toBe(true);
  return (value + 0.1).toFixed(Math.max(1, decimalsOf(value)));
}

class Table {
  readonly lines: string[];
  readonly columnOf: (key: string) => number;

  constructor(readonly spec: DatasetSpec, text: string) {
    this.lines = text.replace(/\n$/, '').split('\n');
    expect(text.includes('"')).toBe(false);
    const match = matchHeader(spec, parseCsvText(text).rows);
    this.columnOf = (key) => (match?.columnIndex.get(key) ?? -1) + 1;
  }

  rows(): readonly TypedRow[] {
    return load(this.spec, this.text()).rows;
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }

  /** The text with one cell of `row` set to `value`. */
  setCell(row: TypedRow, key: string, value: string): string {
    const cells = (this.lines[row.line - 1] ?? '').split(',');
    cells[this.columnOf(key) - 1] = value;
    return this.lines.map((l, i) => (i === row.line - 1 ? cells.join(',') : l)).join('\n');
  }

  /** The text with one cell of `row` bumped by 0.1. */
  bump(row: TypedRow, key: string): string {
    const cells = (this.lines[row.line - 1] ?? '').split(',');
    const index = this.columnOf(key) - 1;
    cells[index] = bumped(cells[index] ?? '');
    return this.lines.map((l, i) => (i === row.line - 1 ? cells.join(',') : l)).join('\n');
  }
}

function firstAt(rows: readonly TypedRow[], level: RegionLevel): TypedRow {
  const row = rows.find((r) => r.region?.level === level);
  if (!row) throw new Error(`no ${level} row`);
  return row;
}

/** A city row summing its counties, appended when the file (附件2) has none. */
function ensureCityRow(table: Table, county: TypedRow): void {
  const city = county.region?.city ?? '';
  if (table.rows().some((r) => r.region?.name === city)) return;
  const counties = table.rows().filter((r) => r.region?.city === city);
  const cells = table.spec.columns.map((column) => {
    if (column.key === 'region') return city;
    if (column.type !== 'number') return '';
    const values = counties.map((r) => Number(r.values[column.key]));
    const decimals = Math.max(0, ...values.map(decimalsOf));
    return values.reduce((s, v) => s + v, 0).toFixed(decimals);
  });
  table.lines.push(cells.join(','));
  expect(load(table.spec, table.text()).issues).toEqual([]);
}

function countyMutations(table: Table, columns: readonly string[]): Mutation[] {
  const county = firstAt(table.rows(), 'county');
  ensureCityRow(table, county);
  const city = table.rows().find((r) => r.region?.name === county.region?.city);
  if (!city) throw new Error('no city row');
  return columns.map((key) => ({
    label: `${county.region?.name} ${key} → ${city.region?.name}`,
    text: table.bump(county, key), line: city.line, column: table.columnOf(key), marker: '所属各县合计',
  }));
}

function mutationsOf(table: Table, rule: TotalsRule): Mutation[] {
  const rows = table.rows();
  switch (rule.kind) {
    case 'counties-sum-to-city':
      return countyMutations(table, rule.columns);
    case 'parts-sum-to-total': {
      const total = firstAt(rows, 'total');
      const part = rows.find((r) => r.region !== undefined && rule.parts.includes(r.region.level));
      if (!part) throw new Error('no part row');
      return rule.columns.map((key) => ({
        label: `${part.region?.name} ${key} → 合计`, text: table.bump(part, key), line: total.line, column: table.columnOf(key), marker: '各分项合计',
      }));
    }
    case 'part-within-total': {
      // The first row whose part is below its total: the part raised just past the total.
      const row = rows.find((r) => typeof r.values[rule.part] === 'number' && typeof r.values[rule.total] === 'number' && Number(r.values[rule.part]) < Number(r.values[rule.total]));
      if (!row) throw new Error('no row with a part below its total');
      return [{ label: `${row.region?.name} ${rule.part} > ${rule.total}`, text: table.setCell(row, rule.part, String(Number(row.values[rule.total]) + 1)), line: row.line, column: table.columnOf(rule.part), marker: '其中项不能大于总数' }];
    }
    case 'region-task-totals':
      // No embedded table is stored in the generic region layout (test/data/region-tasks covers it).
      return [];
    case 'row-identity': {
      const row = firstAt(rows, 'county');
      return rule.terms.map((term) => ({
        label: `${row.region?.name} ${term.column} → ${rule.result}`, text: table.bump(row, term.column), line: row.line, column: table.columnOf(rule.result), marker: rule.label_zh,
      }));
    }
  }
}

const RULES = DATASETS.flatMap((spec) => spec.totals.map((rule, i) => ({ spec, rule, name: `${spec.id} #${i + 1} ${rule.kind}` })));

describe('totals rules on the embedded files', () => {
  it('exist, for the tables that have totals', () => {
    expect(RULES.length).toBeGreaterThan(0);
  });

  it.each(RULES)('$name warns when one covered number changes', ({ spec, rule }) => {
    const mutations = mutationsOf(new Table(spec, dataText(spec.file)), rule);
    expect(mutations.length).toBeGreaterThan(0);
    for (const m of mutations) {
      const result = load(spec, m.text);
      expect(result.issues.filter((i) => i.severity === 'error'), m.label).toEqual([]);
      const hits = issuesOf(result.issues, 'total-mismatch').filter((i) => i.line === m.line && i.column === m.column && i.message_zh.includes(m.marker));
      expect(hits, m.label).toHaveLength(1);
      expect(hits[0]?.severity).toBe('warning');
    }
  });
});
