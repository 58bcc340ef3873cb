/**
 * The baseline of the first-chart benchmark: the least a page on the app's stack can do to show
 * one bar chart. Same React, echarts-for-react core entry, tree-shaken ECharts and SVG renderer
 * as the app; 39 bars (the key counties) from constants, so there is no data to fetch or parse.
 * The figure is marked like the app's (data-chart-ready), so one paint check serves both.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import EChartsReactCore from 'echarts-for-react/esm/core';
import { StrictMode, useMemo, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

echarts.use([BarChart, GridComponent, SVGRenderer]);

const NAMES = Array.from({ length: 39 }, (_, i) => `County ${i + 1}`);
const VALUES = NAMES.map((_, i) => ((i * 37) % 100) + 10);
const OPTION = {
  grid: { left: 80, right: 24, top: 16, bottom: 24 },
  xAxis: { type: 'value' },
  yAxis: { type: 'category', data: NAMES },
  series: [{ type: 'bar', data: VALUES }],
};

function Bare(): ReactElement {
  const [ready, setReady] = useState(false);
  const events = useMemo(
    () => ({
      finished: () => {
        setReady(true);
      },
    }),
    [],
  );
  return (
    <figure data-chart-ready={ready ? 'true' : 'false'} style={{ margin: 0 }}>
      <EChartsReactCore
        echarts={echarts}
        option={OPTION}
        opts={{ renderer: 'svg' }}
        style={{ height: 900, width: 1200 }}
        onEvents={events}
      />
    </figure>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
