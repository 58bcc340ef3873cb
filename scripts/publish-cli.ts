/**
 * `npm run publish -- --data-dir DIR [--json] [--accept-warnings] [--by NAME] [--lang zh|en] [--sheet NAME] FILE[#SHEET]...`
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
import { catalogText, withDocument } from '../src/data/catalog/catalog-edit';
import { CATALOG_FILE_NAME, type Catalog, type CatalogDocument } from '../src/data/catalog/catalog-schema';
import { parseCatalog, type CatalogProblem } from '../src/data/catalog/parse-catalog';
import { checkForPublish, type PublishCheck } from '../src/data/publish/check';
import type { Publication } from '../src/data/publish/history';
import { datasetSpec, EMBEDDED_CATALOG, isDatasetId, setCatalog } from '../src/data/registry';
import type { DatasetId } from '../src/data/schema';
import { ChangedSinceCheck, digest, publishToFolder, readIfExists, writeAtomically } from './publish-fs';
import { splitSheet, type CliIo } from './validate-cli';

const USAGE =
  'usage: npm run publish -- --data-dir DIR [--json] [--accept-warnings] [--by NAME] [--lang zh|en] [--sheet NAME] [--new-plan] [--title T] [--doc-no N] [--issuer I] [--date YYYY-MM-DD] FILE...';

/** A new plan's document fields the file's title row cannot give (文号, issuer, date), or a corrected title. */
const PLAN_FIELDS = {
  '--title': 'title',
  '--doc-no': 'docNo',
  '--issuer': 'issuer',
  '--date': 'date',
} as const;
type PlanField = (typeof PLAN_FIELDS)[keyof typeof PLAN_FIELDS];
const isPlanFlag = (arg: string): arg is keyof typeof PLAN_FIELDS => Object.hasOwn(PLAN_FIELDS, arg);

interface Options {
  readonly dir: string;
  readonly json: boolean;
  readonly acceptWarnings: boolean;
  readonly by: string;
  readonly lang: 'zh' | 'en';
  readonly files: readonly string[];
  /** Read printed plan tables as new plans (the dialog's 新增规划). */
  readonly newPlan: boolean;
  /** A workbook's sheet for every FILE that does not name its own (`FILE.xlsx#Sheet`). */
  readonly sheet: string | undefined;
  readonly planFields: Readonly<Partial<Record<PlanField, string>>>;
}

