import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { buildCreditOption, creditTargetLabel } from '../../../src/charts/credit/build-credit-option';
import { DEFAULT_SETTINGS } from '../../../src/charts/theme';
import type { NormalizedRecord } from '../../../src/data/schema';
import { toCreditModel } from '../../../src/charts/credit/credit-model';
import { item, model, records, targets } from './credit-data';
import { all, categories, isItemObject, one, tooltipHtml } from '../option-access';

function valueAt(series: BarSeriesOption | LineSeriesOption | undefined, i: number): unknown {
  const d = series?.data?.[i] ?? null;
  if (Array.isArray(d)) return d[0] ?? null;
  if (typeof d === 'string') return null;
  return isItemObject(d) ? d.value : d;
}

describe('buildCreditOption', () => {
  const option = buildCreditOption(model, DEFAULT_SETTINGS);

  it('has one grid and axis pair per unit, the percent axis capped at 100', () => {
    expect(all(option.grid)).toHaveLength(model.groups.length);
    expect(all(option.xAxis)[0]?.max).toBe(100);
    expect(all(option.yAxis).map((y) => y.name)).toEqual(model.groups.map((g) => `单位：${g.unit}`));
  });

  it('draws each target once, as a floor or a ceiling, and baselines where known', () => {
    model.groups.forEach((group, g) => {
      const own = all(option.series).filter((s) => s.xAxisIndex === g);
      group.items.forEach((it, i) => {
        expect(own.slice(0, 2).filter((s) => valueAt(s, i) === it.target)).toHaveLength(1);
        expect(own[2]?.data?.[i]).toBe(it.baseline?.value ?? null);
      });
    });
  });

  it('draws = 0% and < 0.02% as diamonds at their value, where a bar would be empty; no other target', () => {
    const markers = all(option.series).filter((s): s is LineSeriesOption => s.type === 'line');
    const marked = markers.flatMap((s) =>
      (s.data ?? []).flatMap((v, i) =>
        Array.isArray(v) ? [model.groups[s.xAxisIndex ?? -1]?.items[i]?.label ?? '?'] : [],
      ),
    );
    for (const s of markers) expect(s.symbol).toBe('diamond');
    const expected = model.groups.flatMap((g) =>
      g.items.filter((i) => i.target / (g.axisMax ?? i.target) < 0.02 || i.target === 0).map((i) => i.label),
    );
    expect(expected).toContain(item('gov_dishonest_share').label);
    expect(expected).toContain(item('dual_publicity_concealment').label);
    expect(marked.sort()).toEqual(expected.sort());
    // Each marker shares its kind's name, so it adds no legend entry of its own.
    for (const s of markers) expect(one(option.legend).data).toContain(s.name);
  });

  it('lists in the legend only what is drawn: no baseline entry for the percentage targets alone', () => {
    expect(one(option.legend).data).toContain('2020年基期值');
    const percent = model.groups.find((g) => g.unit === '%');
    expect(percent?.items.some((i) => i.baseline)).toBe(false);
    const only = buildCreditOption(
      { ...model, groups: percent ? [percent] : [], numeric: percent?.items ?? [] },
      DEFAULT_SETTINGS,
    );
    expect(one(only.legend).data).not.toContain('2020年基期值');
    expect(one(only.legend).data?.length).toBeGreaterThan(0);
  });

  it('labels targets with comparator symbol, unit and baseline', () => {
    expect(creditTargetLabel(item('gov_dishonest_share'), 'zh')).toBe('< 0.02%');
    expect(creditTargetLabel(item('dual_publicity_concealment'), 'zh')).toBe('= 0%');
    expect(creditTargetLabel(item('xinyidai_entities'), 'zh')).toBe(
      `> 30 万户（2020：${item('xinyidai_entities').baseline?.value}）`,
    );
    expect(creditTargetLabel(item('xinyidai_credit'), 'en')).toBe('> 300 100M yuan (2020: 9.74)');
  });

  it('escapes data-driven text in the tooltip', () => {
    const hostile: NormalizedRecord = {
      ...targets[1]!,
      indicator: 'x.evil',
      indicatorName: '<script>x</script>',
      text: '<b>y</b>',
    };
    const evil = buildCreditOption(toCreditModel([hostile], 'zh'), DEFAULT_SETTINGS);
    const html = tooltipHtml(evil, { seriesIndex: 0, dataIndex: 0 });
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('speaks English in legend and labels', () => {
    const english = buildCreditOption(toCreditModel(records, 'en'), {
      ...DEFAULT_SETTINGS,
      lang: 'en',
    });
    expect(all(english.series)[0]?.name).toMatch(/^2025 target/);
    expect(categories(english.yAxis)[0]).toBe('Government integrity pledges made public');
  });
});
