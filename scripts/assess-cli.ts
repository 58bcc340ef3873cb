/**
 * `npm run assess -- [--json] [--data-dir DIR] [--year YYYY] [--sheet NAME] [FILE[#SHEET]...]`:
 * every target of every plan in a served data folder (as `npm run publish` writes it; default
 * data/) with its completion verdict, by the same code as the views (src/data/assess). FILE: actual
 * values (or a newer table) as CSV or .xlsx, read as the import reads them and assessed in place of
 * the folder's copy (assess-files.ts). Exit 0: assessed; 1: a data file or FILE could not be read
 * (the others are still assessed, the failure is on stderr); 2: usage.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { assessTargets } from '../src/data/assess/assess';
import { assessmentJson } from '../src/data/assess/summary';
import { assessInputsOf } from '../src/data/assess/tables';
import type { Assessment, AssessReport } from '../src/data/assess/types';
import { fileArgs, loadFolder, withFiles } from './assess-files';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  /** The assessment year when --year is not given (the current year). */
  readonly year: number;
}

interface Options {
  readonly json: boolean;
  readonly dataDir: string;
  readonly year: number | null;
  readonly sheet: string | undefined;
  readonly files: readonly string[];
}

const USAGE = [
  'usage: npm run assess -- [--json] [--data-dir DIR] [--year YYYY] [--sheet NAME] [FILE[#SHEET]...]',
  '  DIR: a served data folder (default data/)',
  "  FILE: actual values as CSV or .xlsx (wide, long or per-county layout, matched by names), assessed in place of DIR's copy;",
  "        a workbook's sheet by FILE.xlsx#SHEET or --sheet NAME",
].join('\n');

function parseArgs(argv: readonly string[]): Options | string {
  let json = false;
  let dataDir = 'data';
  let year: number | null = null;
  let sheet: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--data-dir') {
      const value = argv[(i += 1)];
      if (value === undefined || value === '') return '--data-dir takes a folder';
      dataDir = value;
    } else if (arg === '--year') {
      const value = Number(argv[(i += 1)]);
      if (!Number.isInteger(value) || value < 2000 || value > 2100) return '--year takes a year such as 2026';
      year = value;
    } else if (arg === '--sheet') {
      sheet = argv[(i += 1)];
      if (sheet === undefined || sheet === '') return '--sheet takes a sheet name';
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('-')) return `unknown argument: ${arg}`;
    else files.push(arg);
  }
  return { json, dataDir, year, sheet, files };
}

const MARKS: Readonly<Record<Assessment['status'], string>> = {
  met: '✔ 已实现',
  'not-met': '✘ 未实现',
  'no-data': '… 无数据',
  qualitative: '◇ 定性',
  'on-track': '↗ 进度正常',
  moderate: '→ 需加快',
  'off-track': '↘ 进度滞后',
};

function humanLine(a: Assessment): string {
  const where = a.region ?? '全省';
  const actual = a.actual === null ? '—' : `${a.actual}${a.unit}（${a.actualYear ?? ''}）`;
  const target =
    a.target === null ? (a.text ?? '') : `${a.comparator ?? ''}${a.target}${a.unit}（${a.period}）`;
  return `${MARKS[a.status]}\t${a.name}\t${where}${a.zone ? `·${a.zone}` : ''}\t目标 ${target}\t实际 ${actual}`;
}

function print(report: AssessReport, options: Options, io: CliIo): void {
  if (options.json) {
    io.out(
      JSON.stringify(
        { asOf: report.asOf, indicators: report.assessments.map(assessmentJson), issues: report.issues },
        null,
        2,
      ),
    );
    return;
  }
  io.out([`实际值截至 ${report.asOf ?? '—'} 年`, ...report.assessments.map(humanLine)].join('\n'));
  for (const issue of report.issues) io.err(`${options.dataDir}: ${issue.message_zh}`);
}

export function runAssess(argv: readonly string[], io: CliIo): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.err(options ? `${options}\n${USAGE}` : USAGE);
    return options ? 2 : 0;
  }
  const dir = resolve(io.cwd, options.dataDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    io.err(`no such folder: ${options.dataDir}\n${USAGE}`);
    return 2;
  }
  const files = fileArgs(options.files, options.sheet, io.cwd);
  const missing = files.filter(
    (f) => !existsSync(resolve(io.cwd, f.path)) || !statSync(resolve(io.cwd, f.path)).isFile(),
  );
  if (missing.length > 0) {
    io.err(`no such file: ${missing.map((f) => f.arg).join(', ')}\n${USAGE}`);
    return 2;
  }
  const { tables, failed } = withFiles(loadFolder(dir, io), files, io);
  const inputs = assessInputsOf(tables);
  const report = assessTargets(inputs.tables, inputs.actuals, { currentYear: options.year ?? io.year });
  print(report, options, io);
  return failed ? 1 : 0;
}
