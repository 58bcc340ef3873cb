import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAssess } from '../../scripts/assess-cli';
import { DATA_DIR, REPO_ROOT } from '../data/helpers';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

function run(argv: readonly string[], cwd = REPO_ROOT): Run {
  let out = '';
  let err = '';
  const code = runAssess(argv, {
    out: (t) => {
      out += `${t}\n`;
    },
    err: (t) => {
      err += `${t}\n`;
    },
    cwd,
    year: 2026,
  });
  return { code, out, err };
}

interface Line {
  readonly indicator: string;
  readonly name: string;
  readonly plan: string;
  readonly region: string | null;
  readonly comparator: string | null;
  readonly target: number | null;
  readonly targetYear: number;
  readonly unit: string;
  readonly actual: number | null;
  readonly actualYear: number | null;
  readonly status: string;
  readonly zone?: string;
  readonly completion?: number;
}

function parse(out: string): {
  asOf: number | null;
  indicators: Line[];
  issues: Array<{ kind: string; line: number }>;
} {
  return JSON.parse(out) as {
    asOf: number | null;
    indicators: Line[];
    issues: Array<{ kind: string; line: number }>;
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'assess-cli-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A served data folder as published: the embedded tables plus an actuals file. */
function publishedFolder(name: string, actuals: string): string {
  const dir = join(scratch, name);
  cpSync(DATA_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'progress-actuals.csv'), actuals);
  return dir;
}

const ACTUALS = [
  '指标,指标名称,行政区域,类型区,年份,实际值,单位,备注',
  'grain-livestock-2022.grain_output,粮食产量,,,2022,7763.1,万吨,统计公报',
  ',粮食播种面积,,,2022,2.19,亿亩,',
  'credit-indicators.dual_publicity_compliance,合规率,,,2025,98,%,',
  'credit-indicators.credit_code_error_rate,重错码率,,,2025,0.5,‰,',
  ',保护性耕作每年实施面积,宾县,,2021,110.4,万亩,',
  ',保护性耕作每年实施面积,巴彦县,,2022,60,万亩,',
  'grain-livestock-2022.hog_output,生猪出栏,,,2022,2200,万吨,单位填错',
].join('\r\n');

describe('npm run assess -- --json', () => {
  it('gives every target its verdict on a published data folder', () => {
    const dir = publishedFolder('published', ACTUALS);
    const result = run(['--json', '--data-dir', dir]);
    expect(result.code).toBe(0);
    const report = parse(result.out);
    expect(report.asOf).toBe(2025);
    const find = (indicator: string, region: string | null = null): Line | undefined =>
      report.indicators.find((l) => l.indicator === indicator && l.region === region);
    expect(find('grain-livestock-2022.grain_output')).toEqual(
      expect.objectContaining({
        name: '粮食产量',
        plan: '贯彻落实国务院扎实稳住经济一揽子政策措施实施方案',
        region: null,
        comparator: '以上',
        target: 1500,
        targetYear: 2022,
        unit: '亿斤',
        actual: 1552.62,
        actualYear: 2022,
        status: 'met',
      }),
    );
    expect(find('grain-livestock-2022.grain_sown_area')).toMatchObject({ status: 'met', actual: 2.19 });
    expect(find('credit-indicators.dual_publicity_compliance')).toMatchObject({
      status: 'not-met',
      actual: 98,
      target: 98,
      comparator: '超过',
    });
    expect(find('credit-indicators.credit_code_error_rate')).toMatchObject({ status: 'met', actual: 0.5 });
    expect(find('credit-indicators.regulation')).toMatchObject({ status: 'qualitative', target: null });
    expect(find('grain-livestock-2022.hog_output')).toMatchObject({ status: 'no-data', actual: null });
    // 每年 task, one year reported, the period over: the other four years are missing.
    expect(find('black-soil-allocation.tillage_annual', '宾县')).toMatchObject({
      status: 'no-data',
      actual: 110.4,
      actualYear: 2021,
      completion: 100,
    });
    // One year under its allocation is enough for not met.
    expect(find('black-soil-allocation.tillage_annual', '巴彦县')).toMatchObject({
      status: 'not-met',
      actual: 60,
      actualYear: 2022,
    });
    expect(report.issues).toEqual([expect.objectContaining({ kind: 'unit-mismatch', line: 8 })]);
    const statuses = new Set(report.indicators.map((l) => l.status));
    expect(
      [...statuses].every((s) =>
        ['met', 'not-met', 'no-data', 'qualitative', 'on-track', 'moderate', 'off-track'].includes(s),
      ),
    ).toBe(true);
  });

  it('reads data/ by default: no actuals, every numeric target without data', () => {
    const result = run(['--json']);
    expect(result.code).toBe(0);
    const report = parse(result.out);
    expect(report.asOf).toBeNull();
    expect(report.indicators.length).toBeGreaterThan(50);
    expect(new Set(report.indicators.map((l) => l.status))).toEqual(new Set(['no-data', 'qualitative']));
  });

  it('a broken file is named on stderr and the rest still assessed (exit 1); usage errors exit 2', () => {
    const dir = publishedFolder(
      'broken',
      [
        '指标,指标名称,行政区域,类型区,年份,实际值,单位,备注',
        'grain-livestock-2022.grain_output,粮食产量,,,2022,七千,万吨,',
      ].join('\n'),
    );
    const result = run(['--json', '--data-dir', dir]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('progress-actuals.csv:2:6');
    expect(parse(result.out).indicators.length).toBeGreaterThan(50);
    expect(run(['--data-dir', join(scratch, 'nowhere')]).code).toBe(2);
    expect(run(['--bogus']).code).toBe(2);
    expect(run(['--year', 'soon']).code).toBe(2);
  });

  it('a FILE assessed with warnings names each on stderr (a blank unit read as the target’s)', () => {
    const file = join(scratch, 'blank-unit.csv');
    writeFileSync(file, ['指标名称,单位,2022年', '粮食产量,,1552.6'].join('\n'));
    const result = run(['--json', file]);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(
      /blank-unit\.csv:2:2 警告：第 2 行“粮食产量”没有填写单位，按目标单位“亿斤”理解。/,
    );
    expect(
      parse(result.out).indicators.find((l) => l.indicator === 'grain-livestock-2022.grain_output')?.actual,
    ).toBe(1552.6);
  });

  it('prints verdicts in words without --json', () => {
    const result = run(['--data-dir', publishedFolder('human', ACTUALS)]);
    expect(result.out).toContain('实际值截至 2025 年');
    expect(result.out).toMatch(/✔ 已实现\t粮食产量\t全省/);
    expect(result.out).toMatch(/✘ 未实现\t各级政府及部门|✘ 未实现\t持续提升“双公示”水平/);
  });
});
