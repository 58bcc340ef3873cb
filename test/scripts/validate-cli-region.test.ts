/** Issue 12 item 6: the CLI recognises a printed region task table and prints its records. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../scripts/validate-cli';
import { planImport } from '../../src/data/import/import-plan';
import { EMBEDDED_CATALOG, setCatalog } from '../../src/data/registry';
import { encodeGbk } from '../support/gbk';
import { regionLine, regionRows, regionTasksCsv, REGION_HEADER, TOTAL_LINE } from '../support/region-tasks';

const scratch = mkdtempSync(join(tmpdir(), 'validate-region-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  setCatalog(EMBEDDED_CATALOG);
});

function run(argv: readonly string[]): { code: number; out: string } {
  let out = '';
  const code = runValidate(argv, {
    out: (t) => {
      out += `${t}\n`;
    },
    err: () => undefined,
    cwd: scratch,
  });
  return { code, out };
}

interface Report {
  files: Array<{
    dataset: string;
    errors: Array<{ line: number; column: number }>;
    warnings: Array<{ code: string; line: number; column: number }>;
    plan?: { kind: string; document: { tables: Array<{ layout: string; role: string }> } };
    records: Array<{
      region: string | null;
      indicatorName: string;
      unit: string;
      value: number;
      line: number;
      column: number;
    }>;
  }>;
}

describe('npm run validate -- --json on a region task table', () => {
  it('GBK with a title row: a new region-tasks@1 table, every record with its cell', () => {
    writeFileSync(join(scratch, 'tasks.csv'), encodeGbk(regionTasksCsv()));
    const result = run(['--json', 'tasks.csv']);
    expect(result.code).toBe(0);
    const file = (JSON.parse(result.out) as Report).files[0];
    expect(file?.dataset).toMatch(/^plan-/);
    expect(file?.plan?.kind).toBe('new');
    expect(file?.plan?.document.tables[0]).toMatchObject({ role: 'region-tasks', layout: 'region-tasks@1' });
    const bin = regionRows().find((r) => r.region === '宾县');
    expect(
      file?.records.find((r) => r.region === '宾县' && r.indicatorName === REGION_HEADER[2]),
    ).toMatchObject({
      unit: '万亩',
      value: Number(bin?.task),
      line: regionLine('宾县'),
      column: 3,
    });
  });

  it('a wrong 合计 is a warning naming line and column (exit 0), an unknown county an error (exit 1)', () => {
    writeFileSync(join(scratch, 'total.csv'), encodeGbk(regionTasksCsv({ total: '9999.9' })));
    const total = run(['--json', 'total.csv']);
    expect(total.code).toBe(0);
    expect((JSON.parse(total.out) as Report).files[0]?.warnings).toMatchObject([
      { code: 'total-mismatch', line: TOTAL_LINE, column: 3 },
    ]);
    writeFileSync(join(scratch, 'unknown.csv'), encodeGbk(regionTasksCsv().replace(',宾县,', ',宾州县,')));
    const unknown = run(['--json', 'unknown.csv']);
    expect(unknown.code).toBe(1);
    const file = (JSON.parse(unknown.out) as Report).files[0];
    expect(file?.errors).toMatchObject([{ line: regionLine('宾县'), column: 2 }]);
    expect(file?.records).toEqual([]);
  });
});

describe('npm run validate on a data folder with a published region table', () => {
  it('reads the table in its generic layout as the catalog names it (not refused as unknown)', () => {
    const plan = planImport({
      bytes: encodeGbk(regionTasksCsv()),
      fileName: 'tasks.csv',
      current: () => null,
    });
    const document = plan.plan?.document;
    const table = document?.tables[0];
    if (!document || !table || !plan.next) throw new Error('not read');
    const dir = join(scratch, 'published');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(
      join(dir, 'data', 'catalog.json'),
      JSON.stringify({ ...EMBEDDED_CATALOG, documents: [...EMBEDDED_CATALOG.documents, document] }),
    );
    writeFileSync(join(dir, 'data', table.file), plan.next.text);
    let out = '';
    const code = runValidate(['--json'], {
      out: (t) => {
        out += t;
      },
      err: () => undefined,
      cwd: dir,
    });
    expect(code).toBe(0);
    const file = (JSON.parse(out) as Report).files[0];
    expect(file?.dataset).toBe(table.dataset);
    expect(file?.records).toHaveLength((regionRows().length + 2) * 2);
  });
});
