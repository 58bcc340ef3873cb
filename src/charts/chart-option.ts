/**
 * The option types of the charts, composed (ECharts' `ComposeOption`) of exactly the series and
 * components that are registered: echarts-setup.ts for the first bundle, map/register-map.ts for
 * the map's chunk. A builder that reaches for an unregistered component (a scatter series, a
 * dataZoom) is a type error, not a chart that silently draws nothing. Type-only imports: they add
 * nothing to the bundle. Both types are `EChartsCoreOption`s, so the one host takes either.
 */
import type { BarSeriesOption, LineSeriesOption, MapSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { DefaultLabelFormatterCallbackParams, TooltipComponentFormatterCallbackParams } from 'echarts';
import type { ComposeOption } from 'echarts/core';

/** Bar and line charts on cartesian grids: every builder outside map/. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

/** The county map: one map series coloured by a visualMap, the grey-county note as a title. */
export type MapChartOption = ComposeOption<
  | MapSeriesOption
  | AriaComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** What ECharts passes a tooltip formatter: one item, or (axis trigger) the items of a category. */
export type TooltipParams = TooltipComponentFormatterCallbackParams;

/** One item as a label or tooltip formatter gets it (its index, value, name, series). */
export type ItemParams = DefaultLabelFormatterCallbackParams;
