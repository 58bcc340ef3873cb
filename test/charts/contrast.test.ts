import { contrastRatio, readableTextOn, relativeLuminance } from '../../src/charts/contrast';
import { rampColor } from '../../src/charts/counties/county-colors';
import { DARK_THEME, LIGHT_THEME } from '../../src/charts/theme';

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
