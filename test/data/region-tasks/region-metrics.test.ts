import { describe, expect, it } from 'vitest';
import { findMetric, tableMetrics } from '../../../src/data/county-metrics';
import { loadCsvText } from '../../../src/data/pipeline';
import { metricCode } from '../../../src/data/region-tasks/region-spec';
import { REGION_HEADER, regionTasksCsv } from '../../support/region-tasks';

describe('the county metrics of a region task table', () => {
  const result = loadCsvText(regionTasksCsv(), 'utf-8');
  const id = result.dataset?.id ?? '';
  const metrics = tableMetrics(id, result.records);

  it('are its columns with county figures, in printed order, named and with units as printed', () => {
    expect(metrics).toEqual(
      REGION_HEADER.slice(2).map((name) => ({
        key: metricCode(name), indicator: `${id}.${metricCode(name)}`, dataset: id, label_zh: name, label_en: name, unit: '万亩',
      })),
    );
  });

  it('are found by code, by indicator id, or by the printed name with any spacing or width', () => {
    const part = metrics[1];
    expect(findMetric(metrics, metricCode(REGION_HEADER[3]))).toBe(part);
    expect(findMetric(metrics, part?.indicator ?? '')).toBe(part);
    expect(findMetric(metrics, '其中: 高效节水灌溉')).toBe(part);
    expect(findMetric(metrics, 'demo_area')).toBeUndefined();
  });

  it('leave out a column with no county figure (a 合计-only column is no county metric)', () => {
    const totalsOnly = loadCsvText('行政区域,分配任务（万亩）,省级统筹（万亩）\n合计,10,3\n宾县,10,\n', 'utf-8');
    expect(tableMetrics(totalsOnly.dataset?.id ?? '', totalsOnly.records).map((m) => m.label_zh)).toEqual(['分配任务']);
  });
});
