/**
 * What drawing a live chart takes — ECharts with its registered modules and echarts-for-react —
 * in a chunk of its own, loaded by the chart host (echart.tsx): at once where no prerendered
 * picture is expected, after the pictures have been painted where they are, so the first chart
 * on screen does not wait for ECharts' code to arrive and run.
 */
export { default as EChartsReactCore } from 'echarts-for-react/esm/core';
export { echarts } from './echarts-setup';
