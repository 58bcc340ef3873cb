import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { planImport } from '../../../src/data/import/import-plan';
import { errorsOf, warningsOf } from '../../../src/data/issues';
import { loadCsvBytes, loadCsvText, type LoadResult } from '../../../src/data/pipeline';
import { metricCode } from '../../../src/data/region-tasks/region-spec';
import { currentCatalog, EMBEDDED_CATALOG, setCatalog } from '../../../src/data/registry';
import type { DatasetSpec } from '../../../src/data/schema';
import { encodeGbk } from '../../support/gbk';
import {
  FARM_GROUP_ROW, REGION_HEADER, REGION_TITLE, regionLine, regionRows, regionTasksCsv, regionTotals, TOTAL_LINE,
} from '../../support/region-tasks';
import { perCountyActualsCsv } from '../../support/statistics-actuals';
import { fixtureText } from '../helpers';
import { utf16 } from '../plan/plan-fixtures';
import { loadFileBytes } from '../../../src/data/read-file';
import { buildWorkbook, STYLE } from '../xlsx/build-workbook';

const TASK = REGION_HEADER[2];
const PART = REGION_HEADER[3];
const load = (text: string): LoadResult => loadCsvBytes(encodeGbk(text));

afterEach(() => {
  setCatalog(EMBEDDED_CATALOG);
});

describe('a new region task table (GBK, title row, 单位：万亩 line, 其中 column, 合计 right)', () => {
  const result = load(regionTasksCsv());

  it('is read as a new plan in the region-tasks@1 layout, no errors or warnings', () => {
    expect(result.encoding).toBe('gb18030');
    expect(result.issues).toEqual([]);
    expect(result.plan?.kind).toBe('new');
    expect(result.plan?.title).toBe(REGION_TITLE);
    expect(result.plan?.period).toBe('2026');
    expect(result.plan?.document?.tables[0]).toMatchObject({ role: 'region-tasks', layout: 'region-tasks@1', section: REGION_TITLE });
    expect(result.rowCount).toBe(regionRows().length + 2);
  });

  it('every figure becomes a record with its region, metric, unit, value and printed cell', () => {
    const id = result.dataset?.id ?? '';
    expect(result.records).toHaveLength((regionRows().length + 2) * 2);
    const bin = regionRows().find((r) => r.region === '宾县');
    expect(result.records.filter((r) => r.region === '宾县')).toEqual([
      { region: '宾县', regionLevel: 'county', indicator: `${id}.${metricCode(TASK)}`, indicatorName: TASK, period: '2026', kind: 'target', value: Number(bin?.task), unit: '万亩', line: regionLine('宾县'), column: 3 },
      { region: '宾县', regionLevel: 'county', indicator: `${id}.${metricCode(PART)}`, indicatorName: PART, period: '2026', kind: 'target', value: Number(bin?.part), unit: '万亩', line: regionLine('宾县'), column: 4 },
    ]);
    const farm = result.records.find((r) => r.regionLevel === 'farm-group' && r.indicatorName === TASK);
    expect(farm).toMatchObject({ region: '北大荒农垦集团', value: Number(FARM_GROUP_ROW[1]), column: 3 });
    const total = result.records.find((r) => r.regionLevel === 'total' && r.indicatorName === TASK);
    expect(total).toMatchObject({ region: null, value: Number(regionTotals()[0]), line: TOTAL_LINE, column: 3 });
  });

  it('the preview lists every figure with the cell it came from', () => {
    const tasks = result.plan?.tasks ?? [];
    expect(tasks).toHaveLength(result.records.length);
    expect(tasks.find((t) => t.region === '宾县' && t.metric === PART)?.cell).toEqual({ line: regionLine('宾县'), column: 4, raw: regionRows().find((r) => r.region === '宾县')?.part });
  });

  it('UTF-16 (Excel "Unicode text", tabs) reads to the same records', () => {
    const other = loadCsvBytes(utf16(regionTasksCsv()));
    expect(other.encoding).toBe('utf-16le-bom');
    expect(other.issues).toEqual([]);
    expect(other.records).toEqual(result.records);
  });
});

