import { buildCityShareOption, toCityShares } from '../../../src/charts/counties/build-city-share-option';
import {
  buildMultiplesOption,
  cityPanels,
  multiplesLayout,
} from '../../../src/charts/counties/build-multiples-option';
import { buildRankingOption } from '../../../src/charts/counties/build-ranking-option';
import { contrastRatio, hueOf, onGround, relativeLuminance } from '../../../src/charts/contrast';
import {
  CITY_BASE_COLORS,
  cityColor,
  METRIC_RAMP,
  rampColor,
  ZONE_BASE_COLORS,
  zoneColor,
} from '../../../src/charts/counties/county-colors';
import { colorGroups } from '../../../src/charts/counties/county-groups';
import { toCountyMetricModel, type CountyMetricModel } from '../../../src/charts/counties/county-model';
import { buildMapOption } from '../../../src/charts/map/build-map-option';
import { toZoneMapModel } from '../../../src/charts/map/map-model';
import {
  DARK_THEME,
  DEFAULT_SETTINGS,
  LIGHT_THEME,
  WALL_TYPE,
  type ChartSettings,
  type ChartTheme,
} from '../../../src/charts/theme';
import { zoneMembership } from '../../../src/data/county-filter';
import { CITIES, COUNTIES } from '../../../src/data/regions';
import { loadEmbedded } from '../../data/helpers';
import { all, colorText, isItemObject, one, visualPieces } from '../option-access';

describe('the metric scale', () => {
  it('interpolates between the stops as a continuous visualMap does, low to high', () => {
    expect(rampColor(0, 0, 4)).toBe(METRIC_RAMP[0]);
    expect(rampColor(4, 0, 4)).toBe(METRIC_RAMP[4]);
    expect(rampColor(2, 0, 4)).toBe(METRIC_RAMP[2]);
    // Halfway from #fde725 to #5ec962, channels rounded.
    expect(rampColor(0.5, 0, 4)).toBe('#aed844');
    expect(rampColor(-5, 0, 4)).toBe(METRIC_RAMP[0]);
    expect(relativeLuminance(rampColor(4, 0, 4))).toBeLessThan(relativeLuminance(rampColor(0, 0, 4)));
  });
});

const THEMES = [LIGHT_THEME, DARK_THEME] as const;
const settingsOf = (theme: ChartTheme): ChartSettings => ({
  lang: 'zh',
  theme,
  type: theme === DARK_THEME ? WALL_TYPE : DEFAULT_SETTINGS.type,
});

function embeddedModel(): CountyMetricModel {
  const membership = zoneMembership(loadEmbedded('black-soil-zones').records);
  return toCountyMetricModel(
    loadEmbedded('black-soil-allocation').records,
    'black-soil-allocation.demo_area',
    membership,
  );
}

/** Colour by city or zone key, as each builder drew it, read from its option. */
function builderColors(theme: ChartTheme): Record<string, Map<string, string>> {
  const settings = settingsOf(theme);
  const model = embeddedModel();
  const items = model.counties.filter((c) => c.value !== null);
  const ranking = (colorBy: 'city' | 'zone'): Map<string, string> => {
    const groups = colorGroups(items, colorBy, settings);
    const option = buildRankingOption({ model, items, colorBy, selected: null }, settings);
    return new Map(
      groups.map((g) => [
        g.key,
        colorText(all(option.series).find((s) => s.name === g.label)?.itemStyle?.color),
      ]),
    );
  };
  const panels = cityPanels(
    model,
    model.counties.map((c) => c.region),
  );
  const multiples = buildMultiplesOption(model, panels, multiplesLayout(panels, 3, settings), settings);
  const shares = toCityShares(model, false);
  const share = buildCityShareOption(model, shares, settings);
  const zoneModel = toZoneMapModel(loadEmbedded('black-soil-zones').records);
  const zoneMap = visualPieces(buildMapOption(zoneModel, [], settings, null));
  return {
    'ranking by city': ranking('city'),
    'ranking by zone': ranking('zone'),
    multiples: new Map(panels.map((p, i) => [p.city, colorText(all(multiples.series)[i]?.itemStyle?.color)])),
    'city share': new Map(
      shares.map((s, i) => {
        const d = one(share.series).data?.[i];
        return [s.region, isItemObject(d) ? colorText(d.itemStyle?.color) : ''];
      }),
    ),
    'zone map': new Map(zoneMap.map((p) => [p.label ?? '', colorText(p.color)])),
  };
}

