import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canApply, planImport } from '../../../src/data/import/import-plan';
import { headerRow, tableCells, tableCsvText } from '../../../src/data/import/table-csv';
import { readFileTable } from '../../../src/data/read-file';
import { DATASETS } from '../../../src/data/registry';
import type { DatasetId } from '../../../src/data/schema';
import { safeSheetName, toXlsxBytes } from '../../../src/data/xlsx/write-xlsx';
import { loadEmbedded } from '../helpers';

function current(id: DatasetId): string | null {
  const loaded = loadEmbedded(id);
  return loaded.dataset ? tableCsvText(loaded.dataset, loaded.rows) : null;
}

describe('.xlsx export', () => {
  it.each(DATASETS.map((d) => [d.id]))('of %s re-imports with no change', (id) => {
    const loaded = loadEmbedded(id);
    const spec = loaded.dataset;
    if (!spec) throw new Error(`no dataset ${id}`);
    const bytes = toXlsxBytes(spec.title_zh, headerRow(spec, loaded.columnLabels), tableCells(spec, loaded.rows));
    const plan = planImport({ bytes, fileName: `${id}.xlsx`, current, datasetId: id });
    expect(plan.format).toBe('xlsx');
    expect(plan.errors).toEqual([]);
    expect(canApply(plan)).toBe(true);
    expect(plan.diff).toMatchObject({ changed: [], added: [], removed: [] });
  });

  it('writes numbers as number cells and text as text, hostile text kept exactly', () => {
    const hostile = ['=1+1', '<script>window.__xss=1</script>', 'a_x0041_b', 'tab\there', 'bell\u0007', '"quoted" & <b>'];
    const bytes = toXlsxBytes('T', ['text', 'number'], hostile.map((t, i) => [t, i + 0.5]));
    const sheet = new TextDecoder().decode(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<c r="B2"><v>0.5</v></c>');
    expect(sheet).not.toContain('<f>');
    expect(sheet).not.toContain('<script>');
    const rows = readFileTable(bytes, { fileName: 'x.xlsx' }).parsed?.rows.map((r) => r.cells);
    expect(rows).toEqual([['text', 'number'], ...hostile.map((t, i) => [t, String(i + 0.5)])]);
  });

  it('names the sheet within Excel\'s rules', () => {
    expect(safeSheetName('2021—2025年39个重点县和北大荒农垦集团黑土耕地保护任务分解表')).toHaveLength(31);
    expect(safeSheetName('a/b[c]:d*?')).toBe('a b c  d');
    expect(safeSheetName('///')).toBe('Sheet1');
  });
});
