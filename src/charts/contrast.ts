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

function hexToHsl(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h * 60, s, l];
}

function hslToHex(h: number, s: number, l: number): string {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const sector = Math.floor(h / 60) % 6;
  const rgb = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][sector] ?? [0, 0, 0];
  return `#${rgb
    .map((v) =>
      Math.round((v + m) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The hue of a colour in degrees (0 for greys), for checking that a derived colour kept it. */
export function hueOf(hex: string): number {
  return hexToHsl(hex)[0];
}

/**
 * `color` as drawn on `ground`: unchanged when it already reaches `min`:1 against it, otherwise
 * darkened (on a light ground) or lightened (on a dark one) in HSL lightness only — hue and
 * saturation kept — by the smallest step that reaches `min`. So a palette is defined once and a
 * theme that needs another lightness for contrast derives it instead of choosing another colour.
 */
export function onGround(color: string, ground: string, min = 3): string {
  if (contrastRatio(color, ground) >= min) return color.toLowerCase();
  const [h, s, l] = hexToHsl(color);
  const darker = relativeLuminance(ground) > 0.18;
  for (let step = 1; step <= 100; step += 1) {
    const candidate = hslToHex(h, s, Math.min(1, Math.max(0, darker ? l - step / 200 : l + step / 200)));
    if (contrastRatio(candidate, ground) >= min) return candidate;
  }
  return readableTextOn(ground);
}
