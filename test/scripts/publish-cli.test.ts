import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runPublish } from '../../scripts/publish-cli';
import { parsePublicationLog } from '../../src/data/publish/history';
import { loadCsvBytes } from '../../src/data/pipeline';
import { catalogText } from '../../src/data/catalog/catalog-edit';
import type { Catalog } from '../../src/data/catalog/catalog-schema';
import { parseCatalog } from '../../src/data/catalog/parse-catalog';
import { datasetSpec, EMBEDDED_CATALOG, setCatalog } from '../../src/data/registry';
import { gbk, ipPrinted, PLAN_2026 } from '../data/plan/plan-fixtures';
import { DATA_DIR, REPO_ROOT, fixtureBytes } from '../data/helpers';
import { allocationSheet, workbookOf, zonesSheet } from '../data/xlsx/fixtures';

const scratch = mkdtempSync(join(tmpdir(), 'publish-cli-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
let dirs = 0;

/** A copy of the embedded data/ to publish into. */
function dataDir(): string {
  const dir = join(scratch, `data-${(dirs += 1)}`);
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

/** Every path under dir with its bytes' digest: equal trees, equal maps. */
function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        out[`${relative(dir, path)}/`] = 'dir';
        walk(path);
      } else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function run(argv: readonly string[], at = new Date('2026-12-01T04:33:00.123Z')) {
  let out = '';
  let err = '';
  const code = runPublish(
    argv,
    {
      out: (t) => {
        out += `${t}\n`;
      },
      err: (t) => {
        err += `${t}\n`;
      },
      cwd: REPO_ROOT,
    },
    () => at,
  );
  return { code, out, err };
}

const fixture = (name: string): string => `test/fixtures/${name}`;
const ALLOCATION = datasetSpec('black-soil-allocation').file;

describe('npm run publish: refusals leave the folder byte-for-byte as it was', () => {
  it.each([
    ['a cell that is not a number (type-error)', 'allocation-bad-cells.csv', 'type-error'],
    ['a picture renamed .csv (binary-file)', 'binary-png.csv', 'binary-file'],
    ['an empty file', 'empty.csv', 'empty-file'],
  ])('refuses %s with exit 1 and the issue', (_what, name, code) => {
    const dir = dataDir();
    const before = treeHash(dir);
    const result = run(['--data-dir', dir, fixture(name)]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(` ${code} `);
    expect(result.out).toContain('未发布');
    expect(treeHash(dir)).toEqual(before);
  });

  it('refuses warnings unless --accept-warnings, then publishes', () => {
    const dir = dataDir();
    const before = treeHash(dir);
    const refused = run(['--data-dir', dir, fixture('allocation-totals-mismatch.csv')]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('total-mismatch');
    expect(refused.out).toContain('--accept-warnings');
    expect(treeHash(dir)).toEqual(before);
    expect(
      run(['--data-dir', dir, '--accept-warnings', fixture('allocation-totals-mismatch.csv')]).code,
    ).toBe(0);
    expect(treeHash(dir)[ALLOCATION]).not.toBe(before[ALLOCATION]);
  });

  it('writes nothing when one of several files is refused', () => {
    const dir = dataDir();
    const before = treeHash(dir);
    expect(
      run(['--data-dir', dir, fixture('allocation-small-gbk.csv'), fixture('binary-png.csv')]).code,
    ).toBe(1);
    expect(treeHash(dir)).toEqual(before);
  });

  it('refuses two files for the same table', () => {
    const dir = dataDir();
    const before = treeHash(dir);
    const result = run([
      '--data-dir',
      dir,
      fixture('allocation-small.csv'),
      fixture('allocation-small-gbk.csv'),
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(ALLOCATION);
    expect(treeHash(dir)).toEqual(before);
  });

  it.each([
    [['--data-dir']],
    [[fixture('allocation-small.csv')]],
    [['--data-dir', 'no/such/dir', fixture('allocation-small.csv')]],
    [['--data-dir', 'data', 'missing.csv']],
    [['--data-dir', 'data', '--frob', 'x.csv']],
  ])('exits 2 with the usage on %j', (argv) => {
    const result = run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain('usage: npm run publish');
  });
});

describe('npm run publish: a valid GBK table', () => {
  const dir = dataDir();
  const before = treeHash(dir);
  const original = readFileSync(join(dir, ALLOCATION));
  const result = run(['--data-dir', dir, '--by', '张三', fixture('allocation-small-gbk.csv')]);

  it('exits 0 and says where the old file went', () => {
    expect(result.code).toBe(0);
    expect(result.out).toContain('history/black-soil-allocation.20261201T043300123Z.csv');
  });

  it('is written as UTF-8 in the canonical layout, with the same records as the GBK file', () => {
    const written = new Uint8Array(readFileSync(join(dir, ALLOCATION)));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(written)).not.toThrow();
    const spec = datasetSpec('black-soil-allocation');
    const header = new TextDecoder().decode(written).split('\r\n')[0];
    expect(header).toBe(spec.columns.map((c) => (c.unit ? `${c.header}（${c.unit}）` : c.header)).join(','));
    const reread = loadCsvBytes(written);
    const source = loadCsvBytes(fixtureBytes('allocation-small-gbk.csv'));
    expect(source.encoding).toBe('gb18030');
    expect(reread.encoding).toBe('utf-8');
    expect(reread.issues).toEqual([]);
    const withoutLines = (records: typeof source.records) => records.map((r) => ({ ...r, line: 0 }));
    expect(withoutLines(reread.records)).toEqual(withoutLines(source.records));
  });

  it('keeps the replaced file byte-for-byte under history/, logs who and when, and touches nothing else', () => {
    expect(
      readFileSync(join(dir, 'history', 'black-soil-allocation.20261201T043300123Z.csv')).equals(original),
    ).toBe(true);
    const log = parsePublicationLog(readFileSync(join(dir, 'history', 'publications.json'), 'utf8'));
    expect(log.entries).toEqual([
      {
        file: ALLOCATION,
        dataset: 'black-soil-allocation',
        publishedAt: '2026-12-01T04:33:00.123Z',
        publishedBy: '张三',
        sourceFile: fixture('allocation-small-gbk.csv'),
        replaced: 'history/black-soil-allocation.20261201T043300123Z.csv',
        rows: loadCsvBytes(fixtureBytes('allocation-small-gbk.csv')).rows.length,
        via: 'cli',
      },
    ]);
    const after = treeHash(dir);
    const changed = Object.keys(after)
      .filter((k) => after[k] !== before[k])
      .sort();
    expect(changed).toEqual([
      ALLOCATION,
      'history/',
      'history/black-soil-allocation.20261201T043300123Z.csv',
      'history/publications.json',
    ]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a second publication in the same millisecond keeps both history files and both log entries', () => {
    expect(run(['--data-dir', dir, fixture('allocation-small.csv')]).code).toBe(0);
    expect(existsSync(join(dir, 'history', 'black-soil-allocation.20261201T043300123Z-2.csv'))).toBe(true);
    expect(
      parsePublicationLog(readFileSync(join(dir, 'history', 'publications.json'), 'utf8')).entries,
    ).toHaveLength(2);
  });
});

describe('npm run publish: a table new to the folder, and --json', () => {
  it('writes the file with no history copy and reports it as JSON', () => {
    const dir = dataDir();
    rmSync(join(dir, ALLOCATION));
    const result = run(['--data-dir', dir, '--json', fixture('allocation-small.csv')]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as {
      ok: boolean;
      files: { status: string; publication: { replaced: string | null } }[];
    };
    expect(report.ok).toBe(true);
    expect(report.files.map((f) => [f.status, f.publication.replaced])).toEqual([['published', null]]);
    expect(loadCsvBytes(new Uint8Array(readFileSync(join(dir, ALLOCATION)))).issues).toEqual([]);
  });

  it('a refusal as JSON names the issues and the reason', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'untouched.txt'), 'x');
    const result = run(['--data-dir', dir, '--json', fixture('allocation-bad-cells.csv')]);
    const report = JSON.parse(result.out) as {
      ok: boolean;
      files: { status: string; errors: { code: string }[] }[];
    };
    expect(result.code).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.files[0]?.status).toBe('refused-errors');
    expect(report.files[0]?.errors.some((e) => e.code === 'type-error')).toBe(true);
  });
});

describe('npm run publish: a new plan (a 2026–2030 table as WPS exports it, GBK)', () => {
  const planFile = (): string => {
    const path = join(scratch, `plan-${(dirs += 1)}.csv`);
    writeFileSync(path, gbk(PLAN_2026));
    return path;
  };
  const catalogOf = (dir: string): Catalog => {
    const parsed = parseCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as unknown);
    if (!parsed.ok) throw new Error('catalog.json does not parse after publishing');
    return parsed.catalog;
  };
  afterEach(() => {
    setCatalog(EMBEDDED_CATALOG);
  });

  it('writes the table, then adds the plan to catalog.json with the fields given; the seed plans stay', () => {
    const dir = dataDir();
    const before = catalogOf(dir);
    const result = run([
      '--data-dir',
      dir,
      '--doc-no',
      '黑政发〔2026〕8号',
      '--issuer',
      '黑龙江省人民政府',
      '--date',
      '2026-03-20',
      planFile(),
    ]);
    expect(result.err).toBe('');
    expect(result.code, result.out).toBe(0);
    const after = catalogOf(dir);
    expect(after.documents.slice(0, -1)).toEqual(before.documents);
    const added = after.documents.at(-1);
    expect(added).toMatchObject({
      docNo: '黑政发〔2026〕8号',
      issuer: '黑龙江省人民政府',
      date: '2026-03-20',
      period: '2026—2030',
      title: '黑龙江省“十五五”生态环境保护规划',
    });
    const file = added?.tables[0]?.file ?? '';
    expect(result.out).toContain(`catalog.json：已加入规划“黑龙江省“十五五”生态环境保护规划”`);
    // The served table reads back under the served catalog, as every screen will read it.
    setCatalog(after);
    const load = loadCsvBytes(new Uint8Array(readFileSync(join(dir, file))), {
      datasetId: added?.tables[0]?.dataset ?? '',
    });
    expect(load.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(load.rows).toHaveLength(5);
  });

  it('the same plan published again: one document, updated; the old table kept in history/', () => {
    const dir = dataDir();
    const file = planFile();
    expect(run(['--data-dir', dir, file]).code).toBe(0);
    const result = run(['--data-dir', dir, '--new-plan', '--doc-no', '黑政发〔2026〕8号', file]);
    expect(result.code).toBe(0);
    const plans = catalogOf(dir).documents.filter((d) => d.period === '2026—2030');
    expect(plans.map((d) => d.docNo)).toEqual(['黑政发〔2026〕8号']);
    expect(readdirSync(join(dir, 'history')).some((f) => f.startsWith(`${plans[0]?.id ?? '?'}.`))).toBe(true);
  });

  it('a catalog.json that does not parse: exit 1, the folder byte-for-byte unchanged', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'catalog.json'), '{"format": "target-board/catalog@1", "documents": [');
    const before = treeHash(dir);
    const result = run(['--data-dir', dir, planFile()]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('catalog.json');
    expect(treeHash(dir)).toEqual(before);
  });

  it("a plan that would take another plan's table: exit 1, nothing written", () => {
    const dir = dataDir();
    const file = planFile();
    expect(run(['--data-dir', dir, file]).code).toBe(0);
    const catalog = catalogOf(dir);
    const mine = catalog.documents.at(-1);
    if (!mine) throw new Error('no plan');
    // Someone renamed the plan's id by hand: the same table now under another document id.
    writeFileSync(
      join(dir, 'catalog.json'),
      catalogText({
        ...catalog,
        documents: [...catalog.documents.slice(0, -1), { ...mine, id: 'plan-renamed' }],
      }),
    );
    const before = treeHash(dir);
    const result = run(['--data-dir', dir, '--new-plan', file]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('已属于规划');
    expect(treeHash(dir)).toEqual(before);
  });
});

describe('npm run publish: the IP table as the gazette prints it (names, no codes)', () => {
  it('updates ip-indicators.csv by names (it read every indicator list to match; only its own file is the base)', () => {
    const dir = dataDir();
    const path = join(scratch, 'ip-printed.tsv');
    writeFileSync(path, gbk(ipPrinted()));
    const result = run(['--data-dir', dir, path]);
    expect(result.code, result.out).toBe(0);
    const text = readFileSync(join(dir, 'ip-indicators.csv'), 'utf8');
    expect(text).toMatch(/技术合同成交额[^\n]*,600(,|\r?\n)/);
    expect(readFileSync(join(dir, 'catalog.json'), 'utf8')).toBe(
      readFileSync(join(DATA_DIR, 'catalog.json'), 'utf8'),
    );
  });
});

describe('npm run publish: a workbook with several sheets', () => {
  const book = join(scratch, 'tables.xlsx');
  writeFileSync(book, workbookOf(allocationSheet('附件1'), zonesSheet('附件3')));

  it('without a sheet: exit 1 asking for one, the folder byte-for-byte unchanged', () => {
    const dir = dataDir();
    const before = treeHash(dir);
    const result = run(['--data-dir', dir, book]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('sheet-required');
    expect(treeHash(dir)).toEqual(before);
  });

  it("FILE.xlsx#Sheet and --sheet publish that sheet's table, with the records the CSV it was built from has", () => {
    const byHash = dataDir();
    expect(run(['--data-dir', byHash, `${book}#附件1`]).code).toBe(0);
    const byOption = dataDir();
    expect(run(['--data-dir', byOption, '--sheet', '附件1', book]).code).toBe(0);
    const written = loadCsvBytes(new Uint8Array(readFileSync(join(byHash, ALLOCATION))));
    expect(written.issues).toEqual([]);
    expect(readFileSync(join(byOption, ALLOCATION)).equals(readFileSync(join(byHash, ALLOCATION)))).toBe(
      true,
    );
    const source = loadCsvBytes(fixtureBytes('allocation-small.csv'));
    const withoutLines = (records: typeof source.records) => records.map((r) => ({ ...r, line: 0 }));
    expect(withoutLines(written.records)).toEqual(withoutLines(source.records));
  });

  it('--sheet naming no sheet of the workbook is refused; --sheet with no name is a usage error', () => {
    const dir = dataDir();
    const before = treeHash(dir);
    expect(run(['--data-dir', dir, '--sheet', '附件9', book]).code).toBe(1);
    expect(treeHash(dir)).toEqual(before);
    expect(run(['--data-dir', dir, book, '--sheet']).code).toBe(2);
  });
});
