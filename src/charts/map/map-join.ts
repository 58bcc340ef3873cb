/**
 * Shapes ↔ regions. The map file names places as the map package did (嫩江县, renamed 嫩江市 in
 * 2019), so every shape name goes through the region registry's aliases (`resolveRegion`), never
 * raw string equality. Pure: the features come in as an argument, so importing this module
 * never pulls in the map asset (that is register-map.ts's job, in the lazily loaded chunk).
 */
import { resolveRegion } from '../../data/regions';

/** The name the map is registered under with ECharts. */
export const MAP_NAME = 'heilongjiang';

/** The one line feature that draws every city border (and the province edge) over the counties. */
export const CITY_BORDER = '市界';

/** What each feature of the asset carries (scripts/map/build-map.ts writes it). */
export interface ShapeProperties {
  readonly name: string;
  /** The prefecture the package filed the shape under, in Chinese (哈尔滨市, 大兴安岭地区). */
  readonly city: string;
  /** 'city-border' for the border line feature; absent for counties. */
  readonly kind?: string;
}

export interface MapShape {
  /** Name in the map file: the key ECharts joins series data on. */
  readonly name: string;
  readonly city: string;
  /** Canonical name when the shape is one of the 39 key counties, else null. */
  readonly county: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The properties of every feature, checked: the asset is data, and a regenerated one may differ. */
export function readShapeProperties(geoJson: unknown): ShapeProperties[] {
  const features = isRecord(geoJson) ? geoJson.features : undefined;
  if (!Array.isArray(features)) throw new Error('map asset: not a FeatureCollection');
  return features.map((feature: unknown, index): ShapeProperties => {
    const props = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    const { name, city, kind } = props;
    if (typeof name !== 'string') throw new Error(`map asset: feature ${index} has no name`);
    return {
      name,
      city: typeof city === 'string' ? city : '',
      ...(typeof kind === 'string' ? { kind } : {}),
    };
  });
}

/**
 * The key county a shape draws, or null. The shape's own prefecture must agree with the
 * registry's city, so a same-named district elsewhere could never take a key county's data.
 */
export function countyOfShape(shape: ShapeProperties): string | null {
  if (shape.kind !== undefined) return null;
  const region = resolveRegion(shape.name);
  if (region?.level !== 'county') return null;
  const city = resolveRegion(shape.city);
  return city?.name === region.city ? region.name : null;
}

/** Every county shape with its key county (the border feature is not a shape to colour). */
export function joinShapes(features: readonly ShapeProperties[]): MapShape[] {
  return features
    .filter((f) => f.kind === undefined)
    .map((f) => ({ name: f.name, city: f.city, county: countyOfShape(f) }));
}

/** Shape name → key county, for turning a click on the map into a county (others are absent). */
export function countyIndex(shapes: readonly MapShape[]): ReadonlyMap<string, string> {
  return new Map(shapes.flatMap((s) => (s.county === null ? [] : [[s.name, s.county] as const])));
}
