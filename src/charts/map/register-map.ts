/**
 * The county map's ECharts modules and shapes. Reached only through the dynamic import of
 * county-map.tsx, so the map series, visualMap and the ~55 kB (gzipped) of shapes form their
 * own lazily loaded chunk and the first chart never waits for them. The asset is bundled, not
 * fetched: the map works with no network at all.
 */
import { MapChart } from 'echarts/charts';
import {
  TitleComponent,
  VisualMapContinuousComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { echarts } from '../echarts-setup';
import geoJsonText from './heilongjiang.geo.json?raw';
import { joinShapes, MAP_NAME, readShapeProperties, type MapShape } from './map-join';

let shapes: readonly MapShape[] | null = null;

/** Registers once and returns every county shape with its key county (or null). */
export function registerCountyMap(): readonly MapShape[] {
  if (shapes === null) {
    // The title draws the grey-county legend entry (registering it again costs nothing);
    // LabelLayout lets the 39 names hide where they would overlap at wall-screen size.
    echarts.use([
      MapChart,
      TitleComponent,
      VisualMapContinuousComponent,
      VisualMapPiecewiseComponent,
      LabelLayout,
    ]);
    // ECharts parses the text itself; the properties are read from a parse of our own, checked.
    echarts.registerMap(MAP_NAME, geoJsonText);
    shapes = joinShapes(readShapeProperties(JSON.parse(geoJsonText)));
  }
  return shapes;
}
