import { describe, expect, it } from 'vitest';
import { canApply, planImport } from '../../../src/data/import/import-plan';
import { tableCsvText } from '../../../src/data/import/table-csv';
import type { DatasetId } from '../../../src/data/schema';
import { dataText, loadEmbedded } from '../helpers';
import { allocationSheet, workbookOf, zonesSheet } from './fixtures';
import { loadFileBytes } from '../../../src/data/read-file';
import { buildWorkbook } from './build-workbook';

function current(id: DatasetId): string | null {
  const loaded = loadEmbedded(id);
  return loaded.dataset ? tableCsvText(loaded.dataset, loaded.rows) : null;
}

const GAZETTE = allocationSheet('附件1', {}, dataText('black-soil-allocation.csv'));

describe('planning the import of a workbook', () => {
  it('of the gazette table as printed (merged cells, #,##0.0): applicable, and changes nothing', () => {
    const plan = planImport({ bytes: workbookOf(GAZETTE), fileName: '任务分解表.xlsx', current });
    expect(plan.format).toBe('xlsx');
    expect(plan.sheet).toBe('附件1');
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(canApply(plan)).toBe(true);
    expect(plan.diff).toMatchObject({ changed: [], added: [], removed: [] });
  });

  it('of a workbook with several sheets: lists them to choose from, then plans the one picked', () => {
    const bytes = workbookOf(GAZETTE, zonesSheet('附件3'));
    const ask = planImport({ bytes, fileName: 'book.xlsx', current });
    expect(canApply(ask)).toBe(false);
    expect(ask.errors.map((e) => e.code)).toEqual(['sheet-required']);
    expect(ask.sheets.map((s) => [s.name, s.dataset])).toEqual([['附件1', 'black-soil-allocation'], ['附件3', 'black-soil-zones']]);
    const picked = planImport({ bytes, fileName: 'book.xlsx', current, sheet: '附件3' });
    expect(picked.sheet).toBe('附件3');
    expect(picked.dataset?.id).toBe('black-soil-zones');
    expect(canApply(picked)).toBe(true);
    expect(picked.sheets).toEqual(ask.sheets);
  });

  it('points a changed figure\'s totals warning at the sheet', () => {
    const rows = GAZETTE.rows.map((r) => (r[0] === '宾县' ? r.map((c, j) => (j === 2 ? { v: 1 } : c)) : r));
    const plan = planImport({ bytes: workbookOf({ ...GAZETTE, rows }), fileName: 'b.xlsx', current });
    const warning = plan.warnings.find((w) => w.code === 'total-mismatch');
    expect(warning?.sheetCell).toMatch(/^附件1!/);
    expect(plan.diff?.changed).toEqual([expect.objectContaining({ row: '宾县', column: 'demo_area', after: 1 })]);
  });
});

describe('a new plan’s 主要指标 sheet with labels merged down its two header rows', () => {
  it('类别, 指标, 年均增长〔累计〕 and 属性 merged A2:A3… are labels, not a row of data', () => {
    const bytes = buildWorkbook({
      sheets: [
        {
          name: '主要指标',
          rows: [
            ['黑龙江省“十五五”生态环境保护规划主要指标', null, null, null, null, null],
            ['类别', '指标', '基期值', '目标值', '年均增长〔累计〕', '属性'],
            [null, null, '2025年', '2030年', null, null],
            ['环境治理', '地表水达到或好于Ⅲ类水体比例（%）', 78.5, '≥80', '—', '约束性'],
            [null, '化学需氧量排放总量减少（万吨）', '—', '—', '[2.5]', '约束性'],
          ],
          merges: ['A1:F1', 'A2:A3', 'B2:B3', 'E2:E3', 'F2:F3', 'A4:A5'],
        },
      ],
    });
    const result = loadFileBytes(bytes, { fileName: '十五五.xlsx' });
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => [r.indicatorName, r.period, r.kind, r.comparator ?? null, r.value, r.line])).toEqual([
      ['地表水达到或好于Ⅲ类水体比例', '2025', 'baseline', null, 78.5, 4],
      ['地表水达到或好于Ⅲ类水体比例', '2030', 'target', '≥', 80, 4],
      ['化学需氧量排放总量减少', '2026-2030', 'target', null, 2.5, 5],
    ]);
  });
});
