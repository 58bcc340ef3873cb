import { toBlackSoilProvinceModel } from '../../../src/charts/black-soil/black-soil-province-model';
import { buildOrganicMatterOption } from '../../../src/charts/black-soil/build-organic-matter-option';
import { DEFAULT_SETTINGS, type ChartSettings } from '../../../src/charts/theme';
import { loadCsvText } from '../../../src/data/pipeline';
import { dataText } from '../../data/helpers';
import { categories, one } from '../option-access';

const records = loadCsvText(dataText('black-soil-targets.csv'), 'utf-8').records;
const model = toBlackSoilProvinceModel(records, 'zh');
const EN: ChartSettings = { ...DEFAULT_SETTINGS, lang: 'en' };

describe('buildOrganicMatterOption', () => {
  it('shows target and stretch as two labelled bars, the stretch hollow', () => {
    const option = buildOrganicMatterOption(model.organicMatter, DEFAULT_SETTINGS);
    expect(categories(option.yAxis)).toEqual(['目标', '力争']);
    const [target, stretch] = one(option.series).data ?? [];
    expect(target).toMatchObject({ value: 1, label: { formatter: '≥ 1 克/千克' } });
    expect(stretch).toMatchObject({
      value: 1.5,
      label: { formatter: '1.5 克/千克' },
      itemStyle: { color: 'transparent' },
    });
    expect(categories(buildOrganicMatterOption(null, EN).yAxis)).toEqual([]);
  });
});
