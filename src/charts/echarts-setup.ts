/**
 * Where the ECharts modules of the first bundle are registered; the map's modules (map series,
 * visualMap, label layout) are registered by map/register-map.ts, in the map's own lazily loaded
 * chunk. Importing from `echarts/core` and registering just what the charts use keeps the initial
 * bundle small (the full build is ~1 MB). SVG renderer: crisp text at any wall-screen scale, and
 * chart text is in the DOM for tests and screen readers.
 */
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  // Register a module here when a chart builder starts using it; every one adds to first load.
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };
