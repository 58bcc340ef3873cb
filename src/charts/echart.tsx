/**
 * The one component that owns an ECharts instance (through echarts-for-react's tree-shaken core):
 * init, setOption, resize and dispose all happen here. Views pass a finished option from a pure
 * builder and never touch the instance.
 */
import type { EChartsCoreOption } from 'echarts/core';
import EChartsReactCore from 'echarts-for-react/esm/core';
import { useMemo, useState, type CSSProperties, type ReactElement } from 'react';
import { echarts } from './echarts-setup';

interface EChartProps {
  readonly option: EChartsCoreOption;
  /** Accessible name of the chart figure. */
  readonly label: string;
  readonly style?: CSSProperties;
  readonly testId?: string;
}

export function EChart({ option, label, style, testId }: EChartProps): ReactElement {
  // Marks the figure once ECharts has finished rendering (animations included), for end-to-end
  // tests, screenshots and the paint benchmark: 'finished' rather than the init callback.
  const [ready, setReady] = useState(false);
  const events = useMemo(() => ({ finished: () => { setReady(true); } }), []);
  return (
    <figure className="chart" aria-label={label} data-testid={testId} data-chart-ready={ready ? 'true' : 'false'}>
      <EChartsReactCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        opts={{ renderer: 'svg' }}
        style={{ height: '100%', width: '100%', ...style }}
        onEvents={events}
      />
    </figure>
  );
}
