import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../scripts/validate-cli';
import { REPO_ROOT } from '../data/helpers';
import { allocationSheet, workbookOf, zonesSheet } from '../data/xlsx/fixtures';

function run(argv: readonly string[], cwd = REPO_ROOT): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runValidate(argv, {
    out: (t) => {
      out += `${t}\n`;
    },
    err: (t) => {
      err += `${t}\n`;
    },
    cwd,
  });
  return { code, out, err };
}

interface Report {
  files: {
    file: string;
    sheet?: string;
    dataset: string | null;
    rows: number;
    errors: { code: string; sheetCell?: string }[];
    warnings: unknown[];
    records: { line: number }[];
  }[];
}

const scratch = mkdtempSync(join(tmpdir(), 'validate-xlsx-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
const book = join(scratch, 'book.xlsx');
writeFileSync(book, workbookOf(allocationSheet('附件1'), zonesSheet('附件3')));
const single = join(scratch, 'single.xlsx');
writeFileSync(single, workbookOf(allocationSheet('附件1')));

describe('npm run validate on workbooks', () => {
  it('prints the same record contract for FILE.xlsx as for the CSV it holds', () => {
    const xlsx = run(['--json', single]);
    const csv = run(['--json', 'test/fixtures/allocation-small.csv']);
    expect(xlsx.code).toBe(0);
    const [x] = (JSON.parse(xlsx.out) as Report).files;
    const [c] = (JSON.parse(csv.out) as Report).files;
    expect(x?.sheet).toBe('附件1');
    expect(
      Object.keys(x ?? {})
        .filter((k) => k !== 'sheet')
        .sort(),
    ).toEqual(Object.keys(c ?? {}).sort());
    expect(x?.dataset).toBe(c?.dataset);
    const strip = (records: readonly object[] = []): object[] =>
      records.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'line')));
    expect(strip(x?.records)).toEqual(strip(c?.records));
  });

  it('takes the sheet as FILE.xlsx#Sheet or --sheet, and asks when a workbook has several', () => {
    const hash = JSON.parse(run(['--json', `${book}#附件3`]).out) as Report;
    expect(hash.files[0]?.dataset).toBe('black-soil-zones');
    const option = JSON.parse(run(['--json', '--sheet', '附件1', book]).out) as Report;
    expect(option.files[0]?.dataset).toBe('black-soil-allocation');
    const ask = run([book]);
    expect(ask.code).toBe(1);
    expect(ask.out).toContain('sheet-required');
    expect(run(['--sheet']).code).toBe(2);
  });

  it('names the sheet and cell in human output', () => {
    const sheet = allocationSheet('主要指标');
    const rows = sheet.rows.map((r, i) => (i === 6 ? r.map((c, j) => (j === 3 ? 'abc' : c)) : r));
    const bad = join(scratch, 'bad.xlsx');
    writeFileSync(bad, workbookOf({ ...sheet, rows }));
    const result = run([bad]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/bad\.xlsx:7:4 type-error 主要指标!D7 /);
  });
});
