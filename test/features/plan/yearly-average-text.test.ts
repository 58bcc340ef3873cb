/**
 * A yearly average (年均增长 5左右, read from a 纲要 table's 年均增长 column) reads as 年均 wherever
 * the plan is shown — plan table, overview card, wall figure — never as a five-year total, and no
 * change from the baseline is computed for it (a growth rate is not a level).
 */
import { toOverviewCards } from '../../../src/charts/overview/overview-model';
import { toPlanModel } from '../../../src/charts/plan/plan-model';
import { loadCsvText, type LoadOptions } from '../../../src/data/pipeline';
import type { DatasetSpec } from '../../../src/data/schema';
import { planTable } from '../../../src/features/plan/plan-table-spec';
import { figuresOf } from '../../../src/features/wall/slide-parts';
import { loadEmbedded } from '../../data/helpers';

const context: LoadOptions = { plan: { current: (spec: DatasetSpec) => loadEmbedded(spec.id).rows } };
const TABLE = [
  '黑龙江省“十五五”经济发展主要指标',
  '指标,单位,2025年,2030年,年均增长〔累计〕,属性',
  '地区生产总值增长,%,5.2,—,5左右,预期性',
  '单位地区生产总值能耗降低,%,—,—,〔13.5〕,约束性',
  '',
].join('\n');
const records = loadCsvText(TABLE, 'utf-8', context).records;
const spec = {
  domain: 'economy',
  dataset: 'plan-eco',
  title: ['经济', 'Economy'] as const,
  codes: null,
  group: '2026—2030',
};

describe('yearly-average target text', () => {
  it.each([
    ['zh', '年均 ≈ 5%'],
    ['en', 'yearly average ≈ 5%'],
  ] as const)('plan table (%s)', (lang, expected) => {
    const model = toPlanModel(records);
    const row = model.rows.find((r) => r.yearlyAverage);
    expect(row?.cumulative).toBe(false);
    expect(row?.growth).toBeNull();
    const table = planTable(model.rows, 'x', lang);
    const target = table.columns.find((c) => c.id === 'target');
    const shown = table.rows.find((r) => r.yearlyAverage);
    expect(shown && target?.display?.(shown)).toContain(expected);
    expect(model.counts).toEqual({ quantitative: 1, cumulative: 1, qualitative: 0 });
  });

  it('overview card and wall figure: 年均 before the value, no change asked from the 2025 rate', () => {
    const [card] = toOverviewCards({ 'plan-eco': records }, 'zh', [spec]);
    const gdp = card?.items.find((i) => i.name.includes('地区生产总值'));
    expect(gdp).toMatchObject({ kind: 'figure', yearlyAverage: true, growth: null });
    const figure = figuresOf(card, 'zh', 4).find((n) => n.label.includes('地区生产总值'));
    expect(figure).toMatchObject({ qualifier: '年均', value: '5' });
    const energy = figuresOf(card, 'zh', 4).find((n) => n.label.includes('能耗'));
    expect(energy).toMatchObject({ qualifier: '五年累计', value: '13.5' });
  });
});
