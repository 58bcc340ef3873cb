/** `[2.5]` reads as a five-year sum wherever the plan is shown: plan table and wall figures. */
import { toOverviewCards } from '../../../src/charts/overview/overview-model';
import { toPlanModel } from '../../../src/charts/plan/plan-model';
import { loadCsvBytes, type LoadOptions } from '../../../src/data/pipeline';
import type { DatasetSpec } from '../../../src/data/schema';
import { planTable } from '../../../src/features/plan/plan-table-spec';
import { figuresOf } from '../../../src/features/wall/slide-parts';
import { loadEmbedded } from '../../data/helpers';
import { gbk, PLAN_2026 } from '../../data/plan/plan-fixtures';

const context: LoadOptions = { plan: { current: (spec: DatasetSpec) => loadEmbedded(spec.id).rows } };
const records = loadCsvBytes(gbk(PLAN_2026), context).records;
const spec = {
  domain: 'ecology',
  dataset: 'plan-eco',
  title: ['生态', 'Ecology'] as const,
  codes: null,
  group: '2026—2030',
};

describe('cumulative target text', () => {
  it.each([
    ['zh', '五年累计 2.5 万吨'],
    ['en', '5-year cumulative 2.5'],
  ] as const)('plan table (%s)', (lang, expected) => {
    const table = planTable(toPlanModel(records).rows, 'x', lang);
    const row = table.rows.find((r) => r.cumulative);
    const target = table.columns.find((c) => c.id === 'target');
    expect(row && target?.display?.(row)).toContain(expected);
  });

  it('wall figure: 五年累计 before the value', () => {
    const [card] = toOverviewCards({ 'plan-eco': records }, 'zh', [spec]);
    const cod = figuresOf(card, 'zh', 4).find((n) => n.label.includes('化学需氧量'));
    expect(cod).toMatchObject({ qualifier: '五年累计', value: '2.5', unit: '万吨' });
  });
});
