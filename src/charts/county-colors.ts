/**
 * The county charts' colours, defined once for the desktop views and the wall screen alike: the
 * metric scale of the county map (one direction on every ground) and the city palette of the
 * ranking, multiples and city-share charts. A wall screen that reversed the scale or swapped a
 * city's colour would say something else than the desktop map the same people read.
 */
import { CITIES } from '../data/regions';
import { readableTextOn } from './contrast';
import type { ChartTheme } from './theme';

/**
 * Viridis from low to high: more is darker, on the light page and on the dark wall. Ordered in
 * lightness, readable with colour blindness, and never grey like the counties outside the 39.
 */
export const METRIC_RAMP = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;

/**
 * One colour per city, the same on both grounds: Okabe–Ito without black (invisible on the dark
 * wall) and with an ochre instead, plus grey for the ninth city.
 */
const CITY_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#A6761D',
  '#999999',
] as const;

export const CITY_COLORS: ReadonlyMap<string, string> = new Map(
  CITIES.map((city, i) => [city.name, CITY_PALETTE[i % CITY_PALETTE.length] ?? '#999999']),
);

export function cityColor(city: string): string {
  return CITY_COLORS.get(city) ?? '#999999';
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
