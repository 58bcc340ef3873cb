import { describe, expect, it } from 'vitest';
import { canApply, planImport } from '../../../src/data/import/import-plan';
import { tableCsvText } from '../../../src/data/import/table-csv';
import type { DatasetId } from '../../../src/data/schema';
import { dataText, loadEmbedded } from '../helpers';
import { allocationSheet, workbookOf, zonesSheet } from './fixtures';

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
