/**
 * What the two map modes share: the one `map` series over the registered shapes, the grey
 * counties outside the 39, the city-border line on top, the selected county's outline, labels
 * and the escaped tooltip. Each mode supplies a value per key county and a tooltip line.
 */
import type { MapSeriesOption } from 'echarts/charts';
import type { TitleComponentOption } from 'echarts/components';
import { regionLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import { escapeHtml } from '../format';
import { labelOn, outsideColor } from '../counties/county-colors';
import { baseOption, perItem } from '../base-option';
import type { MapChartOption } from '../chart-option';
import type { ChartSettings } from '../theme';
import { CITY_BORDER, MAP_NAME, type MapShape } from './map-join';

/** Heilongjiang spans 43.4–53.6° N: cos(48°) makes a degree of longitude as wide as it is on the ground. */
const ASPECT_SCALE = 0.67;

/**
 * ECharts' way to keep a region's own fill on hover: an emphasis areaColor of null (its MapDraw:
 * "they should both set areaColor and color to be null"). Its typings allow only a colour or
 * undefined, and undefined would fall back to the gold highlight, so the null is typed here, once.
 */
const KEEP_FILL = null as unknown as undefined;

/** One region of the map series' data (ECharts' MapDataItemOption, which it does not export). */
type MapItem = Exclude<NonNullable<MapSeriesOption['data']>[number], number | string | unknown[]>;

/** One key county as a mode shows it: the number visualMap colours by, and its tooltip lines. */
export interface CountyEntry {
  readonly value: number | null;
  /** The fill the mode's visualMap gives the county: its label is coloured to read on it. */
  readonly fill: string;
  /** Plain text; escaped here. */
  readonly lines: readonly string[];
  readonly itemStyle?: MapItem['itemStyle'];
}

export interface MapParts {
  readonly settings: ChartSettings;
  readonly shapes: readonly MapShape[];
  readonly selected: string | null;
  readonly entryOf: (county: string) => CountyEntry;
  readonly layout: MapLayout;
}

/**
 * 'page': the legend at the bottom left under the shapes (desktop, phone, paper). 'wall': the
 * shapes take the chart's height on its left and the legend stands in the space on their right.
 */
export type MapLayout = 'page' | 'wall';

/** Room the wall layout keeps right of the shapes for the legend (in the wall's type sizes). */
function wallLegendWidth(settings: ChartSettings): number {
  return settings.type.axis * 9;
}

/** County lines in the page's colour: they separate fills without competing with the city borders. */
function countyBorder(settings: ChartSettings): string {
  return settings.theme.name === 'dark' ? 'rgba(16,42,67,0.8)' : 'rgba(255,255,255,0.9)';
}

/** City borders scale with the type: thicker than county lines on the wall screen too. */
function cityBorderWidth(settings: ChartSettings): number {
  return Math.max(1.6, settings.type.axis / 8);
}

function titleLine(settings: ChartSettings, name: string, city: string): string {
  const { lang } = settings;
  const place = `${regionLabel(lang, name)}${pick(lang, `（${regionLabel(lang, city)}）`, ` (${regionLabel(lang, city)})`)}`;
  return `<strong>${escapeHtml(place)}</strong>`;
}

function tooltipOf(parts: MapParts, shape: MapShape): string {
  const name = shape.county ?? shape.name;
  const lines =
    shape.county === null
      ? [pick(parts.settings.lang, '不在 39 个重点县之列', 'Not one of the 39 key counties')]
      : parts.entryOf(shape.county).lines;
  return [titleLine(parts.settings, name, shape.city), ...lines.map(escapeHtml)].join('<br/>');
}

function countyItem(parts: MapParts, shape: MapShape, county: string): MapItem {
  const { theme, type } = parts.settings;
  const entry = parts.entryOf(county);
  // The halo is the county's own fill, so a name that runs over a border still sits on its fill.
  const item: MapItem = {
    name: shape.name,
    value: entry.value ?? Number.NaN,
    itemStyle: { ...entry.itemStyle },
    label: labelOn(entry.fill),
  };
  if (county !== parts.selected) return item;
  // Drawn under later neighbours, so the outline is wide enough that its inner half reads on its own.
  return {
    ...item,
    itemStyle: { ...item.itemStyle, borderColor: theme.text, borderWidth: Math.max(3.5, type.axis / 5) },
    label: { ...item.label, fontWeight: 'bold', fontSize: type.label + 2 },
  };
}

function shapeItems(parts: MapParts): MapItem[] {
  const { theme } = parts.settings;
  const items = parts.shapes.map((shape) =>
    shape.county === null
      ? { name: shape.name, value: Number.NaN, label: { show: false }, emphasis: { label: { show: false } } }
      : countyItem(parts, shape, shape.county),
  );
  const border = {
    name: CITY_BORDER,
    value: Number.NaN,
    silent: true,
    itemStyle: { borderColor: theme.text, borderWidth: cityBorderWidth(parts.settings) },
    label: { show: false },
    emphasis: { disabled: true },
  };
  return [...items, border];
}

/** Where a mode's visualMap sits: above the grey-county note, bottom left; on the wall, top right. */
export function legendPlace(settings: ChartSettings, layout: MapLayout): Record<string, number> {
  return layout === 'wall'
    ? { right: 8, top: settings.type.axis }
    : { left: 8, bottom: 16 + settings.type.axis * 2 };
}

/** A legend entry for grey, as a title: the visualMap can only explain the values it colours. */
function greyNote(settings: ChartSettings, layout: MapLayout): TitleComponentOption {
  const { theme, type, lang } = settings;
  return {
    text: `{swatch|}  ${pick(lang, '39 个重点县之外', 'Outside the 39 key counties')}`,
    ...(layout === 'wall' ? { right: 8 } : { left: 8 }),
    bottom: 8,
    textStyle: {
      fontSize: type.axis,
      fontWeight: 'normal',
      color: theme.muted,
      rich: { swatch: { width: type.axis * 1.4, height: type.axis, backgroundColor: outsideColor(theme) } },
    },
  };
}

/** The option without its visualMap: each mode adds the one that colours its values. */
export function buildMapBase(parts: MapParts): MapChartOption {
  const { theme, type, lang } = parts.settings;
  const tooltips = new Map(parts.shapes.map((s) => [s.name, tooltipOf(parts, s)]));
  const labels = new Map(
    parts.shapes.flatMap((s) => (s.county === null ? [] : [[s.name, regionLabel(lang, s.county)] as const])),
  );
  return {
    ...baseOption(parts.settings),
    animation: false,
    title: greyNote(parts.settings, parts.layout),
    tooltip: {
      trigger: 'item',
      confine: true,
      textStyle: { fontSize: type.axis },
      formatter: perItem((params) => tooltips.get(params.name) ?? ''),
    },
    series: [
      {
        type: 'map',
        map: MAP_NAME,
        aspectScale: ASPECT_SCALE,
        roam: false,
        selectedMode: false,
        ...(parts.layout === 'wall'
          ? { top: 2, bottom: 2, left: 2, right: wallLegendWidth(parts.settings) }
          : { top: 8, bottom: 8, left: 'center' }),
        itemStyle: {
          areaColor: outsideColor(theme),
          borderColor: countyBorder(parts.settings),
          borderWidth: 0.6,
        },
        // Hover outlines the county and keeps its colour (ECharts' default turns it gold).
        emphasis: {
          label: { show: true },
          itemStyle: { areaColor: KEEP_FILL, borderColor: theme.text, borderWidth: 1.5 },
        },
        label: {
          // Colour and halo per county (countyItem): black or white, whichever reads on its fill.
          show: true,
          fontSize: type.label - 2,
          textBorderWidth: Math.max(2, type.label / 8),
          formatter: (params: { name?: unknown }) =>
            typeof params.name === 'string' ? (labels.get(params.name) ?? '') : '',
        },
        // 39 names do not all fit at wall-screen size: a hidden one is still in the tooltip.
        labelLayout: { hideOverlap: true },
        data: shapeItems(parts),
      },
    ],
  };
}
