import { toGrowthItems } from '../../../src/charts/growth/growth-model';
import {
  HEADLINES,
  toOverviewCards,
  type HeadlineFigure,
  type OverviewInput,
} from '../../../src/charts/overview/overview-model';
import { loadCsvText } from '../../../src/data/pipeline';
import { datasetSpec } from '../../../src/data/registry';
import type { DatasetId, NormalizedRecord } from '../../../src/data/schema';
import { dataText } from '../../data/helpers';

function load(id: DatasetId): readonly NormalizedRecord[] {
  return loadCsvText(dataText(datasetSpec(id).file), 'utf-8').records;
}

const all: OverviewInput = Object.fromEntries(HEADLINES.map((h) => [h.dataset, load(h.dataset)]));

function figure(indicator: string): HeadlineFigure {
  const item = toOverviewCards(all, 'zh')
    .flatMap((c) => c.items)
    .find((i) => i.indicator === indicator);
  if (item?.kind !== 'figure') throw new Error(`${indicator} is not a figure`);
  return item;
}

describe('toOverviewCards', () => {
  it('makes a card per domain even when nothing has loaded', () => {
    const cards = toOverviewCards({}, 'zh');
    expect(cards.map((c) => c.domain)).toEqual(['black-soil', 'credit', 'ip', 'grain-livestock']);
    expect(cards.every((c) => !c.loaded && c.items.length === 0 && c.counts === null)).toBe(true);
  });

  it('fills the loaded cards only, in the headline table’s order', () => {
    const cards = toOverviewCards({ 'ip-indicators': all['ip-indicators'] }, 'zh');
    expect(cards.map((c) => c.loaded)).toEqual([false, false, true, false]);
    const ip = HEADLINES.find((h) => h.domain === 'ip');
    expect(cards[2]?.items.map((i) => i.indicator)).toEqual(ip?.codes?.map((c) => `ip-indicators.${c}`));
  });

  it('picks by indicator id, not row order: a shuffled file gives the same card', () => {
    const shuffled = [...(all['black-soil-targets'] ?? [])].reverse();
    const [card] = toOverviewCards({ 'black-soil-targets': shuffled }, 'zh');
    const [original] = toOverviewCards(all, 'zh');
    expect(card?.items).toEqual(original?.items);
  });

  it('takes baseline, target, attribute and the required change from the records', () => {
    const records = all['credit-indicators'] ?? [];
    const base =
      records.find((r) => r.indicator === 'credit-indicators.xinyidai_entities' && r.kind === 'baseline')
        ?.value ?? NaN;
    const target =
      records.find((r) => r.indicator === 'credit-indicators.xinyidai_entities' && r.kind === 'target')
        ?.value ?? NaN;
    const item = figure('credit-indicators.xinyidai_entities');
    expect(item).toMatchObject({
      unit: '万户',
      comparator: '超过',
      attribute: '预期性',
      baseline: { year: 2020, value: base },
      target: { year: 2025, value: target },
    });
    expect(item.growth?.change).toBeCloseTo(target - base, 10);
    // Constant yearly growth over five years: (30 / 1.3283)^(1/5) − 1.
    expect(item.growth?.annualRate).toBeCloseTo((target / base) ** (1 / 5) - 1, 10);
  });

  it('keeps targets without a baseline as figures with no change, and stretch values', () => {
    expect(figure('grain-livestock-2022.hog_output')).toMatchObject({
      baseline: null,
      growth: null,
      period: '2022',
    });
    expect(figure('black-soil-targets.soil_organic_matter_gain').stretch).toBe(1.5);
    expect(figure('black-soil-targets.tillage_cumulative')).toMatchObject({ unit: '亿亩次', decimals: 1 });
  });

  it('carries qualitative targets as words with their attribute, never as a number', () => {
    const credit = toOverviewCards(all, 'zh')[1];
    const text = credit?.items.find((i) => i.indicator === 'credit-indicators.reward_punishment');
    const record = all['credit-indicators']?.find(
      (r) => r.indicator === 'credit-indicators.reward_punishment',
    );
    expect(text).toEqual({
      kind: 'text',
      indicator: record?.indicator,
      name: record?.indicatorName,
      text: record?.text,
      attribute: '约束性',
    });
    const targets = (all['credit-indicators'] ?? []).filter((r) => r.kind === 'target');
    expect(credit?.counts).toEqual({
      quantitative: targets.filter((t) => t.value !== null).length,
      qualitative: targets.filter((t) => t.value === null).length,
    });
  });

  it('chose the IP indicators with the largest required growth', () => {
    const top = toGrowthItems(all['ip-indicators'] ?? [])
      .slice(0, 3)
      .map((g) => g.indicator);
    expect(HEADLINES.find((h) => h.domain === 'ip')?.codes?.map((c) => `ip-indicators.${c}`)).toEqual(top);
  });

  it('lists headline indicators a loaded file lacks, and speaks English', () => {
    const partial = (all['grain-livestock-2022'] ?? []).filter((r) => !r.indicator.endsWith('grain_output'));
    const [, , , grain] = toOverviewCards({ 'grain-livestock-2022': partial }, 'en');
    expect(grain?.missing).toEqual(['grain-livestock-2022.grain_output']);
    expect(grain?.title).toBe('Grain and livestock');
    expect(grain?.items[0]?.name).toBe('Grain sown area');
  });
});
