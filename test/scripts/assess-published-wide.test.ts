/**
 * The last "done when": a statistics office's GBK wide-layout file (title row, names, no
 * ids) published into a data folder by `npm run publish`, then `npm run assess -- --json
 * --data-dir` on that folder gives the verdicts — the same as assessing the file directly.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runAssess } from '../../scripts/assess-cli';
import { runPublish } from '../../scripts/publish-cli';
import { loadCsvBytes } from '../../src/data/pipeline';
import { datasetSpec } from '../../src/data/registry';
import { encodeGbk } from '../support/gbk';
import { wideActualsCsv } from '../support/statistics-actuals';
import { DATA_DIR, REPO_ROOT } from '../data/helpers';

const scratch = mkdtempSync(join(tmpdir(), 'assess-published-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function capture(
  run: (io: { out: (t: string) => void; err: (t: string) => void; cwd: string; year: number }) => number,
): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run({
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

interface Report {
  readonly asOf: number | null;
  readonly indicators: readonly {
    indicator: string;
    region: string | null;
    status: string;
    actual: number | null;
  }[];
}

it('a published GBK wide-layout file gives its verdicts through --data-dir, as the file itself does', () => {
  const dir = join(scratch, 'data');
  cpSync(DATA_DIR, dir, { recursive: true });
  const spec = datasetSpec('black-soil-allocation');
  const allocation = new Map(
    loadCsvBytes(new Uint8Array(readFileSync(join(dir, spec.file))), { datasetId: spec.id })
      .records.filter((r) => r.indicator === 'black-soil-allocation.demo_area' && r.regionLevel === 'county')
      .map((r) => [r.region ?? '', r.value ?? 0]),
  );
  const file = join(scratch, '主要指标完成情况.csv');
  writeFileSync(file, encodeGbk(wideActualsCsv(allocation)));

  const published = capture((io) => runPublish(['--data-dir', dir, file], io));
  expect(published.code, published.err).toBe(0);
  const fromFolder = capture((io) => runAssess(['--json', '--data-dir', dir], io));
  expect(fromFolder.code, fromFolder.err).toBe(0);
  const report = JSON.parse(fromFolder.out) as Report;
  expect(report.asOf).toBe(2025);
  const line = (indicator: string): Report['indicators'][number] | undefined =>
    report.indicators.find((l) => l.indicator === indicator && l.region === null);
  // 7763.1 万吨 = 1552.62 亿斤 ≥ 1500; 2097.8 万头 < 2100.
  expect(line('grain-livestock-2022.grain_output')).toMatchObject({ status: 'met', actual: 1552.62 });
  expect(line('grain-livestock-2022.hog_output')).toMatchObject({ status: 'not-met', actual: 2097.8 });

  const direct = capture((io) => runAssess(['--json', file], io));
  expect(direct.code, direct.err).toBe(0);
  expect(report).toEqual(JSON.parse(direct.out));
});
