/**
 * Colour groups for county charts: by city, or by protection zone type. A county in two zone
 * types (五常市: 平原旱田 and 水田) is its own group "平原旱田＋水田", so the chart says so instead of
 * picking one zone for it.
 */
import { ZONE_TYPES } from '../../data/datasets/black-soil';
import { regionLabel, zoneLabel } from '../../data/glossary';
import { CITIES } from '../../data/regions';
import { cityColor, zoneColor } from './county-colors';
import type { CountyValue } from './county-model';
import type { ChartSettings } from '../theme';

export type ColorMode = 'city' | 'zone';

export interface ColorGroup {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

const ZONE_JOIN = '＋';

export function groupKey(county: Pick<CountyValue, 'city' | 'zones'>, mode: ColorMode): string {
  return mode === 'city' ? county.city : county.zones.join(ZONE_JOIN);
}

function zoneKeyOrder(key: string): number {
  const parts = key.split(ZONE_JOIN).map((z) => ZONE_TYPES.findIndex((t) => t === z));
  // Single zones first in plan order, then combinations after their first zone.
  return parts.length === 1 ? (parts[0] ?? 99) : 10 + (parts[0] ?? 9) * 10 + (parts[1] ?? 9);
}

export function colorGroups(
  counties: readonly CountyValue[],
  mode: ColorMode,
  settings: ChartSettings,
): ColorGroup[] {
  const keys = [...new Set(counties.map((c) => groupKey(c, mode)))];
  if (mode === 'city') {
    const order = (city: string): number => CITIES.findIndex((c) => c.name === city);
    return keys
      .sort((a, b) => order(a) - order(b))
      .map((key) => ({ key, label: regionLabel(settings.lang, key), color: cityColor(key, settings.theme) }));
  }
  return keys
    .sort((a, b) => zoneKeyOrder(a) - zoneKeyOrder(b))
    .map((key) => ({
      key,
      label:
        key === ''
          ? '—'
          : key
              .split(ZONE_JOIN)
              .map((z) => zoneLabel(settings.lang, z))
              .join(ZONE_JOIN),
      color: zoneColor(key, settings.theme),
    }));
}
