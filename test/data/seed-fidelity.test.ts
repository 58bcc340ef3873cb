/**
 * The embedded data against the seed gazettes in ../shared/seeds: 附件1 and 附件2 re-extracted
 * number by number, the hand-written indicator rows found word for word in their seed, and the
 * province targets agreeing with the 附件1 合计 row.
 */
import { describe, expect, it } from 'vitest';
import { loadCsvText, type LoadResult } from '../../src/data/pipeline';
import { resolveRegion } from '../../src/data/regions';
import { datasetSpec } from '../../src/data/registry';
import type { DatasetId, TypedRow } from '../../src/data/schema';
import { dataText, seedText } from './helpers';

const BLACK_SOIL_SEED = '001_cb4f4e51ec4cf8e1.txt';

function embedded(id: DatasetId): LoadResult {
  const spec = datasetSpec(id);
  return loadCsvText(dataText(spec.file), 'utf-8', { datasetId: id });
}

/** NFKC and no white space at all: the extraction breaks lines and spaces numbers. */
function flat(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Tab-separated table lines from the one starting with `from` up to the one starting with `to`. */
function tableLines(seed: string, from: string, to: string): string[] {
  const all = seed.split('\n');
  const start = all.findIndex((l) => l.startsWith(from));
  const end = all.findIndex((l, i) => i > start && l.startsWith(to));
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return all.slice(start, end);
}

/** Region → numbers of each line whose cells after the name are all numbers. */
function seedTable(lines: readonly string[], width: number): Map<string, number[]> {
  const table = new Map<string, number[]>();
  for (const line of lines) {
    const [name = '', ...rest] = line.split('\t');
    const numbers = rest.filter((c) => c.trim() !== '').map(Number);
    if (numbers.length !== width || !numbers.every(Number.isFinite)) continue;
    const region = resolveRegion(name);
    expect(region, `seed name ${name}`).not.toBeNull();
    expect(table.has(region?.name ?? ''), `${name} twice`).toBe(false);
    table.set(region?.name ?? '', numbers);
  }
  return table;
}

function dataTable(result: LoadResult): Map<string, number[]> {
  const keys = result.dataset?.columns.filter((c) => c.type === 'number').map((c) => c.key) ?? [];
  return new Map(result.rows.map((row) => [row.region?.name ?? '', keys.map((k) => Number(row.values[k]))]));
}

const SEED_1 = seedText(BLACK_SOIL_SEED);
const ANNEX_1 = seedTable(tableLines(SEED_1, '合计\t5600', '注：1.'), 6);
const ANNEX_2 = seedTable(tableLines(SEED_1, '合计\t582.74', '注：各重点县'), 2);

describe('附件1 and 附件2 re-extracted from the seed', () => {
  it.each([
    ['附件1', ANNEX_1, 'black-soil-allocation', 50],
    ['附件2', ANNEX_2, 'black-soil-hsf-2021', 41],
  ] as const)('%s: every region and every number is in data/', (_annex, seed, id, rows) => {
    expect(seed.size).toBe(rows);
    const data = dataTable(embedded(id));
    expect([...data.keys()].sort()).toEqual([...seed.keys()].sort());
    for (const [region, numbers] of seed) expect(data.get(region), region).toEqual(numbers);
  });
});

describe('zone membership from 五、分区保护技术路径', () => {
  const text = flat(SEED_1);
  const zones = embedded('black-soil-zones').rows;

  it.each(['平原旱田', '坡耕地', '风沙干旱', '水田'])('%s lists the same counties as data/', (zone) => {
    // After NFKC the list's full-width comma is ','.
    const match = new RegExp(`${zone}类型区。[^。]*?包括([^。]*?)等(\\d+)个县[^。]*?(及北大荒农垦集团)?,`).exec(text);
    expect(match, zone).not.toBeNull();
    const names = (match?.[1] ?? '').split('、').map((n) => resolveRegion(n)?.name);
    expect(names).not.toContain(undefined);
    expect(names).toHaveLength(Number(match?.[2]));
    if (match?.[3]) names.push('北大荒农垦集团');
    const inData = zones.filter((r) => r.values.zone === zone).map((r) => r.region?.name);
    expect([...inData].sort()).toEqual([...names].sort());
  });
});

/* ---- Hand-written indicator rows: wording in the right seed, numbers in the wording. ---- */

function scale(unit: string): number {
  return unit.startsWith('亿') ? 1e8 : unit.startsWith('万') ? 1e4 : 1;
}

/** The number as the wording may print it: as is, or counted out (1.3283 万户 → 13283 家). */
function numberInWording(value: number, unit: string, wording: string): boolean {
  const forms = new Set([String(value), String(Math.round(value * scale(unit) * 1e6) / 1e6)]);
  return [...forms].some((form) => new RegExp(`(?<![\\d.])${form.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(flat(wording)));
}

interface WordingCheck {
  readonly id: DatasetId;
  readonly wording: string;
  readonly numbers: readonly string[];
}

const WORDING: readonly WordingCheck[] = [
  { id: 'credit-indicators', wording: 'target_text', numbers: ['target'] },
  { id: 'credit-indicators', wording: 'baseline_text', numbers: ['baseline'] },
  { id: 'shuangyashan-ip', wording: 'target_text', numbers: ['target'] },
  { id: 'grain-livestock-2022', wording: 'source_text', numbers: ['target'] },
  { id: 'black-soil-targets', wording: 'source_text', numbers: ['target', 'upper', 'stretch'] },
];

function textOf(row: TypedRow, key: string): string | null {
  const value = row.values[key];
  return typeof value === 'string' ? value : null;
}

describe.each(WORDING)('$id: $wording', ({ id, wording, numbers }) => {
  const spec = datasetSpec(id);
  const seed = flat(seedText(spec.source.seedFile));
  const rows = embedded(id).rows;
  const worded = rows.filter((r) => textOf(r, wording) !== null);

  it('has wording to check', () => {
    expect(worded.length).toBeGreaterThan(0);
  });

  it.each(worded.map((row) => [textOf(row, 'code') ?? '', row] as const))('%s: the wording is in the seed and holds the numbers', (_code, row) => {
    const text = textOf(row, wording) ?? '';
    expect(seed).toContain(flat(text));
    for (const key of numbers) {
      const value = row.values[key];
      if (typeof value !== 'number') continue;
      expect(numberInWording(value, textOf(row, 'unit') ?? '', text), `${key} ${value} in “${text}”`).toBe(true);
    }
  });
});

describe('ip-indicators against the 主要指标 table', () => {
  const seedLines = new Set(SEED_1.split('\n').map((l) => l.normalize('NFKC').trim()));
  const rows = embedded('ip-indicators').rows;

  it.each(rows.map((row) => [textOf(row, 'code') ?? '', row] as const))('%s: name（unit）, baseline and target are one table line', (_code, row) => {
    const line = `${textOf(row, 'name') ?? ''}（${textOf(row, 'unit') ?? ''}）\t${String(row.values.baseline)}\t${String(row.values.target)}`;
    expect(seedLines.has(line.normalize('NFKC'))).toBe(true);
  });

  it('quotes the narrative text in its notes faithfully', () => {
    const seed = flat(SEED_1);
    const quoted = rows.flatMap((row) => [...(textOf(row, 'note') ?? '').matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? ''));
    expect(quoted.length).toBeGreaterThan(0);
    for (const quote of quoted) expect(seed, quote).toContain(flat(quote));
  });
});

describe('province targets agree with the 附件1 合计 row', () => {
  const targets = embedded('black-soil-targets').rows;
  const total = ANNEX_1.get('合计') ?? [];
  const columns = datasetSpec('black-soil-allocation').columns.filter((c) => c.type === 'number');
  const totalOf = (key: string): number => total[columns.findIndex((c) => c.key === key)] ?? Number.NaN;

  function target(code: string): { value: number; unit: string } {
    const row = targets.find((r) => r.values.code === code);
    if (!row) throw new Error(`no target ${code}`);
    return { value: Number(row.values.target), unit: textOf(row, 'unit') ?? '' };
  }

  it.each([
    ['demo_area', 'demo_area'], ['tillage_annual', 'tillage_annual'], ['tillage_area', 'tillage_annual'],
    ['tillage_cumulative', 'tillage_5y'], ['organic_annual', 'organic_2021'], ['organic_annual', 'organic_2025'],
    ['organic_area', 'organic_2021'], ['organic_cumulative', 'organic_5y'],
  ])('%s equals 合计 %s (in 万)', (code, column) => {
    const { value, unit } = target(code);
    const unitOfColumn = columns.find((c) => c.key === column)?.unit ?? '';
    expect(value * scale(unit) / scale(unitOfColumn)).toBeCloseTo(totalOf(column), 6);
  });

  it('2.8 亿亩次 of tillage is 28000 万亩次, five years of 5600', () => {
    expect(target('tillage_cumulative')).toEqual({ value: 2.8, unit: '亿亩次' });
    expect(totalOf('tillage_5y')).toBe(28000);
    expect(totalOf('tillage_5y')).toBe(5 * totalOf('tillage_annual'));
  });

  it('the 870 万亩 of standardised demonstration area is one figure, and 附件2 meets the 2021 floors', () => {
    expect(target('demo_area_standard').value).toBe(target('hsf_standard_cumulative').value);
    const [built = 0, standard = 0] = ANNEX_2.get('合计') ?? [];
    expect(built).toBeGreaterThanOrEqual(target('hsf_new').value);
    expect(standard).toBeGreaterThanOrEqual(target('hsf_new_standard').value);
  });
});
