/**
 * 规划纲要 tables print most targets of growth indicators in one 年均增长〔累计〕 column, with the
 * target-year cell left empty or `—`: each such figure is read, with its cell, as a yearly
 * average or (bracketed) a five-year total — never dropped without a word. Two-row headers give
 * their years from the row below.
 */
import { describe, expect, it } from 'vitest';
import { errorsOf, warningsOf } from '../../../src/data/issues';
import { loadCsvBytes, loadCsvText, type LoadOptions } from '../../../src/data/pipeline';
import type { CellValue, DatasetSpec } from '../../../src/data/schema';
import { loadEmbedded } from '../helpers';
import { gbk, utf16 } from './plan-fixtures';

const context: LoadOptions = { plan: { current: (spec: DatasetSpec) => loadEmbedded(spec.id).rows } };

/** As WPS exports the 主要指标 table of a 纲要: title row, 类别 merged down, a footnote row. */
const OUTLINE = [
  '黑龙江省国民经济和社会发展第十五个五年规划主要指标,,,,,,',
  '类别,指标,单位,2025年,2030年,年均增长〔累计〕,属性',
  '经济发展,地区生产总值增长,%,5.2,—,5左右,预期性',
  ',常住人口城镇化率,%,67.1,70,〔2.9〕,预期性',
  '绿色生态,单位地区生产总值二氧化碳排放降低,%,—,—,〔18〕,约束性',
  ',城镇调查失业率,%,,,<5.5,预期性',
  '民生福祉,居民人均可支配收入增长,%,,,与经济增长同步,预期性',
  ',每千人口拥有执业（助理）医师数,人,3.4,,,预期性',
  '注：〔 〕内为五年累计数,,,,,,',
  '',
].join('\r\n');

type Row = [string, string, string | null, number | null, boolean | null];

function targets(result: ReturnType<typeof loadCsvBytes>): Row[] {
  return result.records
    .filter((r) => r.kind === 'target')
    .map((r) => [r.indicatorName, r.period, r.comparator ?? null, r.value, r.yearlyAverage ?? null]);
}

describe('the 年均增长〔累计〕 column of a 纲要 table', () => {
  it.each([
    ['GBK', gbk(OUTLINE)],
    ['UTF-16 tab text', utf16(OUTLINE)],
  ])('%s: yearly averages, five-year totals and levels, each as printed', (_name, bytes) => {
    const result = loadCsvBytes(bytes, context);
    expect(errorsOf(result.issues)).toEqual([]);
    expect(result.plan?.period).toBe('2026—2030');
    expect(targets(result)).toEqual([
      ['地区生产总值增长', '2026-2030', '左右', 5, true],
      ['常住人口城镇化率', '2030', null, 70, null],
      ['单位地区生产总值二氧化碳排放降低', '2026-2030', null, 18, null],
      ['城镇调查失业率', '2026-2030', '<', 5.5, true],
      ['居民人均可支配收入增长', '2030', null, null, null],
    ]);
    // Every figure keeps its cell: the GDP target came from line 3, column 6.
    expect(result.rows[0]?.values.source).toBe('基期值 3:4；目标 3:6');
    expect(result.rows[0]?.values.cumulative).toBe('年均');
    expect(result.rows[2]?.values.cumulative).toBe('累计');
    // The level target keeps its growth cell as text.
    expect(result.rows[1]?.values.growth).toBe('〔2.9〕');
  });

  it('wording that cannot be read, an indicator with no target at all and the footnote are warnings at their cells', () => {
    const result = loadCsvBytes(gbk(OUTLINE), context);
    expect(warningsOf(result.issues).map((w) => [w.line, w.column, w.cell])).toEqual([
      [7, 6, '与经济增长同步'],
      [8, 2, '每千人口拥有执业（助理）医师数'],
      // The footnote is skipped, and says so.
      [9, 1, '注：〔 〕内为五年累计数'],
    ]);
  });

  it.each(['年均增长〔累计〕', '年均增长/累计', '年均增速（%）[累计]', '年均增长（累计）', '年均增长【五年累计】', '年均增长（%）', '年均增长', '累计'])(
    'header %s: the GDP row has its target',
    (label) => {
      const text = OUTLINE.replace('年均增长〔累计〕', label);
      const gdp = targets(loadCsvText(text, 'utf-8', context))[0];
      // In a 累计-only column a plain figure is a five-year total; elsewhere it is a yearly average.
      expect(gdp).toEqual(['地区生产总值增长', '2026-2030', '左右', 5, label === '累计' ? null : true]);
    },
  );

  it('the stored table reads back to the same records', () => {
    const first = loadCsvBytes(gbk(OUTLINE), context);
    const spec = first.dataset;
    if (!spec) throw new Error('no dataset');
    const labels = spec.columns.map((c) => c.header);
    const lines = [labels.join(','), ...first.rows.map((r) => spec.columns.map((c) => csvCell(r.values[c.key])).join(','))];
    const again = loadCsvText(lines.join('\n'), 'utf-8', { datasetId: spec.id, spec });
    expect(errorsOf(again.issues)).toEqual([]);
    const strip = (rs: typeof first.records) => rs.map((r) => ({ ...r, line: 0 }));
    expect(strip(again.records)).toEqual(strip(first.records));
  });
});

describe('a two-row header (基期值 | 目标值 over 2025年 | 2030年)', () => {
  it('takes the years from the row below, and the data start after it', () => {
    const text = ['序号,指标名称,单位,基期值,目标值,属性', ',,,2025年,2030年,', '1,新型储能装机规模,万千瓦,80,≥300,约束性', ''].join('\n');
    const result = loadCsvText(text, 'utf-8', context);
    expect(errorsOf(result.issues)).toEqual([]);
    expect(result.records.map((r) => [r.kind, r.period, r.value, r.line])).toEqual([
      ['baseline', '2025', 80, 3],
      ['target', '2030', 300, 3],
    ]);
  });
});

function csvCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
