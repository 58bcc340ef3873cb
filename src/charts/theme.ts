/**
 * Colours, type sizes and language shared by the chart builders. Every builder takes one
 * `ChartSettings`, so the same option builder serves the desktop views (light, 14 px) and the
 * wall screen (dark, large type) without a second code path.
 *
 * Okabe–Ito palette: distinguishable with the common forms of colour blindness; status and
 * category never rely on hue alone (labels, legends and patterns carry them too).
 */
import type { Lang } from '../data/lang';

export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
  '#999999',
] as const;

export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

export interface ChartTheme {
  readonly name: 'light' | 'dark';
  readonly text: string;
  readonly muted: string;
  readonly gridLine: string;
  /** Neutral fill for "not part of this comparison" (counties outside the 39, missing values). */
  readonly neutral: string;
  /** The panel background, for labels that must hide a line behind them. */
  readonly surface: string;
  /** Series colours; index 0 is the main accent. */
  readonly palette: readonly string[];
}

export const LIGHT_THEME: ChartTheme = {
  name: 'light',
  text: '#1f2933',
  muted: '#52606d',
  gridLine: '#d9e2ec',
  neutral: '#c8ced6',
  surface: '#ffffff',
  palette: PALETTE,
};

/** On a dark wall screen pure black is invisible; it is swapped for white, the rest keep their hue. */
export const DARK_THEME: ChartTheme = {
  name: 'dark',
  text: '#f0f4f8',
  muted: '#bcccdc',
  gridLine: '#334e68',
  neutral: '#486581',
  surface: '#102a43',
  palette: [
    '#56B4E9',
    '#E69F00',
    '#009E73',
    '#CC79A7',
    '#0072B2',
    '#D55E00',
    '#F0E442',
    '#FFFFFF',
    '#999999',
  ],
};

export interface TypeScale {
  /** Data labels on bars and points. */
  readonly label: number;
  /** Axis ticks, category names and legends. */
  readonly axis: number;
  /**
   * Width in em a category label may take before it wraps (default 12). The wall screen's wide
   * chart area gives long labels one line, so a table of rows fits the 1080-pixel canvas.
   */
  readonly labelWidthEm?: number;
}

export const DESKTOP_TYPE: TypeScale = { label: 14, axis: 14 };
/** 1080p wall-screen canvas: nothing under 24 px, read from three metres. */
export const WALL_TYPE: TypeScale = { label: 28, axis: 26 };

export interface ChartSettings {
  readonly lang: Lang;
  readonly theme: ChartTheme;
  readonly type: TypeScale;
}

export const DEFAULT_SETTINGS: ChartSettings = { lang: 'zh', theme: LIGHT_THEME, type: DESKTOP_TYPE };

export function paletteColor(theme: ChartTheme, index: number): string {
  return theme.palette[index % theme.palette.length] ?? theme.neutral;
}
