import { layoutCreditChart, textWidthEm } from '../../../src/charts/credit/credit-model';
import { DEFAULT_SETTINGS, WALL_TYPE } from '../../../src/charts/theme';
import { cellsOf, lines } from '../../data/helpers';
import { item, model, records, targets, text } from './credit-data';

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
