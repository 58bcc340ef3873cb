import {
  buildMultiplesOption,
  cityPanels,
  multiplesLayout,
} from '../../../src/charts/counties/build-multiples-option';
import { toCountyMetricModel, type CountyMetricModel } from '../../../src/charts/counties/county-model';
import { DEFAULT_SETTINGS } from '../../../src/charts/theme';
import { zoneMembership } from '../../../src/data/county-filter';
import { loadEmbedded } from '../../data/helpers';
import { all } from '../option-access';

const INDICATOR = 'black-soil-allocation.demo_area';

function embeddedModel(): CountyMetricModel {
  const membership = zoneMembership(loadEmbedded('black-soil-zones').records);
  return toCountyMetricModel(loadEmbedded('black-soil-allocation').records, INDICATOR, membership);
}

describe('buildMultiplesOption', () => {
  const model = embeddedModel();

  it('small multiples share one value scale across panels', () => {
    const panels = cityPanels(
      model,
      model.counties.map((c) => c.region),
    );
    const option = buildMultiplesOption(
      model,
      panels,
      multiplesLayout(panels, 3, DEFAULT_SETTINGS),
      DEFAULT_SETTINGS,
    );
    const max = Math.max(...model.counties.map((c) => c.value ?? 0));
    expect(panels).toHaveLength(9);
    expect(all(option.xAxis).every((axis) => axis.max === max)).toBe(true);
  });
});
