/**
 * Colours and type sizes shared by the chart builders. Okabe–Ito palette: distinguishable with
 * the common forms of colour blindness, so no status or category relies on hue alone.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#999999'] as const;

export const TEXT_COLOR = '#1f2933';
export const MUTED_TEXT = '#52606d';
export const FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

export interface TypeScale {
  readonly label: number;
  readonly axis: number;
}

export const DESKTOP_TYPE: TypeScale = { label: 14, axis: 14 };
