/**
 * The zone-type view of the county map. A county in two zone types is its own category
 * (平原旱田＋水田) with its own colour and legend entry, and striped as well, so it reads as
 * "both" rather than silently taking one of its zones.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { ZONE_TYPES } from '../../data/datasets/black-soil';
import { zoneLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import { paletteColor, type ChartSettings } from '../theme';
import type { MapShape } from './map-join';
import { ZONE_JOIN, zoneKey, type ZoneMapModel } from './map-model';
import { buildMapBase, legendBottom, type CountyEntry } from './map-series';

/** Diagonal stripes over the fill: a pattern carries "two zones" without relying on hue. */
const STRIPES = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 4], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.45)' };

/** Fixed per zone type (not per chart) and the same indices as the county charts' zone colours, so views agree. */
export function zoneColor(key: string, settings: ChartSettings): string {
  const single = ZONE_TYPES.findIndex((z) => z === key);
  if (single >= 0) return paletteColor(settings.theme, [1, 3, 6, 0][single] ?? 8);
  return paletteColor(settings.theme, key.endsWith('水田') ? (key.startsWith('坡耕地') ? 4 : 2) : 8);
}

/** Single zones first in plan order, then each combination after its first zone. */
function keyOrder(key: string): number {
  const parts = key.split(ZONE_JOIN).map((z) => ZONE_TYPES.findIndex((t) => t === z));
  return parts.length === 1 ? (parts[0] ?? 99) : 10 + (parts[0] ?? 9) * 10 + (parts[1] ?? 9);
}

export function zoneText(key: string, settings: ChartSettings): string {
  return key.split(ZONE_JOIN).map((z) => zoneLabel(settings.lang, z)).join(ZONE_JOIN);
}

/** The categories present, in legend order; counties without a zone are not a category. */
export function zoneCategories(model: ZoneMapModel): string[] {
  const keys = new Set(model.counties.filter((c) => c.zones.length > 0).map((c) => zoneKey(c.zones)));
  return [...keys].sort((a, b) => keyOrder(a) - keyOrder(b));
}

export function buildZoneMapOption(model: ZoneMapModel, shapes: readonly MapShape[], settings: ChartSettings, selected: string | null): EChartsCoreOption {
  const { theme, type, lang } = settings;
  const categories = zoneCategories(model);
  const byCounty = new Map(model.counties.map((c) => [c.region, c.zones]));
  const entryOf = (county: string): CountyEntry => {
    const zones = byCounty.get(county) ?? [];
    const index = categories.indexOf(zoneKey(zones));
    const text = zones.length > 0 ? zoneText(zoneKey(zones), settings) : pick(lang, '未列入', 'none listed');
    return {
      value: index < 0 ? null : index,
      lines: [`${pick(lang, '保护类型区：', 'Protection zone: ')}${text}`],
      ...(zones.length > 1 ? { itemStyle: { decal: { ...STRIPES } } } : {}),
    };
  };
  return {
    ...buildMapBase({ settings, shapes, selected, entryOf }),
    visualMap: {
      type: 'piecewise',
      seriesIndex: 0,
      // Clicking a legend entry would grey its counties out, which reads as "outside the 39".
      selectedMode: false,
      orient: 'vertical',
      // Plan order from the top (a vertical piecewise legend lists the last piece first).
      inverse: true,
      left: 8,
      bottom: legendBottom(settings),
      itemWidth: type.axis * 1.4,
      itemHeight: type.axis,
      itemGap: type.axis / 2,
      textStyle: { fontSize: type.axis, color: theme.text },
      pieces: categories.map((key, index) => ({ value: index, label: zoneText(key, settings), color: zoneColor(key, settings) })),
      outOfRange: { color: theme.neutral },
    },
  };
}
