import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { toBlackSoilProvinceModel } from '../../../src/charts/black-soil/black-soil-province-model';
import { buildHsfPathOption } from '../../../src/charts/black-soil/build-hsf-path-option';
import { DEFAULT_SETTINGS, type ChartSettings } from '../../../src/charts/theme';
import { loadCsvText } from '../../../src/data/pipeline';
import { dataText } from '../../data/helpers';
import { all, labelText, tooltipHtml } from '../option-access';

const records = loadCsvText(dataText('black-soil-targets.csv'), 'utf-8').records;
const model = toBlackSoilProvinceModel(records, 'zh');
const EN: ChartSettings = { ...DEFAULT_SETTINGS, lang: 'en' };

function labelAt(series: BarSeriesOption | LineSeriesOption | undefined, index: number): string {
  return labelText(series?.label, { dataIndex: index });
}

describe('buildHsfPathOption', () => {
  const option = buildHsfPathOption(model.hsfPaths, DEFAULT_SETTINGS);

  it('puts published and implied years of a path in separate series of one stack', () => {
    const [published, implied] = all(option.series);
    expect(published?.stack).toBe(implied?.stack);
    expect(published?.data?.map((v) => v !== null)).toEqual([true, false, false, false, true]);
    expect(implied?.data?.map((v) => v !== null)).toEqual([false, true, true, true, false]);
    expect(implied?.itemStyle?.borderType).toBe('dashed');
    expect(implied?.name).toContain('推算');
  });

  it('labels published points with their comparator and implied ones as 推算', () => {
    expect(labelAt(all(option.series)[0], 0)).toBe('≥ 582 万亩');
    // 582 + 554.5 = 1,136.5: one decimal more than the plan printed, so nothing is rounded away.
    expect(labelAt(all(option.series)[1], 1)).toBe('推算 1,136.5 万亩');
    const english = buildHsfPathOption(toBlackSoilProvinceModel(records, 'en').hsfPaths, EN);
    expect(labelAt(all(english.series)[1], 1)).toBe('implied 1,136.5 10k mu');
  });

  it('explains the implied years in an escaped tooltip', () => {
    const html = tooltipHtml(option, [{ dataIndex: 1 }]);
    expect(html).toContain('2022');
    expect(html).toContain('554.5');
    const hostile = [{ ...model.hsfPaths[0]!, name: '<img src=x>' }];
    expect(tooltipHtml(buildHsfPathOption(hostile, DEFAULT_SETTINGS), [{ dataIndex: 0 }])).not.toContain(
      '<img',
    );
  });
});
