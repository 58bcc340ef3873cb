import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { toBlackSoilProvinceModel } from '../../../src/charts/black-soil/black-soil-province-model';
import { buildHsfPathOption } from '../../../src/charts/black-soil/build-hsf-path-option';
import { buildOrganicMatterOption } from '../../../src/charts/black-soil/build-organic-matter-option';
import {
  buildPloughDepthOption,
  depthAxisMax,
} from '../../../src/charts/black-soil/build-plough-depth-option';
import { DEFAULT_SETTINGS, type ChartSettings } from '../../../src/charts/theme';
import { loadCsvText } from '../../../src/data/pipeline';
import type { NormalizedRecord } from '../../../src/data/schema';
import { dataText } from '../../data/helpers';
import { all, categories, isItemObject, labelText, one, tooltipHtml } from '../option-access';

const records = loadCsvText(dataText('black-soil-targets.csv'), 'utf-8').records;
const model = toBlackSoilProvinceModel(records, 'zh');
const EN: ChartSettings = { ...DEFAULT_SETTINGS, lang: 'en' };

function value(code: string, zone?: string): NormalizedRecord {
  const found = records.find((r) => r.indicator === `black-soil-targets.${code}` && r.zone === zone);
  if (!found) throw new Error(`no ${code}`);
  return found;
}

describe('toBlackSoilProvinceModel on the embedded targets', () => {
  it('lists every target with its period, comparator, stretch, upper bound and wording', () => {
    const targets = records.filter((r) => r.kind === 'target');
    expect(
      model.targets.map((t) => [t.indicator, t.period, t.value, t.comparator, t.stretch, t.upper, t.text]),
    ).toEqual(targets.map((r) => [r.indicator, r.period, r.value, r.comparator, r.stretch, r.upper, r.text]));
    // English names of the four depth rows say which zone they are about.
    const english = toBlackSoilProvinceModel(records, 'en').targets.filter((t) => t.zone);
    expect(new Set(english.map((t) => t.name)).size).toBe(english.length);
  });

  it('joins 2021 and 2025 by a straight line, the years between marked as derived', () => {
    const [hsf, standard] = model.hsfPaths;
    const first = value('hsf_new').value ?? NaN;
    const end = value('hsf_cumulative').value ?? NaN;
    // Four yearly steps from 2021 to 2025: (2800 − 582) / 4 = 554.5.
    const step = (end - first) / 4;
    expect(hsf?.impliedAnnual).toBeCloseTo(step, 10);
    expect(hsf?.points.map((p) => [p.year, p.derived])).toEqual([
      [2021, false],
      [2022, true],
      [2023, true],
      [2024, true],
      [2025, false],
    ]);
    expect(hsf?.points.map((p) => p.value)).toEqual([
      first,
      first + step,
      first + 2 * step,
      first + 3 * step,
      end,
    ]);
    expect(standard?.points[0]?.value).toBe(value('hsf_new_standard').value);
    expect(standard?.points.at(-1)?.value).toBe(value('hsf_standard_cumulative').value);
  });

  it('keeps organic matter with its stretch value, and depth zones as bounds', () => {
    expect(model.organicMatter).toMatchObject({
      value: value('soil_organic_matter_gain').value,
      stretch: value('soil_organic_matter_gain').stretch,
    });
    const paddy = model.ploughDepth.zones.find((z) => z.zone === '水田');
    expect(paddy).toMatchObject({
      lower: value('plough_layer_depth', '水田').value,
      upper: value('plough_layer_depth', '水田').upper,
    });
    expect(model.ploughDepth.zones.filter((z) => z.upper === null)).toHaveLength(3);
  });

  it('still builds from an empty or partial file', () => {
    const empty = toBlackSoilProvinceModel([], 'zh');
    expect(empty).toMatchObject({ targets: [], hsfPaths: [], organicMatter: null });
    expect(toBlackSoilProvinceModel([value('hsf_new')], 'zh').hsfPaths).toEqual([]);
  });
});

