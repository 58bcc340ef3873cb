import { describe, expect, it } from 'vitest';
import { recognizeDataset } from '../../src/data/headers';
import { parseCsvText } from '../../src/data/parse';
import { resolveRegion } from '../../src/data/regions';
import { validateRows, type ValidatedTable } from '../../src/data/validate';
import { errorsOf } from '../../src/data/issues';
import { loadCsvText } from '../../src/data/pipeline';
import { cellsOf, dataText, fixtureText, hasMessages, issuesOf, lines, loadEmbedded, seedText, where } from './helpers';

function validate(text: string): ValidatedTable {
  const rows = parseCsvText(text).rows;
  const recognition = recognizeDataset(rows);
  if (recognition.kind !== 'recognised') throw new Error(`not recognised: ${recognition.kind}`);
  return validateRows(recognition.match, rows);
}

/** Embedded allocation rows by canonical region name. */
function embeddedAllocation(): Map<string, string[]> {
  const rows = lines(dataText('black-soil-allocation.csv')).slice(1).map((l) => cellsOf(l));
  return new Map(rows.map((cells) => [resolveRegion(cells[0] ?? '')?.name ?? '', cells]));
}

describe('validateRows', () => {
  it('reports each broken cell at its line and column, and keeps the clean rows', () => {
    const text = fixtureText('allocation-bad-cells.csv');
    const embedded = embeddedAllocation();
    const parsed = parseCsvText(text).rows.slice(1);
    // The one cell of each row that differs from the embedded data is the broken one.
    const broken = parsed.flatMap((row) => {
      const original = embedded.get(resolveRegion(row.cells[0] ?? '')?.name ?? '') ?? [];
      const column = row.cells.findIndex((c, i) => c !== original[i]);
      return column < 0 ? [] : [`${row.line}:${column + 1}`];
    });
    const table = validate(text);
    expect(table.issues.map((i) => `${i.line}:${i.column}`)).toEqual(broken);
    expect(table.issues.map((i) => i.code)).toEqual(['type-error', 'missing-cell', 'missing-cell', 'type-error', 'constraint-error', 'type-error']);
    expect(table.issues.every((i) => i.severity === 'error' && hasMessages(i))).toBe(true);
    expect(table.rows.map((r) => r.line)).toEqual(parsed.filter((r) => !broken.some((b) => b.startsWith(`${r.line}:`))).map((r) => r.line));
  });

  it('skips blank rows, including ,,,, rows wider than the header, with a warning each', () => {
    const text = fixtureText('hsf-blank-rows.csv');
    const physical = lines(text);
    const blank = physical.map((l, i) => (i > 0 && l.split(',').every((c) => c.trim() === '') ? i + 1 : 0)).filter((n) => n > 0);
    const table = validate(text);
    expect(table.issues.map(where)).toEqual(blank.map((n) => `${n}:0 blank-row`));
    expect(table.issues.every((i) => i.severity === 'warning' && i.message_zh.includes(`第 ${i.line} 行`))).toBe(true);
    expect(table.rows).toHaveLength(physical.length - 1 - blank.length);
  });

  it('reports an unquoted 1,234 as an extra cell past the header', () => {
    const text = fixtureText('allocation-unquoted-thousands.csv');
    const physical = lines(text);
    const width = cellsOf(physical[0] ?? '').length;
    const line = physical.findIndex((l) => cellsOf(l).length > width) + 1;
    const table = validate(text);
    expect(table.issues.map(where)).toEqual([`${line}:${width + 1} extra-cell`]);
    expect(table.issues[0]?.cell).toBe(cellsOf(physical[line - 1] ?? '').at(-1));
    expect(table.issues[0]?.message_zh).toContain('千分位');
    expect(table.rows).toHaveLength(physical.length - 2);
  });

  it('reports a county given twice, under any spelling, on the second line and names the first', () => {
    const text = fixtureText('allocation-duplicate-county.csv');
    const names = lines(text).map((l) => resolveRegion(cellsOf(l)[0] ?? '')?.name);
    const repeats = names.flatMap((name, i) => {
      const first = names.indexOf(name);
      return first < i ? [{ line: i + 1, first: first + 1, name }] : [];
    });
    expect(repeats.length).toBeGreaterThan(0);
    const found = issuesOf(validate(text).issues, 'duplicate-row');
    expect(found.map(where)).toEqual(repeats.map((r) => `${r.line}:0 duplicate-row`));
    found.forEach((issue, i) => {
      expect(issue.severity).toBe('error');
      expect(issue.message_zh).toContain(`第 ${repeats[i]?.first} 行`);
      expect(issue.message_zh).toContain(repeats[i]?.name);
    });
  });

  it('reports a county under the wrong 所属市 at the city column', () => {
    const text = fixtureText('allocation-wrong-city.csv');
    const physical = lines(text);
    const cityColumn = cellsOf(physical[0] ?? '').indexOf('所属市') + 1;
    const wrong = physical.findIndex((l) => {
      const [county, city] = cellsOf(l);
      const region = resolveRegion(county ?? '');
      return region?.level === 'county' && region.city !== resolveRegion(city ?? '')?.name;
    }) + 1;
    const table = validate(text);
    expect(table.issues.map(where)).toEqual([`${wrong}:${cityColumn} region-mismatch`]);
    expect(table.issues[0]?.message_zh).toMatch(/宾县.*哈尔滨市.*齐齐哈尔市/);
    expect(table.rows.map((r) => r.line)).toEqual(physical.map((_, i) => i + 1).filter((n) => n > 1 && n !== wrong));
  });

  it('lets a city row name itself as its 所属市, but not a farm group or county another city', () => {
    const text = fixtureText('allocation-small.csv');
    const cityRow = lines(text).findIndex((l) => resolveRegion(cellsOf(l)[0] ?? '')?.level === 'city') + 1;
    const city = cellsOf(lines(text)[cityRow - 1] ?? '')[0] ?? '';
    expect(validate(text.replace(`${city},,`, `${city},${city},`)).issues).toEqual([]);
    const farm = validate(text.replace(`${city},,`, `北大荒农垦集团,${city},`));
    expect(farm.issues.map(where)).toEqual([`${cityRow}:2 region-mismatch`]);
  });

  it('reports missing cells of a short row, one per required column', () => {
    const header = lines(dataText('black-soil-hsf-2021.csv'))[0] ?? '';
    const table = validate(`${header}\n呼兰区,哈尔滨市,11.59\n`);
    expect(table.issues.map(where)).toEqual(['2:4 missing-cell']);
  });

  it('reports a header with no data rows under it, even with blank rows', () => {
    const header = lines(dataText('black-soil-hsf-2021.csv'))[0] ?? '';
    for (const text of [`${header}\n`, `${header}\n,,,\n\n`]) {
      const errors = validate(text).issues.filter((i) => i.severity === 'error');
      expect(errors.map(where)).toEqual(['1:0 missing-cell']);
    }
  });

  it('builds row values from the spec only, so odd headers cannot reach the objects', () => {
    const table = validate(fixtureText('allocation-proto-headers.csv'));
    expect(table.issues).toEqual([]);
    for (const row of table.rows) {
      expect(Object.getPrototypeOf(row.values)).toBe(Object.prototype);
      expect(Object.keys(row.values)).not.toContain('constructor');
      expect(Object.hasOwn(row.values, '__proto__')).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('附件1 and 附件2 exactly as the gazette prints them (header again at the page break, notes under)', () => {
  const printed = (from: string, to: string): string => {
    const seed = seedText('001_cb4f4e51ec4cf8e1.txt').split('\n');
    const start = seed.findIndex((l) => l.startsWith(from));
    const end = seed.findIndex((l, i) => i > start && l.startsWith(to));
    return seed.slice(start, end).join('\n');
  };

  it('附件1: the repeated header rows and both note lines are skipped with a warning each; rows as embedded', () => {
    const text = printed('附件 1', '附件 2');
    const result = loadCsvText(text, 'utf-8');
    expect(result.dataset?.id).toBe('black-soil-allocation');
    expect(errorsOf(result.issues)).toEqual([]);
    const skipped = result.issues.filter((i) => i.code === 'ignored-content');
    expect(skipped.map((i) => i.cell?.slice(0, 5))).toEqual(['行政区域', '', '注：1. ', '2. 保护']);
    expect(result.records).toEqual(loadEmbedded('black-soil-allocation').records.map((r) => ({ ...r, line: expect.any(Number) as number })));
  });

  it('附件2: the note under it is skipped with a warning; no total breaks', () => {
    const result = loadCsvText(printed('附件 2', '胡昌升'), 'utf-8');
    expect(result.dataset?.id).toBe('black-soil-hsf-2021');
    expect(result.issues.filter((i) => i.severity === 'error' || i.code === 'total-mismatch')).toEqual([]);
    expect(result.issues.filter((i) => i.code === 'ignored-content').map((i) => i.cell)).toEqual(['注：各重点县 2021 年高标准农田建设任务为省实际下达任务。']);
    expect(result.records.length).toBe(loadEmbedded('black-soil-hsf-2021').records.length);
  });

  it('a note under actual values or a plan table is skipped with a warning, never an indicator', () => {
    const actuals = loadCsvText(['指标名称,行政区域,年份,实际值,单位', '粮食产量,,2022,1552.6,亿斤', '注：2025年数据尚未发布。'].join('\n'), 'utf-8');
    expect(actuals.issues.map((i) => [i.code, i.line, i.column])).toEqual([['ignored-content', 3, 1]]);
    const plan = loadCsvText(['某某规划主要指标', '指标,2025年基期值,2030年目标值,属性', '森林覆盖率（%）,47.3,48,约束性', '注：〔 〕内为五年累计数。'].join('\n'), 'utf-8');
    expect(plan.issues.map((i) => [i.code, i.line, i.column])).toEqual([['ignored-content', 4, 1]]);
    expect(plan.records.map((r) => r.indicatorName)).toEqual(['森林覆盖率', '森林覆盖率']);
  });
});

describe('an unquoted thousands comma (2,038) in a printed table is an error at the cell beyond the header', () => {
  it.each([
    ['a plan table', ['指标名称,2020年 基期值,2025年 预期值', '著作权登记数量（件）,2,038,3000'], [2, 4, '3000']],
    ['a region task table', ['2026年建设任务分解表', '行政区域,高标准农田建设任务（万亩）', '合计,1,200.5', '呼兰区,1200.5'], [3, 3, '200.5']],
    ['a wide actuals table', ['指标名称,单位,2021年,2022年', '粮食产量,万吨,7,867.7,7763.1'], [2, 5, '7763.1']],
  ])('%s: never 2 and 38, nothing read', (_kind, text, where) => {
    const result = loadCsvText(text.join('\n'), 'utf-8');
    expect(errorsOf(result.issues).filter((i) => i.code === 'extra-cell').map((i) => [i.line, i.column, i.cell])).toEqual([where]);
    expect(result.records).toEqual([]);
  });
});
