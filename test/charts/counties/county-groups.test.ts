import { colorGroups } from '../../../src/charts/counties/county-groups';
import {
  rankedSelection,
  toCountyMetricModel,
  type CountyMetricModel,
} from '../../../src/charts/counties/county-model';
import { DARK_THEME, DEFAULT_SETTINGS } from '../../../src/charts/theme';
import { zoneMembership } from '../../../src/data/county-filter';
import { loadEmbedded } from '../../data/helpers';

const INDICATOR = 'black-soil-allocation.demo_area';

function embeddedModel(): CountyMetricModel {
  const membership = zoneMembership(loadEmbedded('black-soil-zones').records);
  return toCountyMetricModel(loadEmbedded('black-soil-allocation').records, INDICATOR, membership);
}

describe('colorGroups', () => {
  it('keeps zone colours fixed per zone type across charts and themes differ only by palette', () => {
    const model = embeddedModel();
    const a = colorGroups(rankedSelection(model, ['五常市', '宾县']), 'zone', DEFAULT_SETTINGS);
    const b = colorGroups(model.counties, 'zone', DEFAULT_SETTINGS);
    for (const group of a) expect(b.find((g) => g.key === group.key)?.color).toBe(group.color);
    const dark = colorGroups(model.counties, 'city', { ...DEFAULT_SETTINGS, theme: DARK_THEME });
    expect(dark.map((g) => g.color)).not.toContain('#000000');
  });
});
