/**
 * WCAG 2 contrast between two sRGB colours (#rrggbb), and the text colour that reads on a fill.
 * Black or white: one of the two always reaches 4.5:1 (at least 4.58:1 on any fill), which a
 * theme's own dark text does not on viridis' middle teal.
 */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(linear);
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

export const TEXT_ON_LIGHT = '#000000';
export const TEXT_ON_DARK = '#ffffff';

export function readableTextOn(fill: string): string {
  return contrastRatio(TEXT_ON_LIGHT, fill) >= contrastRatio(TEXT_ON_DARK, fill)
    ? TEXT_ON_LIGHT
    : TEXT_ON_DARK;
}
