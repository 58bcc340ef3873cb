import { contrastRatio, readableTextOn, relativeLuminance } from '../../src/charts/contrast';
import { CITY_COLORS, cityColor, METRIC_RAMP, rampColor } from '../../src/charts/county-colors';
import { colorGroups } from '../../src/charts/county-groups';
import { DARK_THEME, DEFAULT_SETTINGS, LIGHT_THEME, WALL_TYPE } from '../../src/charts/theme';
import { CITIES, COUNTIES } from '../../src/data/regions';

describe('contrast (WCAG 2)', () => {
  it('gives the reference ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 5);
  });

  it('finds a text colour at 4.5:1 or more on any fill of the scale, where the theme text does not', () => {
    for (let i = 0; i <= 100; i += 1) {
      const fill = rampColor(i, 0, 100);
      expect(contrastRatio(readableTextOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
    }
    // The middle teal with either theme's own text colour falls short (why the text is black or white).
    expect(contrastRatio(LIGHT_THEME.text, '#21918c')).toBeLessThan(4.5);
    expect(contrastRatio(DARK_THEME.text, '#21918c')).toBeLessThan(4.5);
  });
});

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

describe('the city palette', () => {
  it('gives every city with key counties its own colour, none black or white', () => {
    const cities = new Set(COUNTIES.map((c) => c.city ?? ''));
    const colors = [...cities].map(cityColor);
    expect(new Set(colors).size).toBe(cities.size);
    expect(colors).not.toContain('#000000');
    expect(colors.map((c) => c.toLowerCase())).not.toContain('#ffffff');
    expect(CITY_COLORS.size).toBe(CITIES.length);
  });

  it('is the same on the desktop and the wall', () => {
    const counties = COUNTIES.map((c) => ({
      region: c.name,
      city: c.city ?? '',
      zones: [],
      value: null,
      rank: null,
    }));
    const desktop = colorGroups(counties, 'city', DEFAULT_SETTINGS);
    const wall = colorGroups(counties, 'city', { lang: 'zh', theme: DARK_THEME, type: WALL_TYPE });
    expect(wall.map((g) => g.color)).toEqual(desktop.map((g) => g.color));
  });
});
