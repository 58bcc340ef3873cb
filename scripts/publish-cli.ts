/**
 * `npm run publish -- --data-dir DIR [--json] [--accept-warnings] [--by NAME] [--lang zh|en] FILE...`
 * for whoever runs the server: every FILE through the import pipeline against the table now in
 * DIR; if any has an error (or unaccepted warnings) nothing at all is written and the exit code is
 * 1; otherwise each table is written into DIR in the canonical UTF-8 layout, the file it replaces
 * kept under DIR/history/, exit 0. Exit 2: usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { decodeBytes } from '../src/data/decode';
import type { ValidationIssue } from '../src/data/issues';
import { checkForPublish, type PublishCheck } from '../src/data/publish/check';
import type { Publication } from '../src/data/publish/history';
import { datasetSpec } from '../src/data/registry';
import type { DatasetId } from '../src/data/schema';
import { ChangedSinceCheck, digest, publishToFolder, readIfExists } from './publish-fs';
import type { CliIo } from './validate-cli';

const USAGE = 'usage: npm run publish -- --data-dir DIR [--json] [--accept-warnings] [--by NAME] [--lang zh|en] FILE...';

interface Options {
  readonly dir: string;
  readonly json: boolean;
  readonly acceptWarnings: boolean;
  readonly by: string;
  readonly lang: 'zh' | 'en';
  readonly files: readonly string[];
}

function parseArgs(argv: readonly string[]): Options | string {
  let dir = '';
  let json = false;
  let acceptWarnings = false;
  let by = '';
  let lang: 'zh' | 'en' = 'zh';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--accept-warnings') acceptWarnings = true;
    else if (arg === '--data-dir' || arg === '--by' || arg === '--lang') {
      const value = argv[(i += 1)];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      if (arg === '--data-dir') dir = value;
      else if (arg === '--by') by = value;
      else if (value === 'zh' || value === 'en') lang = value;
      else return '--lang takes zh or en';
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('-')) return `unknown option: ${arg}`;
    else files.push(arg);
  }
  if (!dir) return '--data-dir is required';
  if (files.length === 0) return 'no FILE to publish';
  return { dir, json, acceptWarnings, by, lang, files };
}

function isFile(path: string): boolean {
  try { return statSync(path).isFile(); } catch { return false; }
}

function isDir(path: string): boolean {
  try { return statSync(path).isDirectory(); } catch { return false; }
}

interface Checked {
  readonly file: string;
  readonly check: PublishCheck;
  /** What the dataset's file in DIR held when it was checked against. */
  readonly baseDigest: string;
}

function checkFile(file: string, dir: string, options: Options, io: CliIo): Checked {
  const bytes = new Uint8Array(readFileSync(resolve(io.cwd, file)));
  let baseDigest = 'absent';
  const current = (id: DatasetId): string | null => {
    const existing = readIfExists(resolve(dir, datasetSpec(id).file));
    baseDigest = digest(existing);
    if (existing === null) return null;
    const decoded = decodeBytes(existing);
    return decoded.ok ? decoded.text : null;
  };
  const check = checkForPublish({ bytes, fileName: file, current, acceptWarnings: options.acceptWarnings });
  if (check.ok && baseDigest === 'absent') baseDigest = digest(readIfExists(resolve(dir, check.spec.file)));
  return { file, check, baseDigest };
}

function issueLines(file: string, issues: readonly ValidationIssue[], lang: 'zh' | 'en'): string[] {
  return issues.map((i) => `${file}:${i.line}:${i.column} ${i.code} ${lang === 'zh' ? i.message_zh : i.message_en}`);
}

function refusal(c: Checked, lang: 'zh' | 'en'): string[] {
  if (c.check.ok) return [];
  const why = c.check.reason === 'errors'
    ? (lang === 'zh' ? '有错误，未发布' : 'has errors, not published')
    : (lang === 'zh' ? '有警告，未发布（核对后可加 --accept-warnings）' : 'has warnings, not published (add --accept-warnings once checked)');
  return [...issueLines(c.file, [...c.check.errors, ...c.check.warnings], lang), `${c.file}: ${why}`];
}

function duplicateTargets(checked: readonly Checked[]): string | null {
  const seen = new Map<string, string>();
  for (const c of checked) {
    if (!c.check.ok) continue;
    const other = seen.get(c.check.spec.file);
    if (other) return `${other} and ${c.file} are both ${c.check.spec.file}; publish one at a time`;
    seen.set(c.check.spec.file, c.file);
  }
  return null;
}

export function runPublish(argv: readonly string[], io: CliIo, now: () => Date = () => new Date()): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.err(options ? `${options}\n${USAGE}` : USAGE);
    return options ? 2 : 0;
  }
  const dir = resolve(io.cwd, options.dir);
  const missing = options.files.filter((f) => !isFile(resolve(io.cwd, f)));
  if (!isDir(dir) || missing.length > 0) {
    io.err(`${isDir(dir) ? `no such file: ${missing.join(', ')}` : `no such folder: ${options.dir}`}\n${USAGE}`);
    return 2;
  }
  const checked = options.files.map((f) => checkFile(f, dir, options, io));
  const duplicate = duplicateTargets(checked);
  if (duplicate || checked.some((c) => !c.check.ok)) {
    report(io, options, checked, [], duplicate);
    return 1;
  }
  const published: Publication[] = [];
  try {
    for (const c of checked) {
      if (!c.check.ok) continue;
      const { spec, text, rows } = c.check;
      const entry = { file: spec.file, dataset: spec.id, publishedAt: now().toISOString(), publishedBy: options.by || userInfo().username, sourceFile: c.file, rows, via: 'cli' as const };
      published.push(publishToFolder({ dir, file: spec.file, text, checkedDigest: c.baseDigest, entry, at: now() }));
    }
  } catch (error) {
    if (!(error instanceof ChangedSinceCheck)) throw error;
    report(io, options, checked, published, error.message);
    return 1;
  }
  report(io, options, checked, published, null);
  return 0;
}

function report(io: CliIo, options: Options, checked: readonly Checked[], published: readonly Publication[], problem: string | null): void {
  if (options.json) {
    const files = checked.map((c) => ({
      file: c.file,
      dataset: c.check.spec?.id ?? null,
      status: c.check.ok ? (published.some((p) => p.sourceFile === c.file) ? 'published' : 'not-published') : `refused-${c.check.reason}`,
      errors: c.check.ok ? [] : c.check.errors,
      warnings: c.check.warnings,
      publication: published.find((p) => p.sourceFile === c.file) ?? null,
    }));
    io.out(JSON.stringify({ dataDir: options.dir, ok: problem === null && published.length === checked.length, problem, files }, null, 2));
    return;
  }
  const lines = checked.flatMap((c) => refusal(c, options.lang));
  for (const p of published) {
    lines.push(`${p.sourceFile} → ${options.dir}/${p.file} (${p.dataset}, ${p.rows} rows, UTF-8)${p.replaced ? `; previous kept as ${options.dir}/${p.replaced}` : '; new file'}`);
  }
  if (problem) lines.push(problem);
  if (lines.length > 0) io.out(lines.join('\n'));
}
