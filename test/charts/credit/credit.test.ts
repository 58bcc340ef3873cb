import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { buildCreditOption, creditTargetLabel } from '../../../src/charts/credit/build-credit-option';
import { layoutCreditChart, textWidthEm, toCreditModel } from '../../../src/charts/credit/credit-model';
import { DEFAULT_SETTINGS, WALL_TYPE } from '../../../src/charts/theme';
import { loadCsvText } from '../../../src/data/pipeline';
import type { NormalizedRecord } from '../../../src/data/schema';
import { cellsOf, dataText, lines } from '../../data/helpers';
import { all, categories, isItemObject, one, tooltipHtml } from '../option-access';

const text = dataText('credit-indicators.csv');
const records = loadCsvText(text, 'utf-8').records;
const targets = records.filter((r) => r.kind === 'target');
const model = toCreditModel(records, 'zh');

function item(code: string) {
  const found = model.numeric.find((i) => i.indicator === `credit-indicators.${code}`);
  if (!found) throw new Error(`no ${code}`);
  return found;
}

describe('toCreditModel on the embedded table', () => {
  it('splits the 19 rows into numeric targets and a qualitative checklist', () => {
    expect(model.numeric.length + model.qualitative.length).toBe(targets.length);
    expect(model.qualitative.map((q) => q.indicator)).toEqual(
      targets.filter((t) => t.value === null).map((t) => t.indicator),
    );
    // Qualitative items keep the plan's wording and their attribute; none of them becomes a number.
    for (const q of model.qualitative)
      expect(q.text).toBe(targets.find((t) => t.indicator === q.indicator)?.text);
    expect(model.qualitative.find((q) => q.indicator.endsWith('reward_punishment'))?.attribute).toBe(
      '约束性',
    );
  });

  it('counts the numbered indicators (序号) and the binding rows', () => {
    const numbers = new Set(
      lines(text)
        .slice(1)
        .map((l) => cellsOf(l)[1]),
    );
    expect(model.indicatorCount).toBe(numbers.size);
    expect(model.bindingCount).toBe(targets.filter((t) => t.attribute === '约束性').length);
  });

  it('groups by unit, percent first on a 0–100 axis, every item in exactly one group', () => {
    expect(model.groups[0]).toMatchObject({ unit: '%', axisMax: 100 });
    expect(model.groups.slice(1).every((g) => g.axisMax === null && g.unit !== '%')).toBe(true);
    expect(new Set(model.groups.map((g) => g.unit)).size).toBe(model.groups.length);
    for (const group of model.groups) expect(group.items.every((i) => i.unit === group.unit)).toBe(true);
    expect(model.groups.flatMap((g) => g.items).length).toBe(model.numeric.length);
  });

  it('labels rows by sub-item, falling back to the full name where a sub-item repeats', () => {
    expect(new Set(model.numeric.map((i) => i.label)).size).toBe(model.numeric.length);
    expect(item('gov_commitment_rate').label).toBe('承诺率');
    expect(item('info_coverage_legal').label).toBe(
      targets.find((t) => t.indicator.endsWith('info_coverage_legal'))?.indicatorName,
    );
  });

  it('keeps the 2020 baselines, the direction of each comparator and the attribute', () => {
    const baseline = records.find(
      (r) => r.indicator === 'credit-indicators.xinyidai_credit' && r.kind === 'baseline',
    );
    expect(item('xinyidai_credit').baseline).toMatchObject({ year: 2020, value: baseline?.value });
    expect(item('gov_commitment_rate').baseline).toBeNull();
    expect(item('credit_code_error_rate').direction).toBe('decrease');
    expect(item('tiered_supervision_fields')).toMatchObject({ direction: 'increase', attribute: '预期性' });
  });
});

describe('layoutCreditChart', () => {
  it('stacks the grids without overlap and grows with the type scale', () => {
    const desktop = layoutCreditChart(model, DEFAULT_SETTINGS.type);
    desktop.grids.forEach((grid, i) => {
      const next = desktop.grids[i + 1];
      if (next) expect(grid.top + grid.height).toBeLessThan(next.top);
      expect(grid.height).toBe(grid.rowHeight * (model.groups[i]?.items.length ?? 0));
    });
    expect(desktop.height).toBeGreaterThan(
      (desktop.grids.at(-1)?.top ?? 0) + (desktop.grids.at(-1)?.height ?? 0),
    );
    expect(layoutCreditChart(model, WALL_TYPE).height).toBeGreaterThan(desktop.height);
  });

  it('measures CJK at one em and Latin at about half', () => {
    expect(textWidthEm('承诺率')).toBe(3);
    expect(textWidthEm('ab')).toBeCloseTo(1.1, 10);
  });
});

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
