import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { toBlackSoilProvinceModel } from '../../../src/charts/black-soil/black-soil-province-model';
import {
  buildPloughDepthOption,
  depthAxisMax,
} from '../../../src/charts/black-soil/build-plough-depth-option';
import { DEFAULT_SETTINGS, type ChartSettings } from '../../../src/charts/theme';
import { loadCsvText } from '../../../src/data/pipeline';
import { dataText } from '../../data/helpers';
import { all, categories, isItemObject, labelText, one } from '../option-access';

const records = loadCsvText(dataText('black-soil-targets.csv'), 'utf-8').records;
const model = toBlackSoilProvinceModel(records, 'zh');
const EN: ChartSettings = { ...DEFAULT_SETTINGS, lang: 'en' };

function labelAt(series: BarSeriesOption | LineSeriesOption | undefined, index: number): string {
  return labelText(series?.label, { dataIndex: index });
}

describe('buildPloughDepthOption', () => {
  const option = buildPloughDepthOption(model.ploughDepth, DEFAULT_SETTINGS);

  it('leaves room above the deepest bound: 30 × 1.25 = 37.5 → 40', () => {
    expect(depthAxisMax(model.ploughDepth.zones)).toBe(40);
    expect(one(option.xAxis).max).toBe(40);
  });

  it('draws a closed band for the range and open bands up to the axis end for floors', () => {
    const [base, band] = all(option.series);
    expect(base?.data).toEqual(model.ploughDepth.zones.map((z) => z.lower));
    const widths = (band?.data ?? []).map((d) => (isItemObject(d) ? d.value : d));
    expect(widths).toEqual(
      model.ploughDepth.zones.map((z) => (z.upper === null ? 40 - z.lower : z.upper - z.lower)),
    );
    const paddy = model.ploughDepth.zones.findIndex((z) => z.zone === '水田');
    expect(labelAt(base, paddy)).toBe('20–25 厘米');
    expect(labelAt(base, 0)).toBe('≥ 30 厘米');
  });

  it('names zones in English when asked', () => {
    const english = buildPloughDepthOption(toBlackSoilProvinceModel(records, 'en').ploughDepth, EN);
    expect(categories(english.yAxis)).toContain('Paddy');
    expect(labelAt(all(english.series)[0], 0)).toBe('≥ 30 cm');
  });
});
