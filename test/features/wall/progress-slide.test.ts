import { describe, expect, it } from 'vitest';
import { loadCsvText } from '../../../src/data/pipeline';
import { datasetSpec } from '../../../src/data/registry';
import type { DatasetId, NormalizedRecord } from '../../../src/data/schema';
import { progressSlide, PROGRESS_DATASETS } from '../../../src/features/wall/progress-slide';
import { wallSettings, type WallData, type WallDataset } from '../../../src/features/wall/slide-model';
import { dataText } from '../../data/helpers';

function embedded(id: DatasetId): WallDataset {
  const spec = datasetSpec(id);
  return { records: loadCsvText(dataText(spec.file), 'utf-8').records, spec, version: { kind: 'embedded' } };
}

const data: WallData = new Map(PROGRESS_DATASETS.map((id) => [id, embedded(id)]));
const context = { settings: wallSettings('dark', 'zh'), metricKey: 'demo_area' };

/** 合规率 超过 98% made 约束性, and reported at 98 % (not over it): a binding target missed. */
function withBindingMiss(): WallData {
  const credit = embedded('credit-indicators');
  const records = credit.records.map((r) =>
    r.indicator === 'credit-indicators.dual_publicity_compliance' ? { ...r, attribute: '约束性' } : r,
  );
  const actual: NormalizedRecord = {
    indicator: 'credit-indicators.dual_publicity_compliance',
    indicatorName: '合规率',
    kind: 'actual',
    period: '2025',
    value: 98,
    unit: '%',
    region: null,
    regionLevel: 'province',
    line: 2,
  };
  const actuals = embedded('progress-actuals');
  return new Map([
    ...data,
    ['credit-indicators', { ...credit, records }],
    ['progress-actuals', { ...actuals, records: [actual] }],
  ]);
}

describe('the wall’s 完成情况 slide', () => {
  it('is laid out stacked, cites each document by title and 文号 only', () => {
    const model = progressSlide(data, context, 2026);
    expect(model?.layout).toBe('stacked');
    expect(model?.source).toContain(
      '《黑龙江省黑土地保护工程实施方案（2021—2025年）》（黑政办规〔2021〕40号）；',
    );
    // No dates or sections: five plans' sections took five lines of the stage.
    expect(model?.source).not.toMatch(/\d{4}-\d{2}-\d{2}|附件1/);
  });

  it('says no binding target was missed, with how many there are', () => {
    const binding = progressSlide(data, context, 2026)?.groups[1];
    expect(binding?.numbers.map((n) => `${n.comparator ?? ''}${n.value} ${n.unit}`)).toEqual(['✘0 项']);
    expect(binding?.lines).toEqual(['约束性目标共 1 项，没有未实现的']);
  });

  it('names a binding target not met, with its actual and target', () => {
    const binding = progressSlide(withBindingMiss(), context, 2026)?.groups[1];
    expect(binding?.numbers[0]?.value).toBe('1');
    expect(binding?.lines).toEqual(['✘ 持续提升“双公示”水平 · 合规率：98%（目标 超过98%）']);
  });
});
