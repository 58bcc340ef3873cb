import { tableCsvText } from '../../../src/data/import/table-csv';
import { loadCsvText } from '../../../src/data/pipeline';
import { DATASETS } from '../../../src/data/registry';
import { loadEmbedded } from '../helpers';

describe('a table written back to CSV', () => {
  it.each(DATASETS.map((d) => d.id))('reads back to the same rows and records: %s', (id) => {
    const original = loadEmbedded(id);
    const spec = original.dataset;
    if (!spec) throw new Error(`embedded ${id} did not load`);
    const text = tableCsvText(spec, original.rows);
    const again = loadCsvText(text, 'utf-8', { datasetId: id });
    expect(again.issues).toEqual([]);
    expect(again.rows.map((r) => r.values)).toEqual(original.rows.map((r) => r.values));
  });

  it("uses the imported file's header labels where it had them", () => {
    const original = loadEmbedded('black-soil-hsf-2021');
    if (!original.dataset) throw new Error('not loaded');
    const text = tableCsvText(original.dataset, original.rows.slice(0, 1), { region: '县（市、区）', hsf_2021: '2021年建设面积(万亩)' });
    expect(text.split('\r\n')[0]).toBe('县（市、区）,所属市,2021年建设面积(万亩),其中标准化示范区（万亩）');
  });
});
