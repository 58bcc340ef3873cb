import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/charts/theme';
import { loadCsvText } from '../../../src/data/pipeline';
import type { DatasetId } from '../../../src/data/schema';
import {
  BRIEFING_CHART_MAX_HEIGHT,
  briefingChart,
  briefingZoom,
  type BriefingRecords,
} from '../../../src/features/briefing/briefing-charts';
import { DEFAULT_VIEW_STATE } from '../../../src/view-state/view-state';
import { dataText } from '../../data/helpers';

const FILES: Readonly<Record<DatasetId, string>> = {
  'black-soil-allocation': 'black-soil-allocation.csv',
  'black-soil-hsf-2021': 'black-soil-hsf-2021.csv',
  'black-soil-zones': 'black-soil-zones.csv',
  'black-soil-targets': 'black-soil-targets.csv',
  'credit-indicators': 'credit-indicators.csv',
  'ip-indicators': 'ip-indicators.csv',
  'grain-livestock-2022': 'grain-livestock-2022.csv',
};

const data: BriefingRecords = new Map(
  Object.entries(FILES).map(([id, file]) => {
    const loaded = loadCsvText(dataText(file), 'utf-8');
    expect(loaded.records.length).toBeGreaterThan(0);
    return [id, loaded.records];
  }),
);

/** The county names a ranking option draws, in order. */
function categories(option: unknown): unknown {
  const yAxis = (option as { yAxis?: { data?: unknown } | Array<{ data?: unknown }> }).yAxis;
  return Array.isArray(yAxis) ? yAxis[0]?.data : yAxis?.data;
}

describe('briefingChart', () => {
  it("ranks the key counties of the view state's filters on the black-soil page", () => {
    const all = briefingChart('black-soil', 'black-soil-targets', data, DEFAULT_VIEW_STATE, DEFAULT_SETTINGS);
    const harbin = briefingChart(
      'black-soil',
      'black-soil-targets',
      data,
      { ...DEFAULT_VIEW_STATE, cities: ['哈尔滨市'] },
      DEFAULT_SETTINGS,
    );
    expect(all?.title).toBe('示范区面积：重点县排名');
    expect(JSON.stringify(categories(all?.option))).toContain('嫩江市');
    expect(JSON.stringify(categories(harbin?.option))).not.toContain('嫩江市');
    expect(JSON.stringify(categories(harbin?.option))).toContain('五常市');
    expect(harbin?.height).toBeLessThan(all?.height ?? 0);
    expect(harbin?.datasets).toEqual(['black-soil-allocation', 'black-soil-zones']);
  });

  it("draws credit and IP with their views' charts, and grain as figures only", () => {
    expect(
      briefingChart('credit', 'credit-indicators', data, DEFAULT_VIEW_STATE, DEFAULT_SETTINGS)?.datasets,
    ).toEqual(['credit-indicators']);
    expect(briefingChart('ip', 'ip-indicators', data, DEFAULT_VIEW_STATE, DEFAULT_SETTINGS)?.title).toBe(
      '知识产权：2020年基期 → 2025年目标',
    );
    expect(
      briefingChart('grain-livestock', 'grain-livestock-2022', data, DEFAULT_VIEW_STATE, DEFAULT_SETTINGS),
    ).toBeNull();
    expect(briefingChart('credit', 'not-loaded', data, DEFAULT_VIEW_STATE, DEFAULT_SETTINGS)).toBeNull();
  });
});

describe('briefingZoom', () => {
  it('zooms to 0.6, further for a chart taller than a page allows', () => {
    expect(briefingZoom(360)).toBe(0.6);
    expect(briefingZoom(1100) * 1100).toBeCloseTo(BRIEFING_CHART_MAX_HEIGHT);
    expect(briefingZoom(0)).toBe(0.6);
  });
});
