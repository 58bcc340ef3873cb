import { buildCityShareOption, toCityShares } from '../../../src/charts/counties/build-city-share-option';
import { toCountyMetricModel, type CountyMetricModel } from '../../../src/charts/counties/county-model';
import { DEFAULT_SETTINGS } from '../../../src/charts/theme';
import { zoneMembership } from '../../../src/data/county-filter';
import { loadEmbedded } from '../../data/helpers';
import { isItemObject, labelText, one } from '../option-access';

const INDICATOR = 'black-soil-allocation.demo_area';

function embeddedModel(): CountyMetricModel {
  const membership = zoneMembership(loadEmbedded('black-soil-zones').records);
  return toCountyMetricModel(loadEmbedded('black-soil-allocation').records, INDICATOR, membership);
}

describe('buildCityShareOption', () => {
  const model = embeddedModel();

  it('labels each city with value and share, the farm group drawn apart', () => {
    const shares = toCityShares(model, true);
    const option = buildCityShareOption(model, shares, DEFAULT_SETTINGS);
    const farmIndex = shares.findIndex((s) => s.isFarmGroup);
    const farmItem = one(option.series).data?.[farmIndex];
    expect(isItemObject(farmItem) ? farmItem.itemStyle?.borderType : undefined).toBe('dashed');
    const share = ((model.farmGroup ?? 0) / (model.total ?? 1)) * 100;
    expect(labelText(one(option.series).label, { dataIndex: farmIndex })).toContain(`${share.toFixed(1)}%`);
  });
});