describe('what is wrong with a region table is named by line and column', () => {
  it('a wrong 合计 is a warning at its cell with both figures; the table still reads', () => {
    const [right] = regionTotals();
    const result = load(regionTasksCsv({ total: '9999.9' }));
    expect(errorsOf(result.issues)).toEqual([]);
    const [warning, ...rest] = warningsOf(result.issues);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: 'total-mismatch', line: TOTAL_LINE, column: 3, cell: '9999.9' });
    expect(warning?.message_zh).toContain('9999.9');
    expect(warning?.message_zh).toContain(right);
    expect(result.records.length).toBeGreaterThan(0);
  });

  it('a 其中 figure above its total is a warning at the 其中 cell (and the 合计 of that column follows)', () => {
    const row = regionRows().find((r) => r.region === '宾县');
    const result = load(regionTasksCsv({ cells: { 宾县: [row?.task ?? '', String(Number(row?.task) + 1)] } }));
    const over = warningsOf(result.issues).find((w) => w.line === regionLine('宾县'));
    expect(over).toMatchObject({ code: 'total-mismatch', column: 4 });
    expect(over?.message_zh).toContain('其中项不能大于总数');
    // The part column's 合计 no longer adds up either: named at the 合计 row, column 4.
    expect(warningsOf(result.issues).map((w) => [w.line, w.column])).toEqual([[TOTAL_LINE, 4], [regionLine('宾县'), 4]]);
  });

  it('an unknown county is an error at its cell with a suggestion; nothing is written', () => {
    const text = regionTasksCsv().replace('\r\n1,呼兰区,', '\r\n1,呼栏区,').replace(',尚志市,', ',松原市,');
    const result = load(text);
    const errors = errorsOf(result.issues);
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([
      ['unknown-region', regionLine('呼兰区'), 2],
      ['unknown-region', regionLine('尚志市'), 2],
    ]);
    expect(errors[0]?.message_zh).toContain('是否为“呼兰区”');
    expect(result.records).toEqual([]);
    expect(result.rows).toEqual([]);
    const plan = planImport({ bytes: encodeGbk(text), fileName: 'tasks.csv', current: () => null });
    expect(plan.next).toBeNull();
  });

  it('a number written in words is an error at its cell', () => {
    const result = load(regionTasksCsv({ cells: { 宾县: ['十二点五', '3'] } }));
    expect(errorsOf(result.issues)).toMatchObject([{ code: 'type-error', line: regionLine('宾县'), column: 3, cell: '十二点五' }]);
    expect(errorsOf(result.issues)[0]?.message_zh).toContain('阿拉伯数字');
    expect(result.records).toEqual([]);
  });

  it('a 小计 line is left out with a warning, not an error; a blank cell is not given, not 0', () => {
    const result = load(regionTasksCsv({ cells: { 宾县: ['', ''] }, extra: [['', '其中：重点县小计', '1', '1']] }));
    expect(errorsOf(result.issues)).toEqual([]);
    const last = regionLine('宾县') + regionRows().length - regionRows().findIndex((r) => r.region === '宾县') + 1;
    expect(warningsOf(result.issues).find((w) => w.code === 'unknown-region')).toMatchObject({ severity: 'warning', line: last, column: 2 });
    expect(result.records.filter((r) => r.region === '宾县')).toEqual([]);
  });
});

describe('where a region table is told from other layouts', () => {
  it('a per-county table of results (完成) is still actual values', () => {
    const result = loadCsvText(perCountyActualsCsv([['宾县', '90.5']]), 'utf-8');
    expect(result.dataset?.id).toBe('progress-actuals');
  });

  it('附件2 as stored keeps its bespoke spec', () => {
    const result = loadCsvText('行政区域,所属市,2021年建设面积（万亩）,其中标准化示范区（万亩）\n呼兰区,哈尔滨市,11.59,0\n', 'utf-8');
    expect(result.dataset?.id).toBe('black-soil-hsf-2021');
  });
});

