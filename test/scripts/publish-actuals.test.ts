/**
 * Actual values are published like any table, and the completion verdict reads the folder they
 * were published to (`npm run assess -- --data-dir DIR`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runAssess } from '../../scripts/assess-cli';
import { runPublish } from '../../scripts/publish-cli';
import { datasetSpec } from '../../src/data/registry';
import { DATA_DIR, REPO_ROOT } from '../data/helpers';

const scratch = mkdtempSync(join(tmpdir(), 'publish-actuals-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function capture(run: (io: { out: (t: string) => void; err: (t: string) => void; cwd: string }) => number) {
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
  });
  return { code, out, err };
}

it('publishes an actuals file into a data folder, and the verdict reads it from there', () => {
  const dir = join(scratch, 'data');
  cpSync(DATA_DIR, dir, { recursive: true });
  const header =
    readFileSync(join(DATA_DIR, datasetSpec('progress-actuals').file), 'utf8').split(/\r?\n/)[0] ?? '';
  const file = join(scratch, '实际值.csv');
  writeFileSync(file, `${header}\r\ngrain-livestock-2022.grain_sown_area,粮食播种面积,,,2022,2.19,亿亩,\r\n`);

  const published = capture((io) => runPublish(['--data-dir', dir, file], io));
  expect(published.code).toBe(0);
  expect(readFileSync(join(dir, datasetSpec('progress-actuals').file), 'utf8')).toContain(
    'grain-livestock-2022.grain_sown_area',
  );

  const assessed = capture((io) =>
    runAssess(['--json', '--data-dir', dir, '--year', '2023'], { ...io, year: 2023 }),
  );
  const report = JSON.parse(assessed.out) as {
    indicators: { indicator: string; actual: number | null; region: string | null }[];
  };
  const line = report.indicators.find(
    (i) => i.indicator === 'grain-livestock-2022.grain_sown_area' && i.region === null,
  );
  expect(line?.actual).toBe(2.19);
  // The embedded folder has no actuals: the same line there has none.
  const embedded = JSON.parse(
    capture((io) => runAssess(['--json', '--data-dir', DATA_DIR, '--year', '2023'], { ...io, year: 2023 }))
      .out,
  ) as typeof report;
  expect(
    embedded.indicators.find(
      (i) => i.indicator === 'grain-livestock-2022.grain_sown_area' && i.region === null,
    )?.actual ?? null,
  ).toBeNull();
});
