/**
 * What every chart option shares, written once: the chart font and text colour, aria, the grid
 * that keeps axis labels inside the chart's box, and the look of legends, value axes, category
 * axes and bar labels. Builders spread these and add only what is their own.
 *
 * A base option per `ChartSettings` rather than a registered ECharts theme: the settings change
 * per render (light/dark ground, desktop/wall type sizes), while a theme is fixed when the host
 * calls `echarts.init` — switching would mean disposing and re-creating the instance — and a
 * theme's values never appear in the option, so a builder's test could not see them. A plain
 * object keeps the builders pure and the whole option visible where it is tested.
 */
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ChartOption, ItemParams, TooltipParams } from './chart-option';
import { FONT_FAMILY, type ChartSettings } from './theme';

interface TextLook {
  readonly fontSize: number;
  readonly color: string;
}

/** Text style, font and aria: the start of every option. The host adds aria's description. */
export function baseOption(settings: ChartSettings): Pick<ChartOption, 'aria' | 'textStyle'> {
  return {
    aria: { enabled: true },
    textStyle: { fontFamily: FONT_FAMILY, color: settings.theme.text },
  };
}

/** Where a plot stands in the chart's box; left is always the chart's edge plus 8 px. */
export interface GridBox {
  readonly right: number;
  readonly top: number;
  /** 8 px unless the builder needs room below the axis (an axis name, a legend). */
  readonly bottom?: number;
}

/**
 * A grid whose box includes its axis labels (ECharts 6's `outerBounds`, the old containLabel):
 * the margins are measured from the chart's edge, whatever the labels' width. 'all' includes the
 * axis names too.
 */
export function plotGrid(box: GridBox, contain: 'axisLabel' | 'all' = 'axisLabel'): GridComponentOption {
  const { right, top, bottom = 8 } = box;
  return { left: 8, right, top, bottom, outerBoundsMode: 'same', outerBoundsContain: contain };
}

/** Axis-sized text in the main text colour: legends, category labels. */
export function axisText(settings: ChartSettings): TextLook {
  return { fontSize: settings.type.axis, color: settings.theme.text };
}

/** Axis-sized text in the muted colour: value ticks and axis names. */
export function mutedText(settings: ChartSettings): TextLook {
  return { fontSize: settings.type.axis, color: settings.theme.muted };
}

/** A legend at the top left (or where `place` puts it) in axis-sized text. */
export function legend(
  settings: ChartSettings,
  place: LegendComponentOption = { top: 0, left: 0 },
): LegendComponentOption {
  return { ...place, textStyle: axisText(settings) };
}

/** What a builder adds to a category axis' names: every name shown, wrapped at a width. */
export interface RowLabel {
  readonly interval?: number;
  readonly width?: number;
  readonly overflow?: 'break' | 'truncate';
}

/** What a builder adds to a value axis' ticks. */
export interface TickLabel {
  readonly hideOverlap?: boolean;
  readonly formatter?: string | ((value: number) => string);
}

/** A value axis: muted name and ticks, grid lines behind the bars; `label` adds to the ticks. */
export function valueAxis(
  settings: ChartSettings,
  label: TickLabel = {},
): {
  readonly type: 'value';
  readonly nameTextStyle: TextLook;
  readonly axisLabel: TextLook & TickLabel;
  readonly splitLine: { readonly lineStyle: { readonly color: string } };
} {
  return {
    type: 'value',
    nameTextStyle: mutedText(settings),
    axisLabel: { ...mutedText(settings), ...label },
    splitLine: { lineStyle: { color: settings.theme.gridLine } },
  };
}

/** A category axis of rows read top to bottom, without ticks, in the text colour; `label` adds to the names. */
export function rowAxis(
  settings: ChartSettings,
  label: RowLabel = {},
): {
  readonly type: 'category';
  readonly inverse: true;
  readonly axisTick: { readonly show: false };
  readonly axisLabel: TextLook & RowLabel;
} {
  return {
    type: 'category',
    inverse: true,
    axisTick: { show: false },
    axisLabel: { ...axisText(settings), ...label },
  };
}

/** A label right of each bar, in label-sized text: the figure every bar carries. */
export function barLabelLook(settings: ChartSettings): {
  readonly show: true;
  readonly position: 'right';
  readonly fontSize: number;
  readonly color: string;
} {
  return { show: true, position: 'right', fontSize: settings.type.label, color: settings.theme.text };
}

/**
 * An item tooltip's formatter. ECharts types tooltip params as one item or a list (the list comes
 * with trigger 'axis'); an item trigger gets one, and a list is read by its first item.
 */
export function perItem(html: (p: ItemParams) => string): (p: TooltipParams) => string {
  return (p) => {
    const item = Array.isArray(p) ? p[0] : p;
    return item ? html(item) : '';
  };
}

/** An item tooltip for charts with a row per data index: the hovered row's HTML, '' past the end. */
export function rowTooltip<Row>(rows: readonly Row[], html: (row: Row) => string): TooltipComponentOption {
  return {
    trigger: 'item',
    formatter: perItem((p) => {
      const row = rows[p.dataIndex];
      return row === undefined ? '' : html(row);
    }),
  };
}

/** An axis tooltip's formatter: the items of the hovered category, as a list whatever ECharts passes. */
export function perAxis(html: (p: readonly ItemParams[]) => string): (p: TooltipParams) => string {
  return (p) => html(Array.isArray(p) ? p : [p]);
}

/** A hollow bar with a dashed outline: a value that is not a plain published target (implied, stretch). */
export function hollowBar(color: string): {
  readonly color: 'transparent';
  readonly borderColor: string;
  readonly borderWidth: number;
  readonly borderType: 'dashed';
} {
  return { color: 'transparent', borderColor: color, borderWidth: 2, borderType: 'dashed' };
}
