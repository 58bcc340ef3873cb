import { describe, expect, it } from 'vitest';
import { assessTargets } from '../../../src/data/assess/assess';
import type { Assessment } from '../../../src/data/assess/types';
import { actual, table, target } from './records';

const NOW = { currentYear: 2026 };

function only(assessments: readonly Assessment[]): Assessment {
  expect(assessments).toHaveLength(1);
  const [first] = assessments;
  if (!first) throw new Error('none');
  return first;
}

const grain = target({ indicator: 'g.grain_output', indicatorName: '粮食产量', period: '2022', comparator: '以上', value: 1500, unit: '亿斤' });

describe('single-year targets', () => {
  it('1500 亿斤 以上 is met by 7500 万吨 (= 1500 亿斤) and the rule is stated', () => {
    const a = only(assessTargets([table([grain])], [actual({ indicator: 'g.grain_output', period: '2022', value: 7500, unit: '万吨' })], NOW).assessments);
    expect(a).toMatchObject({ status: 'met', actual: 1500, actualYear: 2022, targetYear: 2022, unit: '亿斤' });
    expect(a.basis?.conversions).toEqual(['1 亿斤 = 5 万吨']);
  });

  it('7763.1 万吨 is 1552.62 亿斤: met; 2900 万吨 is not', () => {
    const met = only(assessTargets([table([grain])], [actual({ indicator: 'g.grain_output', period: '2022', value: 7763.1, unit: '万吨' })], NOW).assessments);
    expect(met).toMatchObject({ status: 'met', actual: 1552.62 });
    const not = only(assessTargets([table([grain])], [actual({ indicator: 'g.grain_output', period: '2022', value: 2900, unit: '万吨' })], NOW).assessments);
    expect(not).toMatchObject({ status: 'not-met', actual: 580 });
  });

  it('an actual in a unit with no exact factor is not compared: an issue names its line and cell', () => {
    const report = assessTargets([table([grain])], [actual({ indicator: 'g.grain_output', period: '2022', value: 7763.1, unit: '万亩', line: 7 })], NOW);
    expect(only(report.assessments)).toMatchObject({ status: 'no-data', actual: null });
    expect(report.issues).toEqual([expect.objectContaining({ kind: 'unit-mismatch', line: 7, cell: '万亩', indicator: 'g.grain_output' })]);
    expect(report.issues[0]?.message_zh).toContain('第 7 行');
  });

  it('超过 98 is not met at 98; 低于 1‰ is met at 0.5‰ and at 0.05%', () => {
    const compliance = target({ indicator: 'c.compliance', period: '2025', comparator: '超过', value: 98, unit: '%', attribute: '约束性' });
    const errors = target({ indicator: 'c.errors', period: '2025', comparator: '低于', value: 1, unit: '‰' });
    const report = assessTargets([table([compliance, errors])], [
      actual({ indicator: 'c.compliance', period: '2025', value: 98, unit: '%' }),
      actual({ indicator: 'c.errors', period: '2025', value: 0.5, unit: '‰' }),
    ], NOW);
    expect(report.assessments.map((a) => [a.status, a.bindingMissed])).toEqual([['not-met', true], ['met', false]]);
    const percent = assessTargets([table([errors])], [actual({ indicator: 'c.errors', period: '2025', value: 0.05, unit: '%' })], NOW);
    expect(only(percent.assessments)).toMatchObject({ status: 'met', actual: 0.5 });
  });

  it('a period that ended without its year reported is no data, with the latest actual shown', () => {
    const a = only(assessTargets([table([target({ indicator: 'i.x', period: '2025', value: 500, unit: '亿元' })])], [
      actual({ indicator: 'i.x', period: '2023', value: 400, unit: '亿元' }),
    ], NOW).assessments);
    expect(a).toMatchObject({ status: 'no-data', actual: 400, actualYear: 2023 });
  });

  it('before the end: Open SDG trend from the plan baseline', () => {
    const records = [
      target({ indicator: 'i.x', kind: 'baseline', period: '2025', value: 100, unit: '件' }),
      target({ indicator: 'i.x', period: '2030', value: 200, unit: '件' }),
    ].map((r, i) => (i === 0 ? { ...r, period: '2025' } : r));
    const status = (value: number): string => only(assessTargets([table(records)], [actual({ indicator: 'i.x', period: '2026', value, unit: '件' })], NOW).assessments).status;
    // Required CAGR 2025→2030: 2^(1/5) − 1 = 14.87 %/yr; one year observed.
    expect(status(115)).toBe('on-track');
    expect(status(110)).toBe('moderate');
    expect(status(104)).toBe('off-track');
    expect(status(200)).toBe('on-track');
    expect(only(assessTargets([table(records)], [], NOW).assessments).status).toBe('no-data');
  });

  it('qualitative targets keep the plan wording', () => {
    const q = target({ indicator: 'c.law', period: '2025', text: '《黑龙江省社会信用条例》全面施行', attribute: '约束性' });
    expect(only(assessTargets([table([q])], [], NOW).assessments)).toMatchObject({ status: 'qualitative', text: '《黑龙江省社会信用条例》全面施行', bindingMissed: false });
  });
});