describe('the gazette’s own two-row header, for a new year', () => {
  // 附件2 as printed (title, blank line, 高标准农田建设任务（万亩） over 2021 年建设面积 | 其中…), for 2026.
  const text = fixtureText('hsf-gazette-header.tsv').replace(/2021/g, '2026');
  const result = loadCsvText(text, 'utf-8');

  it('is a new region table (not 附件2), its columns named under their group with its unit', () => {
    expect(result.issues).toEqual([]);
    expect(result.dataset?.layout).toBe('region-tasks@1');
    expect(result.plan?.title).toContain('2026');
    const hulan = result.records.filter((r) => r.region === '呼兰区');
    expect(hulan.map((r) => [r.indicatorName, r.unit, r.period, r.value, r.line, r.column])).toEqual([
      ['高标准农田建设任务2026年建设面积', '万亩', '2026', 11.59, 5, 2],
      ['其中标准化示范区', '万亩', '2026', 0, 5, 3],
    ]);
  });

  it('the 其中 column is the part of the column before it', () => {
    const broken = text.replace('哈尔滨市呼兰区\t11.59\t0', '哈尔滨市呼兰区\t11.59\t12');
    const over = warningsOf(loadCsvText(broken, 'utf-8').issues);
    expect(over.map((w) => [w.line, w.column])).toContainEqual([5, 3]);
  });
});

describe('the generic layout it is stored in', () => {
  it('round-trips: the applied table reads back to the same figures', () => {
    const plan = planImport({ bytes: encodeGbk(regionTasksCsv()), fileName: 'tasks.csv', current: () => null });
    const spec = plan.dataset as DatasetSpec;
    expect(plan.errors).toEqual([]);
    const back = loadCsvText(plan.next?.text ?? '', 'utf-8', { datasetId: spec.id, spec });
    expect(back.issues).toEqual([]);
    const strip = (r: LoadResult) => r.records.map(({ region, indicator, value, unit, period }) => ({ region, indicator, value, unit, period }));
    expect(strip(back)).toEqual(strip(load(regionTasksCsv())));
  });

  it('the stored table is held to the same totals (a served file edited by hand)', () => {
    const plan = planImport({ bytes: encodeGbk(regionTasksCsv({ total: '9999.9' })), fileName: 'tasks.csv', current: () => null });
    const spec = plan.dataset as DatasetSpec;
    const stored = plan.next?.text ?? '';
    const back = loadCsvText(stored, 'utf-8', { datasetId: spec.id, spec });
    const valueColumn = stored.split('\n')[0]?.split(',').indexOf('任务数') ?? -1;
    expect(errorsOf(back.issues)).toEqual([]);
    expect(warningsOf(back.issues).map((w) => [w.code, w.line, w.column, w.cell])).toEqual([['total-mismatch', 2, valueColumn + 1, '9999.9']]);
    expect(warningsOf(back.issues)[0]?.message_zh).toContain(regionTotals()[0]);
  });

  it('a table with the same columns updates the catalog table that has them', () => {
    const first = load(regionTasksCsv());
    const document = first.plan?.document;
    if (!document) throw new Error('no draft');
    setCatalog({ ...currentCatalog(), documents: [...currentCatalog().documents, document] });
    const stored = first.rows;
    const again = loadCsvBytes(encodeGbk(regionTasksCsv({ total: '1.0' })), { plan: { current: (s: DatasetSpec) => (s.id === first.dataset?.id ? stored : null) } });
    expect(again.plan?.kind).toBe('update');
    expect(again.dataset?.id).toBe(first.dataset?.id);
    const forced = loadCsvBytes(encodeGbk(regionTasksCsv()), { plan: { forceNew: true, current: () => stored } });
    expect(forced.plan?.kind).toBe('new');
  });
});

