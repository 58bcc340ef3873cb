/** Issue 14, finding 13: the CLI reads the project's own JSON table format, like the browser. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../scripts/validate-cli';

const scratch = mkdtempSync(join(tmpdir(), 'validate-json-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
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

const COLUMNS = ['行政区域', '所属市', '2021年建设面积（万亩）', '其中标准化示范区（万亩）'];

describe('npm run validate on JSON tables', () => {
  it('recognises a target-board/table@1 file and prints its records', () => {
    writeFileSync(
      join(scratch, 'hsf.json'),
      JSON.stringify({
        format: 'target-board/table@1',
        dataset: 'black-soil-hsf-2021',
        columns: COLUMNS,
        rows: [['呼兰区', '哈尔滨市', 11.59, 1e-7]],
      }),
    );
    const result = run(['--json', 'hsf.json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as {
      files: Array<{ dataset: string; errors: unknown[]; records: Array<{ value: number }> }>;
    };
    expect(report.files[0]?.dataset).toBe('black-soil-hsf-2021');
    expect(report.files[0]?.errors).toEqual([]);
    expect(report.files[0]?.records.map((r) => r.value)).toEqual([11.59, 1e-7]);
  });

  it('reports a 401-digit cell as an error, exit 1 (finding 4: value null, exit 0 before)', () => {
    writeFileSync(join(scratch, 'big.csv'), `${COLUMNS.join(',')}\n呼兰区,哈尔滨市,${'9'.repeat(401)},0\n`);
    const result = run(['big.csv']);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/big\.csv:2:3 type-error/);
  });
});