function parseArgs(argv: readonly string[]): Options | string {
  let dir = '';
  let json = false;
  let acceptWarnings = false;
  let by = '';
  let lang: 'zh' | 'en' = 'zh';
  const files: string[] = [];
  let newPlan = false;
  let sheet: string | undefined;
  const planFields: Partial<Record<PlanField, string>> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--new-plan') newPlan = true;
    else if (isPlanFlag(arg)) {
      const value = argv[(i += 1)];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      planFields[PLAN_FIELDS[arg]] = value;
    } else if (arg === '--accept-warnings') acceptWarnings = true;
    else if (arg === '--sheet') {
      const value = argv[(i += 1)];
      if (value === undefined || value === '' || value.startsWith('--')) return '--sheet takes a sheet name';
      sheet = value;
    } else if (arg === '--data-dir' || arg === '--by' || arg === '--lang') {
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
  return { dir, json, acceptWarnings, by, lang, files, newPlan, sheet, planFields };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

interface Checked {
  readonly file: string;
  readonly check: PublishCheck;
  /** What the dataset's file in DIR held when it was checked against. */
  readonly baseDigest: string;
}

function checkFile(file: string, dir: string, options: Options, io: CliIo): Checked {
  const { path, sheet } = splitSheet(file, io.cwd, options.sheet);
  const bytes = new Uint8Array(readFileSync(resolve(io.cwd, path)));
  // The digest of each table read for the check (a plan table reads every indicator list to match names).
  const digests = new Map<DatasetId, string>();
  const current = (id: DatasetId): string | null => {
    // A new plan's table is not in the catalog yet: nothing to compare with (its file is checked below).
    if (!isDatasetId(id)) return null;
    const existing = readIfExists(resolve(dir, datasetSpec(id).file));
    digests.set(id, digest(existing));
    if (existing === null) return null;
    const decoded = decodeBytes(existing);
    return decoded.ok ? decoded.text : null;
  };
  const check = checkForPublish({
    bytes,
    fileName: path,
    current,
    acceptWarnings: options.acceptWarnings,
    newPlan: options.newPlan,
    ...(sheet === undefined ? {} : { sheet }),
  });
  const baseDigest = check.spec
    ? (digests.get(check.spec.id) ?? digest(readIfExists(resolve(dir, check.spec.file))))
    : 'absent';
  return { file, check, baseDigest };
}

function issueLines(file: string, issues: readonly ValidationIssue[], lang: 'zh' | 'en'): string[] {
  return issues.map(
    (i) => `${file}:${i.line}:${i.column} ${i.code} ${lang === 'zh' ? i.message_zh : i.message_en}`,
  );
}

function refusal(c: Checked, lang: 'zh' | 'en'): string[] {
  if (c.check.ok) return [];
  const why =
    c.check.reason === 'errors'
      ? lang === 'zh'
        ? '有错误，未发布'
        : 'has errors, not published'
      : lang === 'zh'
        ? '有警告，未发布（核对后可加 --accept-warnings）'
        : 'has warnings, not published (add --accept-warnings once checked)';
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
  const missing = options.files.filter(
    (f) => !isFile(resolve(io.cwd, splitSheet(f, io.cwd, options.sheet).path)),
  );
  if (!isDir(dir) || missing.length > 0) {
    io.err(
      `${isDir(dir) ? `no such file: ${missing.join(', ')}` : `no such folder: ${options.dir}`}\n${USAGE}`,
    );
    return 2;
  }
  // The folder's catalog is the one in use: plans published before are updated by their names.
  const catalogPath = resolve(dir, CATALOG_FILE_NAME);
  const catalogBytes = readIfExists(catalogPath);
  const served = servedCatalog(catalogBytes);
  if (!served.ok) {
    report(
      io,
      options,
      [],
      [],
      [],
      served.problems
        .map((p) => `${options.dir}/${options.lang === 'zh' ? p.message_zh : p.message_en}`)
        .join('\n'),
    );
    return 1;
  }
  setCatalog(served.catalog);
  const checked = options.files.map((f) => checkFile(f, dir, options, io));
  const duplicate = duplicateTargets(checked);
  if (duplicate || checked.some((c) => !c.check.ok)) {
    report(io, options, checked, [], [], duplicate);
    return 1;
  }
  const plans = catalogWithPlans(served.catalog, checked, options);
  if (!plans.ok) {
    report(io, options, checked, [], [], plans.problems.join('\n'));
    return 1;
  }
  const published: Publication[] = [];
  try {
    for (const c of checked) {
      if (!c.check.ok) continue;
      const { spec, text, rows } = c.check;
      const entry = {
        file: spec.file,
        dataset: spec.id,
        publishedAt: now().toISOString(),
        publishedBy: options.by || userInfo().username,
        sourceFile: c.file,
        rows,
        via: 'cli' as const,
      };
      published.push(
        publishToFolder({ dir, file: spec.file, text, checkedDigest: c.baseDigest, entry, at: now() }),
      );
    }
    // The tables first: a catalog naming a file that is not there yet would break every screen.
    if (plans.added.length > 0) {
      if (digest(readIfExists(catalogPath)) !== digest(catalogBytes))
        throw new ChangedSinceCheck(CATALOG_FILE_NAME);
      writeAtomically(catalogPath, catalogText(plans.catalog));
    }
  } catch (error) {
    if (!(error instanceof ChangedSinceCheck)) throw error;
    report(io, options, checked, published, [], error.message);
    return 1;
  }
  report(io, options, checked, published, plans.added, null);
  return 0;
}

function servedCatalog(
  bytes: Uint8Array | null,
): { ok: true; catalog: Catalog } | { ok: false; problems: readonly CatalogProblem[] } {
  if (bytes === null) return { ok: true, catalog: EMBEDDED_CATALOG };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return {
      ok: false,
      problems: [
        {
          path: CATALOG_FILE_NAME,
          message_zh: `${CATALOG_FILE_NAME}：不是有效的 JSON`,
          message_en: `${CATALOG_FILE_NAME}: not valid JSON`,
        },
      ],
    };
  }
  return parseCatalog(json);
}

/** Every new plan's document (with the fields given on the command line) in the catalog. */
function catalogWithPlans(
  catalog: Catalog,
  checked: readonly Checked[],
  options: Options,
):
  | { ok: true; catalog: Catalog; added: readonly CatalogDocument[] }
  | { ok: false; problems: readonly string[] } {
  let next = catalog;
  const added: CatalogDocument[] = [];
  for (const c of checked) {
    if (!c.check.ok || !c.check.plan) continue;
    const title = options.planFields.title;
    const document: CatalogDocument = {
      ...c.check.plan,
      ...options.planFields,
      ...(title ? { domain_zh: title, domain_en: title } : {}),
    };
    const edit = withDocument(next, document);
    if (!edit.ok)
      return {
        ok: false,
        problems: edit.problems.map(
          (p) => `${c.file}: ${options.lang === 'zh' ? p.message_zh : p.message_en}`,
        ),
      };
    next = edit.catalog;
    added.push(document);
  }
  return { ok: true, catalog: next, added };
}

function report(
  io: CliIo,
  options: Options,
  checked: readonly Checked[],
  published: readonly Publication[],
  plans: readonly CatalogDocument[],
  problem: string | null,
): void {
  if (options.json) {
    const files = checked.map((c) => ({
      file: c.file,
      dataset: c.check.spec?.id ?? null,
      status: c.check.ok
        ? published.some((p) => p.sourceFile === c.file)
          ? 'published'
          : 'not-published'
        : `refused-${c.check.reason}`,
      errors: c.check.ok ? [] : c.check.errors,
      warnings: c.check.warnings,
      publication: published.find((p) => p.sourceFile === c.file) ?? null,
    }));
    const catalog = plans.map((d) => ({
      id: d.id,
      title: d.title,
      period: d.period,
      tables: d.tables.map((t) => t.file),
    }));
    io.out(
      JSON.stringify(
        {
          dataDir: options.dir,
          ok: problem === null && published.length === checked.length,
          problem,
          files,
          catalog,
        },
        null,
        2,
      ),
    );
    return;
  }
  const lines = checked.flatMap((c) => refusal(c, options.lang));
  for (const p of published) {
    lines.push(
      `${p.sourceFile} → ${options.dir}/${p.file} (${p.dataset}, ${p.rows} rows, UTF-8)${p.replaced ? `; previous kept as ${options.dir}/${p.replaced}` : '; new file'}`,
    );
  }
  for (const d of plans) {
    lines.push(
      options.lang === 'zh'
        ? `${options.dir}/${CATALOG_FILE_NAME}：已加入规划“${d.title}”（${d.id}，${d.period || '期限未填'}）${d.docNo ? '' : '；文号未填，可用 --doc-no 补上后再发布'}`
        : `${options.dir}/${CATALOG_FILE_NAME}: added the plan "${d.title}" (${d.id}, ${d.period || 'no period'})${d.docNo ? '' : '; no document number: publish again with --doc-no'}`,
    );
  }
  if (problem) lines.push(problem);
  if (lines.length > 0) io.out(lines.join('\n'));
}