describe('the city and zone palettes: defined once, the same hue everywhere, 3:1 on every ground', () => {
  it.each(THEMES)(
    'every builder takes a city’s or zone’s colour from the one definition ($name)',
    (theme) => {
      const drawn = builderColors(theme);
      for (const [builder, colors] of Object.entries(drawn)) {
        expect(colors.size, builder).toBeGreaterThan(0);
        const isZone = builder.includes('zone');
        for (const [key, color] of colors) {
          const expected = isZone ? zoneColor(key, theme) : cityColor(key, theme);
          expect(color, `${builder}: ${key}`).toBe(expected);
          const base = (isZone ? ZONE_BASE_COLORS : CITY_BASE_COLORS).get(key);
          expect(base, `${builder}: ${key} has a defined colour`).toBeDefined();
          // Only the lightness may differ from the definition: the hue is the definition's.
          expect(Math.abs(hueOf(color) - hueOf(base ?? '')), `${builder}: ${key} hue`).toBeLessThan(2);
        }
      }
    },
  );

  it('gives each city and zone the same hue on the light page and the dark wall, and a colour the wall shares when it reads', () => {
    for (const [key, base] of [...CITY_BASE_COLORS, ...ZONE_BASE_COLORS]) {
      const [light, dark] = THEMES.map((t) =>
        CITY_BASE_COLORS.has(key) ? cityColor(key, t) : zoneColor(key, t),
      );
      expect(Math.abs(hueOf(light ?? '') - hueOf(dark ?? '')), key).toBeLessThan(2);
      // A colour that already reads on a ground is used as defined there, not altered.
      for (const t of THEMES)
        if (contrastRatio(base, t.surface) >= 3)
          expect(CITY_BASE_COLORS.has(key) ? cityColor(key, t) : zoneColor(key, t)).toBe(base.toLowerCase());
    }
  });

  it.each(THEMES)('every city and zone colour reaches 3:1 against the $name ground', (theme) => {
    for (const city of CITY_BASE_COLORS.keys())
      expect(contrastRatio(cityColor(city, theme), theme.surface), city).toBeGreaterThanOrEqual(3);
    for (const zone of [...ZONE_BASE_COLORS.keys(), 'unlisted'])
      expect(contrastRatio(zoneColor(zone, theme), theme.surface), zone).toBeGreaterThanOrEqual(3);
  });

  it('reaches 3:1 by lightness alone where the definition does not (Okabe–Ito yellow on white)', () => {
    expect(contrastRatio('#F0E442', LIGHT_THEME.surface)).toBeLessThan(3);
    expect(onGround('#F0E442', LIGHT_THEME.surface)).toBe('#a1960d');
    expect(contrastRatio('#0072B2', DARK_THEME.surface)).toBeLessThan(3);
    expect(onGround('#0072B2', DARK_THEME.surface)).toBe('#0077ba');
  });

  it('gives every city with key counties its own colour on each ground, none black or white', () => {
    const cities = new Set(COUNTIES.map((c) => c.city ?? ''));
    expect(CITY_BASE_COLORS.size).toBe(CITIES.length);
    for (const theme of THEMES) {
      const colors = [...cities].map((c) => cityColor(c, theme));
      expect(new Set(colors).size).toBe(cities.size);
      expect(colors).not.toContain('#000000');
      expect(colors).not.toContain('#ffffff');
    }
  });
});
