/**
 * The county charts' colours, defined once for the desktop views and the wall screen alike: the
 * metric scale of the county map (one direction on every ground) and the city palette of the
 * ranking, multiples and city-share charts. A wall screen that reversed the scale or swapped a
 * city's colour would say something else than the desktop map the same people read.
 */
import { CITIES } from '../../data/regions';
import { onGround, readableTextOn } from '../contrast';
import { PALETTE, type ChartTheme } from '../theme';

/**
 * Viridis from low to high: more is darker, on the light page and on the dark wall. Ordered in
 * lightness, readable with colour blindness, and never grey like the counties outside the 39.
 */
export const METRIC_RAMP = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;

/**
 * One colour per city, defined here and nowhere else, for the desktop and the wall, light and
 * dark: Okabe–Ito without black (invisible on the dark wall) and with a purple instead (an ochre
 * darkened orange's neighbour on white), plus grey for the ninth city. A ground that needs another
 * lightness for 3:1 gets it derived by `onGround` (same hue), never another colour.
 */
const CITY_BASE: readonly string[] = PALETTE.map((colour) => (colour === '#000000' ? '#8E6BBF' : colour));

export const CITY_BASE_COLORS: ReadonlyMap<string, string> = new Map(
  CITIES.map((city, i) => [city.name, CITY_BASE[i % CITY_BASE.length] ?? '#999999']),
);

/**
 * One colour per protection zone type, and per combination a county can be in (五常市: 平原旱田＋水田),
 * defined once like the cities'. Keys not listed (other combinations, none) are grey.
 */
export const ZONE_BASE_COLORS: ReadonlyMap<string, string> = new Map([
  ['平原旱田', '#E69F00'],
  ['坡耕地', '#CC79A7'],
  ['风沙干旱', '#F0E442'],
  ['水田', '#0072B2'],
  ['坡耕地＋水田', '#56B4E9'],
  ['平原旱田＋水田', '#009E73'],
  ['风沙干旱＋水田', '#009E73'],
]);

const OTHER_BASE = '#999999';

/** A city's colour on the theme's ground: the one definition, lightness fitted for 3:1. */
export function cityColor(city: string, theme: ChartTheme): string {
  return onGround(CITY_BASE_COLORS.get(city) ?? OTHER_BASE, theme.surface);
}

/** A zone type's (or combination's) colour on the theme's ground, from ZONE_BASE_COLORS. */
export function zoneColor(key: string, theme: ChartTheme): string {
  return onGround(ZONE_BASE_COLORS.get(key) ?? OTHER_BASE, theme.surface);
}

/**
 * The counties outside the 39: a grey apart from both ends of the scale and from the ground
 * (on the dark wall the old slate grey sat next to the scale's dark end).
 */
export function outsideColor(theme: ChartTheme): string {
  return theme.name === 'dark' ? '#9aa5b1' : theme.neutral;
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The colour a continuous visualMap gives `value` with METRIC_RAMP as its range: linear in sRGB
 * between evenly spaced stops, channels rounded (ECharts' fastLerp), so a label can be given the
 * text colour that reads on the fill ECharts will draw.
 */
export function rampColor(value: number, min: number, max: number): string {
  const t = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0;
  const at = t * (METRIC_RAMP.length - 1);
  const left = channels(METRIC_RAMP[Math.floor(at)] ?? METRIC_RAMP[0]);
  const right = channels(METRIC_RAMP[Math.ceil(at)] ?? METRIC_RAMP[0]);
  const f = at - Math.floor(at);
  return toHex(left.map((c, i) => c + ((right[i] ?? c) - c) * f));
}

/** A label's colours on a county's fill: text at ≥ 4.5:1, with a halo in the fill itself. */
export function labelOn(fill: string): { readonly color: string; readonly textBorderColor: string } {
  return { color: readableTextOn(fill), textBorderColor: fill };
}