function labelAt(series: BarSeriesOption | LineSeriesOption | undefined, index: number): string {
  return labelText(series?.label, { dataIndex: index });
}

describe('buildHsfPathOption', () => {
  const option = buildHsfPathOption(model.hsfPaths, DEFAULT_SETTINGS);

  it('puts published and implied years of a path in separate series of one stack', () => {
    const [published, implied] = all(option.series);
    expect(published?.stack).toBe(implied?.stack);
    expect(published?.data?.map((v) => v !== null)).toEqual([true, false, false, false, true]);
    expect(implied?.data?.map((v) => v !== null)).toEqual([false, true, true, true, false]);
    expect(implied?.itemStyle?.borderType).toBe('dashed');
    expect(implied?.name).toContain('推算');
  });

  it('labels published points with their comparator and implied ones as 推算', () => {
    expect(labelAt(all(option.series)[0], 0)).toBe('≥ 582 万亩');
    // 582 + 554.5 = 1,136.5: one decimal more than the plan printed, so nothing is rounded away.
    expect(labelAt(all(option.series)[1], 1)).toBe('推算 1,136.5 万亩');
    const english = buildHsfPathOption(toBlackSoilProvinceModel(records, 'en').hsfPaths, EN);
    expect(labelAt(all(english.series)[1], 1)).toBe('implied 1,136.5 10k mu');
  });

  it('explains the implied years in an escaped tooltip', () => {
    const html = tooltipHtml(option, [{ dataIndex: 1 }]);
    expect(html).toContain('2022');
    expect(html).toContain('554.5');
    const hostile = [{ ...model.hsfPaths[0]!, name: '<img src=x>' }];
    expect(tooltipHtml(buildHsfPathOption(hostile, DEFAULT_SETTINGS), [{ dataIndex: 0 }])).not.toContain(
      '<img',
    );
  });
});

describe('buildOrganicMatterOption', () => {
  it('shows target and stretch as two labelled bars, the stretch hollow', () => {
    const option = buildOrganicMatterOption(model.organicMatter, DEFAULT_SETTINGS);
    expect(categories(option.yAxis)).toEqual(['目标', '力争']);
    const [target, stretch] = one(option.series).data ?? [];
    expect(target).toMatchObject({ value: 1, label: { formatter: '≥ 1 克/千克' } });
    expect(stretch).toMatchObject({
      value: 1.5,
      label: { formatter: '1.5 克/千克' },
      itemStyle: { color: 'transparent' },
    });
    expect(categories(buildOrganicMatterOption(null, EN).yAxis)).toEqual([]);
  });
});

describe('buildPloughDepthOption', () => {
  const option = buildPloughDepthOption(model.ploughDepth, DEFAULT_SETTINGS);

  it('leaves room above the deepest bound: 30 × 1.25 = 37.5 → 40', () => {
    expect(depthAxisMax(model.ploughDepth.zones)).toBe(40);
    expect(one(option.xAxis).max).toBe(40);
  });

  it('draws a closed band for the range and open bands up to the axis end for floors', () => {
    const [base, band] = all(option.series);
    expect(base?.data).toEqual(model.ploughDepth.zones.map((z) => z.lower));
    const widths = (band?.data ?? []).map((d) => (isItemObject(d) ? d.value : d));
    expect(widths).toEqual(
      model.ploughDepth.zones.map((z) => (z.upper === null ? 40 - z.lower : z.upper - z.lower)),
    );
    const paddy = model.ploughDepth.zones.findIndex((z) => z.zone === '水田');
    expect(labelAt(base, paddy)).toBe('20–25 厘米');
    expect(labelAt(base, 0)).toBe('≥ 30 厘米');
  });

  it('names zones in English when asked', () => {
    const english = buildPloughDepthOption(toBlackSoilProvinceModel(records, 'en').ploughDepth, EN);
    expect(categories(english.yAxis)).toContain('Paddy');
    expect(labelAt(all(english.series)[0], 0)).toBe('≥ 30 cm');
  });
});
