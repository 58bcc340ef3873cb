/**
 * The one component that owns an ECharts instance (through echarts-for-react's tree-shaken core):
 * init, setOption, resize and dispose all happen here. Views pass a finished option from a pure
 * builder and never touch the instance.
 */
import type { EChartsCoreOption } from 'echarts/core';
import EChartsReactCore from 'echarts-for-react/esm/core';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactElement,
  type RefObject,
} from 'react';
import { echarts } from './echarts-setup';
import { fitToWidth, NARROW_WIDTH } from './fit-width';

/** What a click on a bar, point or map area reports back to the view. */
export interface ChartItemClick {
  readonly name: string;
  readonly dataIndex: number;
  readonly seriesName?: string;
}

interface EChartProps {
  readonly option: EChartsCoreOption;
  /** Accessible name of the chart figure. */
  readonly label: string;
  readonly style?: CSSProperties;
  /**
   * Pixel height, for charts whose height follows the data (a row per county). Given here, a new
   * height reaches ECharts in the same commit as the new option: echarts-for-react resizes on a
   * style change. Left to its size sensor (debounced 60 ms), every filter change would first draw
   * the new data at the old height, then redraw.
   */
  readonly height?: number;
  readonly testId?: string;
  readonly onItemClick?: (item: ChartItemClick) => void;
}

function isClickParams(value: unknown): value is ChartItemClick {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.name === 'string' && typeof record.dataIndex === 'number';
}

/**
 * ECharts' generated chart description reads raw series data ("…的数据是232.5，0，NaN") for
 * stacked or gapped series; the chart's own name is the better description, and every chart
 * has its table as the accessible alternative.
 */
function withDescription(option: EChartsCoreOption, label: string): EChartsCoreOption {
  return { ...option, aria: { enabled: true, label: { description: label } } };
}

/**
 * The figure's width while it is below NARROW_WIDTH, rounded to 20 px steps (0 when wide): a
 * wide chart never re-renders on resize, a narrow one only when its fitted layout would change.
 */
function useNarrowWidth(figure: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = figure.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (): void => {
      const w = element.getBoundingClientRect().width;
      setWidth(w > 0 && w < NARROW_WIDTH ? Math.floor(w / 20) * 20 : 0);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [figure]);
  return width;
}

export function EChart({ option, label, style, height, testId, onItemClick }: EChartProps): ReactElement {
  // Marks the figure once ECharts has finished rendering (animations included), for end-to-end
  // tests, screenshots and the paint benchmark: 'finished' rather than the init callback.
  const [ready, setReady] = useState(false);
  // A narrow figure (phone, print column) gets the option fitted to its width (fit-width.ts).
  const figure = useRef<HTMLElement>(null);
  const narrowWidth = useNarrowWidth(figure);
  // The handler lives in a ref so the events object stays stable: echarts-for-react rebinds
  // every event whenever `onEvents` changes identity.
  const described = useMemo(
    () => withDescription(fitToWidth(option, narrowWidth), label),
    [option, label, narrowWidth],
  );
  const host = useRef<EChartsReactCore>(null);
  // Printing lays the page out again at A4 width: resize before the print snapshot, not after.
  // The app's print-layout listener (registered before any chart's, so it runs first) has already
  // switched the page to its A4 layout when this measures.
  useEffect(() => {
    const resize = (): void => {
      host.current?.getEchartsInstance().resize();
    };
    // jsdom (view tests) has no matchMedia.
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    print?.addEventListener('change', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      print?.removeEventListener('change', resize);
    };
  }, []);
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;
  const events = useMemo(
    () => ({
      finished: () => {
        setReady(true);
      },
      click: (params: unknown) => {
        if (isClickParams(params))
          clickRef.current?.({
            name: params.name,
            dataIndex: params.dataIndex,
            seriesName: params.seriesName,
          });
      },
    }),
    [],
  );
  return (
    <figure
      ref={figure}
      className="chart"
      aria-label={label}
      data-testid={testId}
      data-chart-ready={ready ? 'true' : 'false'}
    >
      <EChartsReactCore
        ref={host}
        echarts={echarts}
        option={described}
        notMerge
        lazyUpdate
        opts={{ renderer: 'svg' }}
        style={{ height: height ?? '100%', width: '100%', ...style }}
        onEvents={events}
      />
    </figure>
  );
}
