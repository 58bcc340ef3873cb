/**
 * A finished option fitted to a narrow chart (a phone, a narrow print column). Builders lay out
 * for the desktop card and know nothing of pixels; below NARROW_WIDTH the host passes their option
 * through here, one rule set for every chart, new ones included:
 * - legends become one scrolling row (wrapped legends grew over the plot);
 * - axis labels that would collide are hidden (ECharts' hideOverlap), value axes get fewer ticks;
 * - category names get a width share of the chart and are truncated with "…" (the full name is
 *   in the tooltip and the table); fixed margins are capped to a share of the width;
 * - bar-end labels wrap within the room they have (a figure cut to "1,6…" would misread);
 *   tooltips stay inside the chart;
 * - a map takes the width with its colour scale laid across under it.
 */
import type { EChartsCoreOption } from 'echarts/core';

export const NARROW_WIDTH = 560;

type Part = Record<string, unknown>;

function isPart(value: unknown): value is Part {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Applies fn to a component given as one object or a list, keeping the shape. */
function each(value: unknown, fn: (part: Part) => Part): unknown {
  if (Array.isArray(value)) return value.map((v: unknown) => (isPart(v) ? fn(v) : v));
  return isPart(value) ? fn(value) : value;
}

function capped(value: unknown, max: number): unknown {
  return typeof value === 'number' && value > max ? max : value;
}

function fitAxis(axis: Part, width: number, labelRoom: number): Part {
  const label = isPart(axis.axisLabel) ? axis.axisLabel : {};
  if (axis.type === 'category') {
    // One line per name, never hidden: a row without its name cannot be read.
    return { ...axis, axisLabel: { ...label, width: labelRoom, overflow: 'truncate', ellipsis: '…' } };
  }
  return {
    ...axis,
    splitNumber: Math.min(3, typeof axis.splitNumber === 'number' ? axis.splitNumber : 3),
    axisLabel: { ...label, hideOverlap: true },
    nameGap: capped(axis.nameGap, width / 12),
  };
}

/** Room under a map for its colour scale, laid across (stage pixels of the chart). */
const MAP_SCALE_ROOM = 96;

function fitSeries(series: Part, room: number, mapBottom: number): Part {
  // A map fills the width (its aspect kept), the colour scale under it, not over its west.
  if (series.type === 'map') return { ...series, left: 4, right: 4, top: 4, bottom: mapBottom };
  const label = series.label;
  if (!isPart(label) || label.show === false) return series;
  return { ...series, label: { ...label, width: room, overflow: 'break' } };
}

export function fitToWidth(option: EChartsCoreOption, width: number): EChartsCoreOption {
  if (width <= 0 || width >= NARROW_WIDTH) return option;
  const labelRoom = Math.round(width * 0.3);
  const margin = Math.round(width * 0.3);
  const fitted: Part = { ...option };
  if ('legend' in fitted)
    fitted.legend = each(fitted.legend, (l) => ({ ...l, type: 'scroll', pageIconSize: 12 }));
  if ('grid' in fitted)
    fitted.grid = each(fitted.grid, (g) => ({
      ...g,
      left: capped(g.left, labelRoom + 16),
      right: capped(g.right, margin),
    }));
  for (const key of ['xAxis', 'yAxis'] as const) {
    if (key in fitted) fitted[key] = each(fitted[key], (a) => fitAxis(a, width, labelRoom));
  }
  // A piecewise scale (zone types) stays a list, under the map; a continuous one lies across.
  const pieces = (Array.isArray(fitted.visualMap) ? [] : [fitted.visualMap]).flatMap((v) =>
    isPart(v) && Array.isArray(v.pieces) ? (v.pieces as unknown[]) : [],
  );
  const mapBottom = pieces.length > 0 ? 48 + pieces.length * 24 : MAP_SCALE_ROOM;
  if ('series' in fitted) fitted.series = each(fitted.series, (s) => fitSeries(s, margin - 8, mapBottom));
  if (isPart(fitted.tooltip)) fitted.tooltip = { ...fitted.tooltip, confine: true };
  if ('visualMap' in fitted) {
    fitted.visualMap = each(fitted.visualMap, (v) =>
      v.type === 'piecewise'
        ? { ...v, left: 4, bottom: 36, itemGap: 4 }
        : {
            ...v,
            orient: 'horizontal',
            left: 'center',
            bottom: 40,
            itemHeight: Math.round(width * 0.4),
            itemWidth: 12,
          },
    );
  }
  return fitted;
}
