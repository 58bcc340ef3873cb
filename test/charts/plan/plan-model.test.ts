/** The new 2026–2030 plan as read from the file staff bring: what its plan view and card ask for. */
import { toOverviewCards } from '../../../src/charts/overview/overview-model';
import { cumulativeYears, toPlanModel } from '../../../src/charts/plan/plan-model';
import { loadCsvBytes, type LoadOptions } from '../../../src/data/pipeline';
import type { DatasetSpec } from '../../../src/data/schema';
import { loadEmbedded } from '../../data/helpers';
import { gbk, PLAN_2026 } from '../../data/plan/plan-fixtures';

const context: LoadOptions = { plan: { current: (spec: DatasetSpec) => loadEmbedded(spec.id).rows } };
const records = loadCsvBytes(gbk(PLAN_2026), context).records;
const named = (name: string) => toPlanModel(records).rows.find((r) => r.name.startsWith(name));

describe('toPlanModel on PLAN_2026', () => {
  it('PM2.5 < 25 from 24.1 is already within the ceiling: no growth asked', () => {
    expect(named('地级及以上城市细颗粒物')?.growth?.asked).toEqual({ kind: 'met', bound: 'ceiling' });
  });

  it('≥ 80 from 78.5 asks for the growth to the floor; 48左右 from 47.3 for the move to it', () => {
    const water = named('地表水')?.growth?.asked;
    expect(water?.kind === 'change' && water.change).toBeCloseTo(1.5, 10);
    const forest = named('森林覆盖率')?.growth?.asked;
    expect(forest?.kind === 'change' && forest.change).toBeCloseTo(0.7, 10);
  });

  it('the overview card carries the same: no "needs +0.9" for PM2.5', () => {
    const id = 'plan-eco';
    const [card] = toOverviewCards({ [id]: records }, 'zh', [
      { domain: 'ecology', dataset: id, title: ['生态', 'Ecology'], codes: null, group: '2026—2030' },
    ]);
    const pm = card?.items.find((i) => i.name.includes('PM2.5'));
    expect(pm?.kind === 'figure' && pm.growth?.asked).toEqual({ kind: 'met', bound: 'ceiling' });
  });
});

describe('cumulative targets', () => {
  it('a period span is a sum over its years; a year is a level', () => {
    expect(cumulativeYears('2026-2030')).toBe(5);
    expect(cumulativeYears('2030')).toBeNull();
    // 保护性耕作每年实施面积 5,600 万亩 (2021—2025) is met each year, not summed.
    expect(cumulativeYears('2021-2025', '每年')).toBeNull();
    expect(cumulativeYears('2021-2025', '累计达到')).toBe(5);
  });
});
