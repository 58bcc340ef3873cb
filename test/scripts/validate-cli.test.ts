import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../scripts/validate-cli';
import { DATA_DIR, REPO_ROOT, dataText, tableWithBrokenQuote } from '../data/helpers';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

function run(argv: readonly string[], cwd = REPO_ROOT): Run {
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

const ISSUE_LINE = /^.+:\d+:\d+ [a-z-]+ .+/;
const SUMMARY_LINE = /^.+: \S+, \S+, \d+ rows, \d+ errors, \d+ warnings$/;
const DATA_FILES = readdirSync(DATA_DIR)
  .filter((f) => f.endsWith('.csv'))
  .sort();
const fixture = (name: string): string => `test/fixtures/${name}`;

const scratch = mkdtempSync(join(tmpdir(), 'validate-cli-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run validate: exit codes', () => {
  it('exits 0 on data/ and reports every file there', () => {
    const result = run([]);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const summaries = result.out.trimEnd().split('\n');
    expect(summaries.map((l) => l.split(':')[0])).toEqual(DATA_FILES.map((f) => `data/${f}`));
    expect(summaries.every((l) => SUMMARY_LINE.test(l) && l.endsWith(' 0 errors, 0 warnings'))).toBe(true);
  });

  it('exits 1 when a file has an error, and 0 when it has only warnings', () => {
    expect(run([fixture('allocation-bad-cells.csv')]).code).toBe(1);
    expect(run([fixture('binary-png.csv')]).code).toBe(1);
    expect(run([fixture('allocation-totals-mismatch.csv')]).code).toBe(0);
    expect(run([fixture('allocation-small.csv'), fixture('empty.csv')]).code).toBe(1);
  });

  it.each([
    [['--frobnicate']],
    [['--lang']],
    [['--lang', 'fr']],
    [['no-such-file.csv']],
    [['--json', fixture('missing.csv')]],
  ])('exits 2 with the usage on %j', (argv) => {
    const result = run(argv);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain('usage: npm run validate');
  });

  it('prints the usage and exits 0 on --help', () => {
    const result = run(['--help']);
    expect(result.code).toBe(0);
    expect(result.err).toContain('usage: npm run validate');
  });
});

describe('npm run validate: human output', () => {
  it('prints one FILE:LINE:COLUMN code message line per issue, then a summary', () => {
    const files = ['allocation-bad-cells.csv', 'hsf-blank-rows.csv', 'allocation-wrong-unit.csv'].map(
      fixture,
    );
    const lines = run(files).out.trimEnd().split('\n');
    const issues = lines.filter((l) => !SUMMARY_LINE.test(l));
    expect(lines.filter((l) => SUMMARY_LINE.test(l))).toHaveLength(files.length);
    expect(issues.length).toBeGreaterThan(files.length);
    for (const line of issues) expect(line).toMatch(ISSUE_LINE);
    expect(issues).toContain(
      `${fixture('allocation-bad-cells.csv')}:3:3 type-error “62.9%”带有“%”，但该列单位是“万亩”。`,
    );
  });

  it('prints English messages with --lang en', () => {
    const [line] = run(['--lang', 'en', fixture('hsf-unknown-county.csv')]).out.split('\n');
    expect(line).toMatch(ISSUE_LINE);
    expect(line).toContain('did you mean "尚志市"');
  });

  it('keeps one line per issue when a cell holds line breaks', () => {
    const header = dataText('black-soil-hsf-2021.csv').split('\n')[0] ?? '';
    const file = join(scratch, 'broken-region.csv');
    writeFileSync(file, `${header}\n"呼兰区,哈尔滨市,11.59,0\n阿城区,哈尔滨市,0,0\n`);
    const result = run([file]);
    expect(result.code).toBe(1);
    for (const line of result.out.trimEnd().split('\n'))
      expect(line).toMatch(SUMMARY_LINE.test(line) ? SUMMARY_LINE : ISSUE_LINE);
  });

  it('names the line of an unclosed quote after row 5,000', () => {
    const { text, line } = tableWithBrokenQuote(5200, 5101);
    const file = join(scratch, 'broken-quote.csv');
    writeFileSync(file, text);
    const result = run([file]);
    expect(result.code).toBe(1);
    expect(result.out.split('\n')[0]).toMatch(new RegExp(`^${file}:${line}:0 parse-error `));
  });
});

describe('npm run validate -- --json', () => {
  type Json = Record<string, unknown>;

  interface FileReport {
    readonly file: string;
    readonly dataset: string | null;
    readonly encoding: string | null;
    readonly rows: number;
    readonly errors: readonly Json[];
    readonly warnings: readonly Json[];
    readonly records: readonly Json[];
  }

  function report(argv: readonly string[]): FileReport[] {
    const parsed = JSON.parse(run(['--json', ...argv]).out) as { files?: unknown };
    expect(Object.keys(parsed)).toEqual(['files']);
    expect(Array.isArray(parsed.files)).toBe(true);
    return parsed.files as FileReport[];
  }

  /** `typeof` of each named field, to compare shapes without matchers typed `any`. */
  function shape(value: Json, keys: readonly string[]): Record<string, string> {
    return Object.fromEntries(keys.map((k) => [k, value[k] === null ? 'null' : typeof value[k]]));
  }

  it('reports every data/ file with the documented fields', () => {
    const files = report([]);
    expect(files.map((f) => f.file)).toEqual(DATA_FILES.map((f) => `data/${f}`));
    for (const file of files) {
      expect(Object.keys(file).sort()).toEqual([
        'dataset',
        'encoding',
        'errors',
        'file',
        'records',
        'rows',
        'warnings',
      ]);
      expect(shape({ ...file }, ['dataset', 'encoding', 'rows'])).toEqual({
        dataset: 'string',
        encoding: 'string',
        rows: 'number',
      });
      expect([file.encoding, file.errors, file.warnings]).toEqual(['utf-8', [], []]);
      expect(file.records.length).toBeGreaterThanOrEqual(file.rows);
      for (const record of file.records) {
        expect(shape(record, ['indicator', 'period', 'kind', 'unit'])).toEqual({
          indicator: 'string',
          period: 'string',
          kind: 'string',
          unit: 'string',
        });
        expect(['string', 'null']).toContain(shape(record, ['region']).region);
        expect(['number', 'null']).toContain(shape(record, ['value']).value);
        expect(String(record.indicator).startsWith(`${file.dataset ?? ''}.`)).toBe(true);
        expect(String(record.period)).toMatch(/^\d{4}(-\d{4})?$/);
        expect(['baseline', 'target', 'actual']).toContain(record.kind);
      }
    }
  });

  it('gives qualitative credit targets their wording as text', () => {
    const credit = report(['data/credit-indicators.csv'])[0];
    const qualitative = credit?.records.filter((r) => r.kind === 'target' && r.value === null) ?? [];
    expect(qualitative.length).toBeGreaterThan(0);
    for (const record of qualitative) {
      expect(typeof record.text).toBe('string');
      expect(record.text).not.toBe('');
    }
  });

  it('lists errors and warnings with code, severity, line, column and messages', () => {
    const [bad, totals] = report([
      fixture('allocation-bad-cells.csv'),
      fixture('allocation-totals-mismatch.csv'),
    ]);
    expect(bad?.errors.length).toBeGreaterThan(0);
    expect(totals?.warnings.length).toBeGreaterThan(0);
    const keys = ['code', 'severity', 'line', 'column', 'message_zh', 'message_en'];
    for (const found of [...(bad?.errors ?? []), ...(totals?.warnings ?? [])]) {
      expect(shape(found, keys)).toEqual({
        code: 'string',
        severity: 'string',
        line: 'number',
        column: 'number',
        message_zh: 'string',
        message_en: 'string',
      });
    }
    expect(bad?.errors.every((e) => e.severity === 'error')).toBe(true);
    expect(totals?.warnings.every((w) => w.severity === 'warning' && w.code === 'total-mismatch')).toBe(true);
  });

  it('reports an unreadable file with a null dataset and encoding', () => {
    const [binary] = report([fixture('binary-png.csv')]);
    expect([binary?.dataset, binary?.encoding, binary?.rows, binary?.records]).toEqual([null, null, 0, []]);
    expect(binary?.errors.map((e) => e.code)).toEqual(['binary-file']);
  });
});
