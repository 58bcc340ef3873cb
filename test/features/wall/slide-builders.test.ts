import { describe, expect, it } from 'vitest';
import { rankingChartHeight } from '../../../src/charts/counties/build-ranking-option';
import { loadCsvText } from '../../../src/data/pipeline';
import { datasetSpec } from '../../../src/data/registry';
import type { DatasetId } from '../../../src/data/schema';
import { MAP_LIST_ROWS, rankingRows } from '../../../src/features/wall/county-slides';
import { buildSlide, slideDatasets, type SlideContext } from '../../../src/features/wall/slide-builders';
import {
  CHART_AREA,
  freshnessText,
  wallSettings,
  type SlideModel,
  type WallData,
  type WallDataset,
} from '../../../src/features/wall/slide-model';
import { WALL_SLIDES, type WallSlideId } from '../../../src/view-state/wall-state';
import { dataText } from '../../data/helpers';

function embedded(id: DatasetId): WallDataset {
  const spec = datasetSpec(id);
  return { records: loadCsvText(dataText(spec.file), 'utf-8').records, spec, version: { kind: 'embedded' } };
}

const ALL_IDS = [...new Set(WALL_SLIDES.flatMap((s) => slideDatasets(s, 'demo_area')))];
const data: WallData = new Map(ALL_IDS.map((id) => [id, embedded(id)]));
const context: SlideContext = { settings: wallSettings('dark', 'zh'), metricKey: 'demo_area' };

function slide(id: WallSlideId, input: WallData = data, ctx: SlideContext = context): SlideModel {
  const model = buildSlide(id, input, ctx);
  if (!model) throw new Error(`${id} has no model`);
  return model;
}

function values(model: SlideModel): string[] {
  return model.groups.flatMap((g) =>
    g.numbers.map((n) => `${n.comparator ?? ''}${n.value} ${n.unit}`.trim()),
  );
}

describe('wall slides', () => {
  it('builds every slide with a title, numbers, a source and the data date', () => {
    for (const id of WALL_SLIDES) {
      const model = slide(id);
      expect(model.title).not.toBe('');
      expect(model.groups.flatMap((g) => g.numbers).length).toBeGreaterThanOrEqual(2);
      expect(model.source).toMatch(/^来源：《/);
      // 完成情况 says what its data is (plan period, actuals up to a year), not an issue date.
      expect(model.freshness).toMatch(
        id === 'progress' ? /^规划目标（2021—2025）· 尚无实际值/ : /^数据截至 \d{4}-\d{2}-\d{2}/,
      );
    }
  });

  it('is null while a slide’s own data has not arrived, whatever else has', () => {
    const onlyIp: WallData = new Map([['ip-indicators', embedded('ip-indicators')]]);
    expect(buildSlide('ip', onlyIp, context)).not.toBeNull();
    for (const id of WALL_SLIDES.filter((s) => s !== 'ip'))
      expect(buildSlide(id, onlyIp, context)).toBeNull();
  });

  it('shows the plan’s headline targets as large numbers', () => {
    expect(values(slide('black-soil')).slice(0, 2)).toEqual(['≥5,600 万亩', '≥2,800 万亩']);
    expect(values(slide('ip'))).toContain('1,000 家');
    expect(values(slide('credit'))).toContain('>30 万户');
    expect(values(slide('grain'))).toContain('≥1,500 亿斤');
    expect(slide('overview').groups.map((g) => g.title)).toEqual([
      '黑土地保护',
      '社会信用体系',
      '知识产权',
      '粮食和畜牧',
    ]);
  });

  it('lays the figure-only slides out as tiles, each grain goal with the plan’s own sentence', () => {
    expect(slide('overview').layout).toBe('tiles');
    const grain = slide('grain');
    expect(grain.layout).toBe('tiles');
    expect(grain.groups[0]?.numbers.find((n) => n.label === '粮食产量')?.detail).toBe(
      '2022年目标 · 原文“产量保持在1500亿斤以上”',
    );
  });

  it('ranks the top counties of the chosen metric, as many as fit the chart area', () => {
    const model = slide('counties');
    const rows = rankingRows(context.settings);
    expect(rankingChartHeight(rows, context.settings)).toBeLessThanOrEqual(CHART_AREA.height);
    expect(rankingChartHeight(rows + 1, context.settings)).toBeGreaterThan(CHART_AREA.height);
    expect(model.groups[0]?.numbers.map((n) => n.label)).toEqual(['嫩江市', '讷河市', '富锦市']);
    expect(model.note).toContain(`前 ${rows} 名`);
  });

  it("lists the map slide's leading counties beside the map, in rank order with their figures", () => {
    const model = slide('map');
    expect(model.layout).toBe('map');
    expect(model.list?.title).toBe(`前 ${MAP_LIST_ROWS} 名（万亩）`);
    expect(model.list?.rows.slice(0, 3)).toEqual([
      { rank: 1, name: '嫩江市', value: '232.5' },
      { rank: 2, name: '讷河市', value: '227.3' },
      { rank: 3, name: '富锦市', value: '196.6' },
    ]);
    expect(model.list?.rows).toHaveLength(MAP_LIST_ROWS);
  });

  it('builds charts with the wall settings: wall type sizes, no tooltips', () => {
    for (const id of ['black-soil', 'counties', 'ip', 'credit'] as const) {
      const chart = slide(id).chart;
      expect(chart?.kind).toBe('option');
      if (chart?.kind !== 'option') continue;
      expect(chart.option.tooltip).toEqual({ show: false });
      expect(JSON.stringify(chart.option)).not.toMatch(/"fontSize":(1\d|2[0-3])\b/);
    }
    expect(slide('map').chart?.kind).toBe('map');
    expect(slide('overview').chart).toBeNull();
  });

  it('says when a table was imported, and in English when asked', () => {
    const imported: WallData = new Map(data);
    const ip = embedded('ip-indicators');
    (imported as Map<DatasetId, WallDataset>).set('ip-indicators', {
      ...ip,
      version: { kind: 'imported', fileName: 'ip.csv', importedAt: '2026-11-22T09:29:00' },
    });
    expect(slide('ip', imported).freshness).toBe('导入于 2026-11-22 09:29（ip.csv）');
    expect(freshnessText([embedded('credit-indicators')], 'en')).toBe('Data as of 2021-12-31');
    expect(slide('ip', data, { ...context, settings: wallSettings('light', 'en') }).title).toMatch(
      /Intellectual property/,
    );
  });

  it('uses the county metric of the link', () => {
    const withHsf: WallData = new Map([...data, ['black-soil-hsf-2021', embedded('black-soil-hsf-2021')]]);
    // The 完成情况 slide reads every table; without 附件2 the map has nothing to draw.
    const withoutHsf: WallData = new Map([...data].filter(([id]) => id !== 'black-soil-hsf-2021'));
    expect(buildSlide('map', withoutHsf, { ...context, metricKey: 'hsf_2021' })).toBeNull();
    const model = slide('map', withHsf, { ...context, metricKey: 'hsf_2021' });
    expect(model.title).toContain('2021年高标准农田建设面积');
    expect(slideDatasets('map', 'hsf_2021')).toEqual(['black-soil-hsf-2021']);
  });
});
