/**
 * The tables `npm run assess` reads: every dataset of a served data folder, and the files named
 * on the command line — CSV or .xlsx (a workbook's sheet by `FILE.xlsx#Sheet` or `--sheet`), in
 * any layout the import reads, so a statistics office's wide or per-county actuals are matched by
 * NAME against the folder's targets. A named file takes the place of the folder's copy of its
 * table, as an import would; files of the same table are read one after the other.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assessInputsOf, targetRefsOf, type LoadedTable } from '../src/data/assess/tables';
import { errorsOf, warningsOf, type ValidationIssue } from '../src/data/issues';
import { loadFileBytes } from '../src/data/read-file';
import { DATASETS } from '../src/data/registry';
import type { DatasetId } from '../src/data/schema';
import { splitSheet } from './validate-cli';

interface Io {
  readonly err: (text: string) => void;
  readonly cwd: string;
}

export interface FileArg {
  /** As typed (`book.xlsx#主要指标`), for messages. */
  readonly arg: string;
  readonly path: string;
  readonly sheet?: string;
}

export interface LoadedTables {
  readonly tables: readonly LoadedTable[];
  /** Some file could not be read: it was left out, and stderr says where and why. */
  readonly failed: boolean;
}

/** A long list of bad cells is cut: the first ones show what is wrong. */
const MAX_REPORTED = 20;

function reportErrors(name: string, issues: readonly ValidationIssue[], io: Io, limit = MAX_REPORTED): void {
  const errors = errorsOf(issues);
  for (const e of errors.slice(0, limit))
    io.err(
      `${name}:${e.line}:${e.column} ${e.sheetCell ? `${e.sheetCell} ` : ''}${e.message_zh}（未参与评估）`,
    );
  if (errors.length > limit) io.err(`${name}: 另有 ${errors.length - limit} 处错误`);
}

/**
 * A file that is assessed can still carry warnings that change what its figures mean (a blank unit
 * read as the target's, a total that does not add up): they are named on stderr as the validator
 * names them, so the verdicts are never read without them.
 */
function reportWarnings(name: string, issues: readonly ValidationIssue[], io: Io): void {
  const warnings = warningsOf(issues);
  for (const w of warnings.slice(0, MAX_REPORTED))
    io.err(`${name}:${w.line}:${w.column} ${w.sheetCell ? `${w.sheetCell} ` : ''}警告：${w.message_zh}`);
  if (warnings.length > MAX_REPORTED) io.err(`${name}: 另有 ${warnings.length - MAX_REPORTED} 处警告`);
}

export function fileArgs(args: readonly string[], sheet: string | undefined, cwd: string): FileArg[] {
  return args.map((arg) => ({ arg, ...splitSheet(arg, cwd, sheet) }));
}

/** Every dataset file the folder holds, each read as its own table. */
export function loadFolder(dir: string, io: Io): LoadedTables {
  const tables: LoadedTable[] = [];
  let failed = false;
  for (const spec of DATASETS) {
    const file = join(dir, spec.file);
    if (!existsSync(file)) continue;
    const result = loadFileBytes(new Uint8Array(readFileSync(file)), { fileName: file, datasetId: spec.id });
    if (errorsOf(result.issues).length > 0 || !result.dataset) {
      failed = true;
      reportErrors(file, result.issues, io, 1);
      continue;
    }
    tables.push({ spec, records: result.records });
  }
  return { tables, failed };
}

/** The folder's tables with the named files read into them (matched against its targets). */
export function withFiles(folder: LoadedTables, files: readonly FileArg[], io: Io): LoadedTables {
  const targets = targetRefsOf(assessInputsOf(folder.tables).tables);
  const read = new Map<DatasetId, LoadedTable>();
  let failed = folder.failed;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(resolve(io.cwd, file.path)));
    const result = loadFileBytes(bytes, {
      fileName: file.path,
      targets,
      ...(file.sheet === undefined ? {} : { sheet: file.sheet }),
    });
    if (errorsOf(result.issues).length > 0 || !result.dataset) {
      failed = true;
      reportErrors(file.arg, result.issues, io);
      continue;
    }
    reportWarnings(file.arg, result.issues, io);
    const before = read.get(result.dataset.id);
    read.set(result.dataset.id, {
      spec: result.dataset,
      records: [...(before?.records ?? []), ...result.records],
    });
  }
  const replaced = folder.tables.map((t) => read.get(t.spec.id) ?? t);
  const added = [...read.values()].filter((t) => !folder.tables.some((f) => f.spec.id === t.spec.id));
  return { tables: [...replaced, ...added], failed };
}
