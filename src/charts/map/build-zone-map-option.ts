/**
 * The zone-type view of the county map. A county in two zone types is its own category
 * (平原旱田＋水田) with its own colour and legend entry, and striped as well, so it reads as
 * "both" rather than silently taking one of its zones.
 */
import { pick } from '../../data/lang';
import { colorGroups, groupKey, type ColorGroup } from '../counties/county-groups';
import type { MapChartOption } from '../chart-option';
import type { ChartSettings } from '../theme';
import type { MapShape } from './map-join';
import type { ZoneMapModel } from './map-model';
import { outsideColor } from '../counties/county-colors';
import { buildMapBase, legendPlace, type CountyEntry, type MapLayout } from './map-series';

/** Diagonal stripes over the fill: a pattern carries "two zones" without relying on hue. */
const STRIPES = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [3, 4],
  rotation: -Math.PI / 4,
  color: 'rgba(255,255,255,0.45)',
};

/**
 * The zone categories present, with the county charts' order, labels and colours, so the map and
 * the ranking agree. Regions without a zone are not a category.
 */
export function zoneGroups(
  zoneLists: ReadonlyArray<readonly string[]>,
  settings: ChartSettings,
): ColorGroup[] {
  const counties = zoneLists
    .filter((zones) => zones.length > 0)
    .map((zones) => ({ region: '', city: '', zones, value: null, rank: null }));
  return colorGroups(counties, 'zone', settings);
}

export function buildZoneMapOption(
  model: ZoneMapModel,
  shapes: readonly MapShape[],
  settings: ChartSettings,
  selected: string | null,
  layout: MapLayout = 'page',
): MapChartOption {
  const { theme, type, lang } = settings;
  const groups = zoneGroups(
    model.counties.map((c) => c.zones),
    settings,
  );
  const byCounty = new Map(model.counties.map((c) => [c.region, c.zones]));
  const entryOf = (county: string): CountyEntry => {
    const zones = byCounty.get(county) ?? [];
    const index = groups.findIndex((g) => g.key === groupKey({ city: '', zones }, 'zone'));
    return {
      value: index < 0 ? null : index,
      fill: groups[index]?.color ?? outsideColor(theme),
      lines: [
        `${pick(lang, '保护类型区：', 'Protection zone: ')}${groups[index]?.label ?? pick(lang, '未列入', 'none listed')}`,
      ],
      ...(zones.length > 1 ? { itemStyle: { decal: { ...STRIPES } } } : {}),
    };
  };
  return {
    ...buildMapBase({ settings, shapes, selected, layout, entryOf }),
    visualMap: {
      type: 'piecewise',
      seriesIndex: 0,
      // Clicking a legend entry would grey its counties out, which reads as "outside the 39".
      selectedMode: false,
      orient: 'vertical',
      // Plan order from the top (a vertical piecewise legend lists the last piece first).
      inverse: true,
      ...legendPlace(settings, layout),
      itemWidth: type.axis * 1.4,
      itemHeight: type.axis,
      itemGap: type.axis / 2,
      textStyle: { fontSize: type.axis, color: theme.text },
      pieces: groups.map((g, index) => ({ value: index, label: g.label, color: g.color })),
      outOfRange: { color: outsideColor(theme) },
    },
  };
}
