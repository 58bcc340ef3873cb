/**
 * `npm run validate -- [--json] [--lang zh|en] [--sheet NAME] [FILE[#SHEET]...]`: the same
 * pipeline as the browser (`loadFileBytes`: CSV, JSON, .xlsx), for scripts and CI. Exit 0: no
 * file has an error (warnings allowed); 1: some file has; 2: usage.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { catalogEntries } from '../src/data/catalog/catalog-schema';
import { parseCatalog } from '../src/data/catalog/parse-catalog';
import { errorsOf, warningsOf } from '../src/data/issues';
import { loadFileBytes, type FileLoad } from '../src/data/read-file';
import type { LoadOptions, LoadResult } from '../src/data/pipeline';
import { loadCsvBytes } from '../src/data/pipeline';
import { currentCatalog, setCatalog } from '../src/data/registry';
import type { DatasetSpec, TypedRow } from '../src/data/schema';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
}

interface Options {
  readonly json: boolean;
  readonly lang: 'zh' | 'en';
  readonly sheet?: string;
  readonly files: readonly string[];
}

const USAGE =
  "usage: npm run validate -- [--json] [--lang zh|en] [--sheet NAME] [FILE[#SHEET]...]\n  with no FILE: every CSV in data/; a workbook's sheet by FILE.xlsx#SHEET or --sheet NAME";

function parseArgs(argv: readonly string[]): Options | string {
  let json = false;
  let lang: 'zh' | 'en' = 'zh';
  let sheet: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--lang') {
      const value = argv[(i += 1)];
      if (value !== 'zh' && value !== 'en') return `--lang takes zh or en`;
      lang = value;
    } else if (arg === '--sheet') {
      sheet = argv[(i += 1)];
      if (sheet === undefined || sheet === '') return '--sheet takes a sheet name';
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('-')) return `unknown option: ${arg}`;
    else files.push(arg);
  }
  return sheet === undefined ? { json, lang, files } : { json, lang, sheet, files };
}

function defaultFiles(cwd: string): string[] {
  const dir = join(cwd, 'data');
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.csv'))
    .sort()
    .map((f) => join('data', f));
}

/** `book.xlsx#主要指标` → the file and the sheet, unless a file is literally called that. */
export function splitSheet(
  arg: string,
  cwd: string,
  sheet: string | undefined,
): { path: string; sheet?: string } {
  const hash = arg.lastIndexOf('#');
  if (hash <= 0 || exists(resolve(cwd, arg)))
    return sheet === undefined ? { path: arg } : { path: arg, sheet };
  return { path: arg.slice(0, hash), sheet: arg.slice(hash + 1) };
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The data folder's catalog and tables: a printed plan table is matched by indicator names
 * against the tables there (`技术合同成交额` updates ip-indicators), as the browser does against
 * the tables it shows.
 */
function dataContext(cwd: string): LoadOptions {
  const dir = join(cwd, 'data');
  const catalogFile = join(dir, 'catalog.json');
  if (existsSync(catalogFile)) {
    const parsed = parseCatalog(JSON.parse(readFileSync(catalogFile, 'utf8')) as unknown);
    if (parsed.ok) setCatalog(parsed.catalog);
  }
  const cache = new Map<string, readonly TypedRow[] | null>();
  const current = (spec: DatasetSpec): readonly TypedRow[] | null => {
    if (!cache.has(spec.id)) {
      const file = join(dir, spec.file);
      cache.set(
        spec.id,
        existsSync(file)
          ? loadCsvBytes(new Uint8Array(readFileSync(file)), { datasetId: spec.id }).rows
          : null,
      );
    }
    return cache.get(spec.id) ?? null;
  };
  return { plan: { current } };
}

function planReport(result: LoadResult) {
  const plan = result.plan;
  if (!plan) return {};
  return {
    plan: {
      kind: plan.kind,
      title: plan.title,
      period: plan.period,
      document: plan.document,
      named: plan.named,
    },
  };
}

function fileReport(file: string, result: FileLoad) {
  return {
    file,
    ...(result.sheet === null ? {} : { sheet: result.sheet }),
    dataset: result.dataset?.id ?? null,
    encoding: result.encoding,
    rows: result.rowCount,
    errors: errorsOf(result.issues),
    warnings: warningsOf(result.issues),
    ...planReport(result),
    records: result.records,
  };
}

function humanReport(file: string, result: FileLoad, lang: 'zh' | 'en'): string {
  const lines = result.issues.map(
    (i) =>
      `${file}:${i.line}:${i.column} ${i.code} ${i.sheetCell ? `${i.sheetCell} ` : ''}${lang === 'zh' ? i.message_zh : i.message_en}`,
  );
  const errors = errorsOf(result.issues).length;
  const warnings = result.issues.length - errors;
  const source = result.format === 'xlsx' ? 'xlsx' : (result.encoding ?? '?');
  lines.push(
    `${file}: ${result.dataset?.id ?? '(unrecognised)'}, ${source}, ${result.rowCount} rows, ${errors} errors, ${warnings} warnings`,
  );
  return lines.join('\n');
}

/**
 * A file of the data folder that a catalog table keeps in a generic layout (a new plan published
 * there): read as that table. Generic layouts are shared by many plans and not recognised by
 * their headers, so without this `npm run validate` on data/ refused every published new plan.
 */
function storedGenericTable(cwd: string, path: string): { datasetId: string } | Record<string, never> {
  const full = resolve(cwd, path);
  if (dirname(full) !== resolve(cwd, 'data')) return {};
  const entry = catalogEntries(currentCatalog()).find(
    (e) => e.table.layout !== undefined && e.table.file === basename(full),
  );
  return entry ? { datasetId: entry.table.dataset } : {};
}

export function runValidate(argv: readonly string[], io: CliIo): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.err(options ? `${options}\n${USAGE}` : USAGE);
    return options ? 2 : 0;
  }
  const files = (options.files.length > 0 ? options.files : defaultFiles(io.cwd)).map((f) => ({
    arg: f,
    ...splitSheet(f, io.cwd, options.sheet),
  }));
  const missing = files.filter((f) => !exists(resolve(io.cwd, f.path)));
  if (missing.length > 0) {
    io.err(`no such file: ${missing.map((f) => f.arg).join(', ')}\n${USAGE}`);
    return 2;
  }
  const context = dataContext(io.cwd);
  const results = files.map(({ arg, path, sheet }) => {
    const bytes = new Uint8Array(readFileSync(resolve(io.cwd, path)));
    const known = { ...context, ...storedGenericTable(io.cwd, path) };
    const result = loadFileBytes(
      bytes,
      sheet === undefined ? { fileName: path, ...known } : { fileName: path, sheet, ...known },
    );
    return { file: arg, result };
  });
  if (options.json)
    io.out(JSON.stringify({ files: results.map((r) => fileReport(r.file, r.result)) }, null, 2));
  else io.out(results.map((r) => humanReport(r.file, r.result, options.lang)).join('\n'));
  return results.some((r) => errorsOf(r.result.issues).length > 0 || !r.result.dataset) ? 1 : 0;
}
