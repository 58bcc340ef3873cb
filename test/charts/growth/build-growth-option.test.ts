import { buildGrowthOption } from '../../../src/charts/growth/build-growth-option';
import type { GrowthItem } from '../../../src/charts/growth/growth-model';
import { DEFAULT_SETTINGS } from '../../../src/charts/theme';
import { askedChange } from '../../../src/data/asked-change';
import { categories, labelText, one, tooltipHtml } from '../option-access';

const hostile = '<img src=x onerror=alert(1)>';

function item(name: string, baseline: number, target: number, comparator?: string): GrowthItem {
  return {
    indicator: `x.${name}`,
    name,
    unit: '件',
    baselineYear: 2020,
    baseline,
    targetYear: 2025,
    target,
    change: target - baseline,
    changeRatio: (target - baseline) / baseline,
    annualRate: (target / baseline) ** 0.2 - 1,
    asked: askedChange({ baseline, target, comparator, years: 5 }),
  };
}

describe('buildGrowthOption', () => {
  const items = [item('专利', 2.57, 4.53), item(hostile, 100, 150)];
  const option = buildGrowthOption(items, DEFAULT_SETTINGS);

  it('draws one bar per indicator, as % change rounded to one decimal', () => {
    expect(categories(option.yAxis)).toEqual(['专利', hostile]);
    expect(one(option.series).data).toEqual([76.3, 50]);
  });

  it('labels each bar with both figures in the indicator’s own unit', () => {
    const label = labelText(one(option.series).label, { dataIndex: 0 });
    expect(label).toBe('2.57 → 4.53 件  +76.3%');
  });

  it('escapes data-driven names in the HTML tooltip', () => {
    const html = tooltipHtml(option, { dataIndex: 1 });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('年均需增长');
  });

  it('speaks English when asked: translated unit, English tooltip, Chinese name kept when untranslated', () => {
    const en = buildGrowthOption(items, { ...DEFAULT_SETTINGS, lang: 'en' });
    expect(labelText(one(en.series).label, { dataIndex: 0 })).toBe('2.57 → 4.53  +76.3%');
    expect(tooltipHtml(en, { dataIndex: 0 })).toContain('Required annual growth');
    expect(categories(en.yAxis)[0]).toBe('专利');
  });

  it('a ceiling the baseline already meets (PM2.5 < 25 from 24.1) asks for no growth: no bar, says so', () => {
    const met = buildGrowthOption([item('PM2.5', 24.1, 25, '<')], DEFAULT_SETTINGS);
    expect(one(met.series).data).toEqual([0]);
    const label = labelText(one(met.series).label, { dataIndex: 0 });
    expect(label).toContain('基期已低于目标上限');
    expect(label).not.toContain('3.7%');
    expect(tooltipHtml(met, { dataIndex: 0 })).not.toContain('需增加');
  });

  it('a ceiling above the baseline asks for the fall', () => {
    const fall = buildGrowthOption([item('PM2.5', 30, 25, '以内')], DEFAULT_SETTINGS);
    expect(one(fall.series).data).toEqual([-16.7]);
  });
});
