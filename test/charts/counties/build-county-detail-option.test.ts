import { buildCountyDetailOption } from '../../../src/charts/counties/build-county-detail-option';
import { toCountyDetail } from '../../../src/charts/counties/county-detail-model';
import { toCountyMetricModel, type CountyMetricModel } from '../../../src/charts/counties/county-model';
import { DEFAULT_SETTINGS } from '../../../src/charts/theme';
import { zoneMembership } from '../../../src/data/county-filter';
import { loadEmbedded } from '../../data/helpers';
import { labelText, one } from '../option-access';

const INDICATOR = 'black-soil-allocation.demo_area';

function embeddedModel(): CountyMetricModel {
  const membership = zoneMembership(loadEmbedded('black-soil-zones').records);
  return toCountyMetricModel(loadEmbedded('black-soil-allocation').records, INDICATOR, membership);
}

describe('buildCountyDetailOption', () => {
  const model = embeddedModel();

  it('the detail chart plots the index to the mean and labels the value in its own unit', () => {
    const detail = toCountyDetail([model], '宾县', ['宾县', '巴彦县']);
    if (!detail) throw new Error('no detail');
    const option = buildCountyDetailOption(detail, DEFAULT_SETTINGS);
    const ratio = detail.rows[0]?.ratioToMean ?? NaN;
    expect(one(option.series).data?.[0]).toBeCloseTo(ratio * 100, 1);
    expect(labelText(one(option.series).label, { dataIndex: 0 })).toContain('万亩');
  });
});
