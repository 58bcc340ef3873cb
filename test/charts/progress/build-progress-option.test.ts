import {
  buildProgressOption,
  progressStatusColor,
  progressStatusLabel,
} from '../../../src/charts/progress/build-progress-option';
import { toProgressModel, type ProgressStatus } from '../../../src/charts/progress/progress-model';
import { DARK_THEME, DEFAULT_SETTINGS, WALL_TYPE, type ChartSettings } from '../../../src/charts/theme';
import type { ChartOption } from '../../../src/charts/chart-option';
import type { NormalizedRecord, RecordKind } from '../../../src/data/schema';
import { all, axisMax, categories, one, tooltipHtml } from '../option-access';

const hostile = '<img src=x onerror=alert(1)>';
const STATUSES: ProgressStatus[] = [
  'achieved',
  'on-track',
  'needs-acceleration',
  'off-track',
  'moving-away',
  'no-data',
];

function rec(
  kind: RecordKind,
  period: string,
  value: number,
  extra: Partial<NormalizedRecord> = {},
): NormalizedRecord {
  return {
    region: null,
    regionLevel: 'province',
    indicator: 'x.y',
    indicatorName: hostile,
    period,
    kind,
    value,
    unit: '件',
    line: 2,
    ...extra,
  };
}

function build(records: NormalizedRecord[], settings: ChartSettings = DEFAULT_SETTINGS): ChartOption {
  return buildProgressOption(toProgressModel(records, 'x.y', settings.lang), settings);
}

describe('progressStatusLabel', () => {
  it('gives every status its own symbol and its own words in both languages', () => {
    const labels = STATUSES.map((s) => progressStatusLabel(s, 'zh'));
    expect(new Set(labels.map((l) => l.symbol)).size).toBe(STATUSES.length);
    expect(new Set(labels.map((l) => l.text)).size).toBe(STATUSES.length);
    for (const status of STATUSES) {
      expect(progressStatusLabel(status, 'en').text).toMatch(/[a-z]{3}/i);
      expect(progressStatusLabel(status, 'en').text).not.toBe(progressStatusLabel(status, 'zh').text);
    }
  });

  it('has a colour for every status, neutral for no data', () => {
    expect(progressStatusColor('no-data', DARK_THEME)).toBe(DARK_THEME.neutral);
    expect(new Set(STATUSES.map((s) => progressStatusColor(s, DARK_THEME))).size).toBe(STATUSES.length);
  });
});

describe('buildProgressOption', () => {
  // Baseline 2020 = 100, target 2025 ≥ 200, actual 2022 = 121: R = 0.1 / (2^0.2 − 1) ≈ 0.67.
  const records = [
    rec('baseline', '2020', 100),
    rec('target', '2025', 200, { comparator: '达到' }),
    rec('actual', '2022', 121),
  ];
  const option = build(records);

  it('states the status in words and symbol in the subtitle, with the pace in percent', () => {
    const label = progressStatusLabel('needs-acceleration', 'zh');
    expect(one(option.title).subtext).toContain(`${label.symbol} ${label.text}`);
    expect(one(option.title).subtext).toContain(`${Math.round((0.1 / (2 ** 0.2 - 1)) * 100)}%`);
    expect(one(option.aria).enabled).toBe(true);
  });

  it('puts baseline and actuals as bars on their years and both paths as lines', () => {
    expect(categories(option.xAxis)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    const [baseline, actual, linear, growth] = all(option.series);
    expect(baseline?.data).toEqual([100, null, null, null, null, null]);
    expect(actual?.data).toEqual([null, null, 121, null, null, null]);
    expect(linear?.type).toBe('line');
    // Straight line: 100 + 20 a year.
    expect(linear?.data?.map((v) => Math.round(typeof v === 'number' ? v : NaN))).toEqual([
      100, 120, 140, 160, 180, 200,
    ]);
    expect(growth?.data?.[1]).toBeCloseTo(100 * 2 ** 0.2, 10);
  });

  it('draws the target as a reference line labelled with its comparator', () => {
    const markLine = all(option.series)[1]?.markLine;
    expect(markLine?.data).toEqual([{ yAxis: 200 }]);
    expect(markLine?.label?.formatter).toContain('≥ 200 件');
    expect(axisMax(option.yAxis, 150)).toBe(200);
  });

  it('prints the threshold at its own precision, not the baseline’s (1.3283 → 超过 30)', () => {
    const credit = build([
      rec('baseline', '2020', 1.3283, { unit: '万户' }),
      rec('target', '2025', 30, { comparator: '超过', unit: '万户' }),
    ]);
    expect(all(credit.series)[1]?.markLine?.label?.formatter).toBe('目标 2025：> 30 万户');
  });

  it('escapes the indicator name in the tooltip', () => {
    const html = tooltipHtml(option, [{ dataIndex: 2 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(html).toContain('121 件');
  });

  it('speaks English and leaves out the growth path from a zero baseline', () => {
    const zero = [
      rec('baseline', '2020', 0, { unit: '厘米' }),
      rec('target', '2025', 50, { comparator: '低于', unit: '厘米' }),
      rec('actual', '2021', 10, { unit: '厘米' }),
    ];
    const english = build(zero, { ...DEFAULT_SETTINGS, lang: 'en', type: WALL_TYPE });
    expect(all(english.series).map((s) => s.name)).toEqual(['Baseline', 'Actual', 'Straight-line path']);
    expect(one(english.yAxis).name).toBe('cm');
    expect(one(english.title).subtext).toContain('straight-line');
  });

  it('shows a range target as two reference lines, and no-data without a pace', () => {
    const range = build([rec('target', '2025', 20, { comparator: '区间', upper: 25 })]);
    expect(all(range.series)[1]?.markLine?.data).toEqual([{ yAxis: 20 }, { yAxis: 25 }]);
    expect(one(range.title).subtext).toBe(
      `${progressStatusLabel('no-data', 'zh').symbol} ${progressStatusLabel('no-data', 'zh').text}`,
    );
  });
});