describe('cumulative and yearly targets', () => {
  const tillage = target({ indicator: 'b.tillage_cumulative', period: '2021-2025', comparator: '累计达到', value: 2.8, unit: '亿亩次' });
  const years = (values: readonly number[]) => values.map((value, i) => actual({ indicator: 'b.tillage_cumulative', period: String(2021 + i), value, unit: '万亩' }));

  it('the sum of the five years against the 5-year total (万亩 per year → 亿亩次)', () => {
    const met = only(assessTargets([table([tillage])], years([5600, 5600, 5600, 5600, 5600]), NOW).assessments);
    expect(met).toMatchObject({ status: 'met', actual: 2.8, actualYear: 2025, basis: { kind: 'sum', years: [2021, 2022, 2023, 2024, 2025] } });
    const short = only(assessTargets([table([tillage])], years([5600, 5600, 5600, 5600, 5599]), NOW).assessments);
    expect(short).toMatchObject({ status: 'not-met', actual: 2.7999 });
  });

  it('four of five years after the end: no data; before the end: projected', () => {
    expect(only(assessTargets([table([tillage])], years([5600, 5600, 5600, 5600]), NOW).assessments).status).toBe('no-data');
    expect(only(assessTargets([table([tillage])], years([5600, 5600, 5600]), { currentYear: 2024 }).assessments).status).toBe('on-track');
    expect(only(assessTargets([table([tillage])], years([2000, 2000, 2000]), { currentYear: 2024 }).assessments).status).toBe('off-track');
  });

  it('a figure reported for the whole period is used as it is', () => {
    const a = only(assessTargets([table([tillage])], [actual({ indicator: 'b.tillage_cumulative', period: '2021-2025', value: 27000, unit: '万亩次' })], NOW).assessments);
    expect(a).toMatchObject({ status: 'not-met', actual: 2.7, basis: { kind: 'span' } });
  });

  it('每年: every year must meet it', () => {
    const annual = target({ indicator: 'b.annual', period: '2021-2025', comparator: '每年', value: 5600, unit: '万亩' });
    const run = (values: readonly number[], currentYear = 2026) => only(assessTargets([table([annual])], values.map((value, i) => actual({ indicator: 'b.annual', period: String(2021 + i), value, unit: '万亩' })), { currentYear }).assessments);
    expect(run([5600, 5700, 5600, 5800, 5600]).status).toBe('met');
    expect(run([5600, 5500, 5600, 5800, 5600])).toMatchObject({ status: 'not-met', actual: 5500, actualYear: 2022 });
    expect(run([5600, 5600], 2023).status).toBe('on-track');
  });
});

describe('region-keyed tasks', () => {
  it('each county as % of its allocation', () => {
    const tasks = ['宾县', '巴彦县'].map((region, i) => target({ indicator: 'a.demo_area', region, regionLevel: 'county', period: '2021-2025', value: [100, 80][i] ?? 0, unit: '万亩' }));
    const report = assessTargets([table(tasks, true)], [
      actual({ indicator: 'a.demo_area', region: '宾县', regionLevel: 'county', period: '2021-2025', value: 110, unit: '万亩' }),
      actual({ indicator: 'a.demo_area', region: '巴彦县', regionLevel: 'county', period: '2021-2025', value: 600000, unit: '亩' }),
    ], NOW);
    expect(report.assessments.map((a) => [a.region, a.status, a.completion])).toEqual([['宾县', 'met', 110], ['巴彦县', 'not-met', 75]]);
    expect(report.assessments.every((a) => a.regionKeyed)).toBe(true);
  });
});

describe('names', () => {
  it('an actual without an id joins its target by name; asOf is its year', () => {
    const report = assessTargets([table([grain])], [actual({ indicator: '', indicatorName: ' 粮食产量（亿斤）', period: '2022', value: 1500, unit: '亿斤' })], NOW);
    expect(report.asOf).toBe(2022);
    expect(only(report.assessments).status).toBe('met');
  });

  it('a name that fits no target is an issue naming the line, with a suggestion', () => {
    const report = assessTargets([table([grain])], [actual({ indicator: '', indicatorName: '粮食总产量', period: '2022', value: 1500, unit: '亿斤', line: 4 })], NOW);
    expect(report.issues).toEqual([expect.objectContaining({ kind: 'unmatched-name', line: 4, cell: '粮食总产量' })]);
    expect(report.issues[0]?.message_zh).toContain('是否为“粮食产量”');
    expect(only(report.assessments).status).toBe('no-data');
  });
});
