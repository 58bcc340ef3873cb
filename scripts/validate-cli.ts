/**
 * `npm run validate -- [--json] [--lang zh|en] [FILE...]`: the same pipeline as the browser, for
 * scripts and CI. Exit 0: no file has an error (warnings allowed); 1: some file has; 2: usage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errorsOf, warningsOf } from '../src/data/issues';
import { loadFileBytes } from '../src/data/import/load-file';
import type { LoadResult } from '../src/data/pipeline';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
}

interface Options {
  readonly json: boolean;
  readonly lang: 'zh' | 'en';
  readonly files: readonly string[];
}

const USAGE = 'usage: npm run validate -- [--json] [--lang zh|en] [FILE...]\n  with no FILE: every CSV in data/';

function parseArgs(argv: readonly string[]): Options | string {
  let json = false;
  let lang: 'zh' | 'en' = 'zh';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--lang') {
      const value = argv[(i += 1)];
      if (value !== 'zh' && value !== 'en') return `--lang takes zh or en`;
      lang = value;
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('-')) return `unknown option: ${arg}`;
    else files.push(arg);
  }
  return { json, lang, files };
}

function defaultFiles(cwd: string): string[] {
  const dir = join(cwd, 'data');
  return readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')).sort().map((f) => join('data', f));
}

function fileReport(file: string, result: LoadResult) {
  return {
    file,
    dataset: result.dataset?.id ?? null,
    encoding: result.encoding,
    rows: result.rowCount,
    errors: errorsOf(result.issues),
    warnings: warningsOf(result.issues),
    records: result.records,
  };
}

function humanReport(file: string, result: LoadResult, lang: 'zh' | 'en'): string {
  const lines = result.issues.map((i) => `${file}:${i.line}:${i.column} ${i.code} ${lang === 'zh' ? i.message_zh : i.message_en}`);
  const errors = errorsOf(result.issues).length;
  const warnings = result.issues.length - errors;
  lines.push(`${file}: ${result.dataset?.id ?? '(unrecognised)'}, ${result.encoding ?? '?'}, ${result.rowCount} rows, ${errors} errors, ${warnings} warnings`);
  return lines.join('\n');
}

export function runValidate(argv: readonly string[], io: CliIo): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.err(options ? `${options}\n${USAGE}` : USAGE);
    return options ? 2 : 0;
  }
  const files = options.files.length > 0 ? options.files : defaultFiles(io.cwd);
  const missing = files.filter((f) => { try { return !statSync(resolve(io.cwd, f)).isFile(); } catch { return true; } });
  if (missing.length > 0) {
    io.err(`no such file: ${missing.join(', ')}\n${USAGE}`);
    return 2;
  }
  const results = files.map((file) => {
    const bytes = new Uint8Array(readFileSync(resolve(io.cwd, file)));
    return { file, result: loadFileBytes(file, bytes) };
  });
  if (options.json) io.out(JSON.stringify({ files: results.map((r) => fileReport(r.file, r.result)) }, null, 2));
  else io.out(results.map((r) => humanReport(r.file, r.result, options.lang)).join('\n'));
  return results.some((r) => errorsOf(r.result.issues).length > 0 || !r.result.dataset) ? 1 : 0;
}
