/**
 * `npm run assess -- FILE.xlsx#Sheet`: a statistics office's workbook (the wide layout, a title
 * row, figures as number cells, a notes sheet beside it) is read by the import's own reader,
 * matched by names against the data folder's targets, and gives the same verdicts as the same
 * table sent as a GBK CSV.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAssess } from '../../scripts/assess-cli';
import { loadCsvBytes } from '../../src/data/pipeline';
import { datasetSpec } from '../../src/data/registry';
import { encodeGbk } from '../support/gbk';
import { countyRows, wideActualsCsv } from '../support/statistics-actuals';
import { DATA_DIR, REPO_ROOT } from '../data/helpers';
import { csvRows, workbookOf } from '../data/xlsx/fixtures';

function run(argv: readonly string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runAssess(argv, {
    out: (t) => {
      out += `${t}\n`;
    },
    err: (t) => {
      err += `${t}\n`;
    },
    cwd: REPO_ROOT,
    year: 2026,
  });
  return { code, out, err };
}

interface Line {
  readonly indicator: string;
  readonly region: string | null;
  readonly status: string;
  readonly actual: number | null;
  readonly actualYear: number | null;
  readonly completion?: number;
}
interface Report {
  readonly asOf: number | null;
  readonly indicators: readonly Line[];
}

const allocationSpec = datasetSpec('black-soil-allocation');
const allocation = new Map(
  loadCsvBytes(new Uint8Array(readFileSync(join(DATA_DIR, allocationSpec.file))), {
    datasetId: allocationSpec.id,
  })
    .records.filter((r) => r.indicator === 'black-soil-allocation.demo_area' && r.regionLevel === 'county')
    .map((r) => [r.region ?? '', r.value ?? 0]),
);
const wide = wideActualsCsv(allocation);

/** Figures as number cells, as a workbook holds them; names, units and years as text. */
const sheetRows = csvRows(wide).map((row, i) =>
  row.map((cell) => (i >= 2 && cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell)),
);

const scratch = mkdtempSync(join(tmpdir(), 'assess-xlsx-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
const book = join(scratch, '主要指标完成情况.xlsx');
writeFileSync(
  book,
  workbookOf(
    { name: '说明', rows: [['本表由统计局提供'], ['单位：见各行']] },
    { name: '主要指标', rows: sheetRows },
  ),
);
const gbk = join(scratch, '主要指标完成情况.csv');
writeFileSync(gbk, encodeGbk(wide));

const byKey = (report: Report): Map<string, Line> =>
  new Map(report.indicators.map((l) => [`${l.indicator}|${l.region ?? ''}`, l]));

describe('npm run assess on a workbook of actual values', () => {
  const viaHash = run(['--json', `${book}#主要指标`]);
  const report = JSON.parse(viaHash.out) as Report;

  it('reads FILE.xlsx#Sheet, matched by names, and gives its verdicts', () => {
    expect(viaHash.err).toBe('');
    expect(viaHash.code).toBe(0);
    expect(report.asOf).toBe(2025);
    const lines = byKey(report);
    // 7763.1 万吨 = 1552.62 亿斤 ≥ 1500; 2097.8 万头 < 2100.
    expect(lines.get('grain-livestock-2022.grain_output|')).toMatchObject({
      status: 'met',
      actual: 1552.62,
      actualYear: 2022,
    });
    expect(lines.get('grain-livestock-2022.hog_output|')).toMatchObject({
      status: 'not-met',
      actual: 2097.8,
    });
    expect(lines.get('ip-indicators.valid_trademarks|')).toMatchObject({
      status: 'met',
      actual: 58.3,
      actualYear: 2025,
    });
    // The county rows: each county's 2021—2025 area against its allocation.
    const rows = countyRows(allocation);
    expect(rows.length).toBe(allocation.size);
    for (const row of rows) {
      const [region = '', value = ''] = [row[1], row[8]];
      const target = allocation.get(region) ?? NaN;
      const line = lines.get(`black-soil-allocation.demo_area|${region}`);
      expect(line?.status, region).toBe(Number(value) >= target ? 'met' : 'not-met');
      expect(line?.completion, region).toBeCloseTo((Number(value) / target) * 100, 6);
    }
    expect(
      rows.some((r) => lines.get(`black-soil-allocation.demo_area|${r[1] ?? ''}`)?.status === 'not-met'),
    ).toBe(true);
  });

  it('gives exactly the verdicts of the same table as a GBK CSV', () => {
    const csv = run(['--json', gbk]);
    expect(csv.code).toBe(0);
    expect(report).toEqual(JSON.parse(csv.out));
  });

  it('takes the sheet by --sheet too, and names the sheet and cell of a bad figure', () => {
    expect(JSON.parse(run(['--json', '--sheet', '主要指标', book]).out)).toEqual(report);
    const bad = join(scratch, 'bad.xlsx');
    writeFileSync(
      bad,
      workbookOf({
        name: '主要指标',
        rows: sheetRows.map((row, i) => (i === 3 ? row.map((c, j) => (j === 4 ? '七千' : c)) : row)),
      }),
    );
    const result = run(['--json', bad]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/bad\.xlsx:4:5 主要指标!E4 .*（未参与评估）/);
    // Left out, not half-read: the folder's own (empty) actuals are assessed.
    expect((JSON.parse(result.out) as Report).asOf).toBeNull();
  });

  it('asks for the sheet of a workbook with several, and refuses a missing file (exit 2)', () => {
    const ask = run(['--json', book]);
    expect(ask.code).toBe(1);
    expect(ask.err).toContain('主要指标');
    expect(run([join(scratch, 'nowhere.xlsx')]).code).toBe(2);
    expect(run(['--sheet']).code).toBe(2);
  });
});