describe('the 合计 check, for any allocation (property)', () => {
  const figure = fc.integer({ min: 0, max: 99_999_999 });
  const decimals = fc.integer({ min: 0, max: 3 });
  const text = (units: bigint, d: number): string => {
    const digits = units.toString().padStart(d + 1, '0');
    return d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`;
  };
  const table = (parts: readonly string[], total: string): string => [
    '行政区域,任务（万亩）',
    `合计,${total}`,
    ...parts.map((p, i) => `${regionRows()[i]?.region ?? ''},${p}`),
  ].join('\n');

  it('a 合计 written as the exact decimal sum never warns; any other figure warns at it', () => {
    fc.assert(fc.property(fc.array(figure, { minLength: 1, maxLength: 39 }), decimals, fc.integer({ min: -1000, max: 1000 }), (units, d, off) => {
      const parts = units.map((u) => text(BigInt(u), d));
      const sum = units.reduce((s, u) => s + BigInt(u), 0n);
      const right = loadCsvText(table(parts, text(sum, d)), 'utf-8');
      expect(right.issues).toEqual([]);
      const wrongUnits = sum + BigInt(off === 0 ? 1 : off);
      if (wrongUnits < 0n) return;
      const wrong = loadCsvText(table(parts, text(wrongUnits, d)), 'utf-8');
      expect(errorsOf(wrong.issues)).toEqual([]);
      expect(warningsOf(wrong.issues).map((w) => [w.code, w.line, w.column])).toEqual([['total-mismatch', 2, 2]]);
    }), { numRuns: 200 });
  });
});

describe('a region task table saved as .xlsx with its header labels merged down both rows', () => {
  it('reads 县（市、区） and 序号 merged A3:A4/B3:B4 as one label each, not as a data row', () => {
    const bytes = buildWorkbook({
      sheets: [
        {
          name: '任务分解',
          rows: [
            ['2026年黑土地保护高标准农田建设任务分解表', null, null, null],
            [null, null, null, '单位：万亩'],
            ['序号', '县（市、区）', '高标准农田建设任务', null],
            [null, null, '2026年建设面积', '其中：高效节水灌溉'],
            [null, '合计', { v: 6.5, f: 'SUM(C6:C7)', style: STYLE.oneDecimal }, { v: 1.6, f: 'SUM(D6:D7)' }],
            [1, '呼兰区', { v: 5, style: STYLE.oneDecimal }, 1.6],
            [2, '宾 县', { v: 1.5, style: STYLE.oneDecimal }, 0],
          ],
          merges: ['A1:D1', 'A3:A4', 'B3:B4', 'C3:D3'],
        },
      ],
    });
    const result = loadFileBytes(bytes, { fileName: '任务.xlsx' });
    expect(result.issues).toEqual([]);
    expect(result.dataset?.layout).toBe('region-tasks@1');
    expect(result.records.map((r) => [r.region, r.indicatorName, r.value, r.unit, r.line, r.column])).toEqual([
      [null, '高标准农田建设任务2026年建设面积', 6.5, '万亩', 5, 3],
      [null, '其中：高效节水灌溉', 1.6, '万亩', 5, 4],
      ['呼兰区', '高标准农田建设任务2026年建设面积', 5, '万亩', 6, 3],
      ['呼兰区', '其中：高效节水灌溉', 1.6, '万亩', 6, 4],
      ['宾县', '高标准农田建设任务2026年建设面积', 1.5, '万亩', 7, 3],
      ['宾县', '其中：高效节水灌溉', 0, '万亩', 7, 4],
    ]);
  });
});

describe('a 分解表 with cities and counties in two columns (市（地） | 县（市、区）)', () => {
  it('a city’s or 全省’s row, its county cell blank, is that city; counties sum to it', () => {
    const text = [
      '2026年高标准农田建设任务分解表',
      '单位：万亩',
      '序号,市（地）,县（市、区）,建设任务',
      ',全省,,30',
      '1,哈尔滨市,,30',
      ',,呼兰区,10',
      ',,宾县,21',
    ].join('\r\n');
    const result = load(text);
    expect(errorsOf(result.issues)).toEqual([]);
    expect(result.records.map((r) => [r.region, r.regionLevel, r.value, r.line, r.column])).toEqual([
      [null, 'total', 30, 4, 4],
      ['哈尔滨市', 'city', 30, 5, 4],
      ['呼兰区', 'county', 10, 6, 4],
      ['宾县', 'county', 21, 7, 4],
    ]);
    expect(warningsOf(result.issues).map((w) => [w.code, w.line, w.column])).toEqual([['total-mismatch', 5, 4]]);
  });
});

describe('a task table with a 责任单位 column', () => {
  it('is a column of text to leave aside, not figures in error', () => {
    const text = ['2026年建设任务分解表', '行政区域,建设任务（万亩）,责任单位', '合计,30,', '呼兰区,10,区农业农村局', '宾县,20,县农业农村局'].join('\n');
    const result = load(text);
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => [r.region, r.value])).toEqual([[null, 30], ['呼兰区', 10], ['宾县', 20]]);
  });
});
