/**
 * The one component that owns an ECharts instance (through echarts-for-react's tree-shaken core):
 * init, setOption, resize and dispose all happen here. Views pass a finished option from a pure
 * builder and never touch the instance.
 */
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import {
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactElement,
  type RefObject,
} from 'react';
import { fitToWidth, NARROW_WIDTH } from './fit-width';
import type * as LiveChartModule from './live-chart';
import { optionKey } from './prerender/option-key';
import { picturesExpected } from './prerender/prerender';
import { Picture, usePrerenderPhase } from './prerender/prerender-picture';

let liveChart: typeof LiveChartModule | null = null;
let liveChartLoading: Promise<typeof LiveChartModule> | null = null;

/** ECharts and its React host (live-chart.ts), loaded once. */
export function loadLiveChart(): Promise<typeof LiveChartModule> {
  liveChartLoading ??= import('./live-chart').then((module) => {
    liveChart = module;
    return module;
  });
  return liveChartLoading;
}

// With the host's own code, unless this page expects prerendered pictures to be painted first.
void picturesExpected().then((expected) => {
  if (!expected) void loadLiveChart();
});

/** The live-chart module once loaded, loading it when `wanted`. */
function useLiveChart(wanted: boolean): typeof LiveChartModule | null {
  const [loaded, setLoaded] = useState(liveChart);
  useEffect(() => {
    if (!wanted || loaded !== null) return undefined;
    let mounted = true;
    void loadLiveChart().then((module) => {
      if (mounted) setLoaded(module);
    });
    return () => {
      mounted = false;
    };
  }, [wanted, loaded]);
  return loaded;
}

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
  /**
   * Called once, when ECharts has first finished drawing this chart (animations included): the
   * chart's readiness as an API, for views that wait on it (the wall's rotation). Later redraws
   * (new data, hover, resize) do not call it again; `data-chart-ready` on the figure says the same.
   */
  readonly onReady?: () => void;
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
 * The first size comes from the observer's initial notification (every observed element gets
 * one), so nothing is set synchronously in the effect.
 */
function narrowOf(width: number): number {
  return width > 0 && width < NARROW_WIDTH ? Math.floor(width / 20) * 20 : 0;
}

/** narrowOf the figure's width, kept up to date by a resize observer. */
function useNarrowWidth(figure: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = figure.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      setWidth(narrowOf(element.getBoundingClientRect().width));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [figure]);
  return width;
}

/** Printing lays the page out again at A4 width: resize before the print snapshot, not after. */
function usePrintResize(
  instance: EChartsType | null,
  figure: RefObject<HTMLElement | null>,
  option: EChartsCoreOption,
  label: string,
): void {
  // The app's print-layout listener (registered before any chart's, so it runs first) has already
  // switched the page to its A4 layout when this measures. The snapshot is taken as soon as the
  // listeners return — no React render, resize observer or animation frame comes in between
  // (printing from a phone kept the phone's width) — so the option is fitted to the new width and
  // drawn here, synchronously and without animation; afterprint fits it back the same way.
  const redraw = useEffectEvent((chart: EChartsType): void => {
    if (chart.isDisposed()) return;
    const width = figure.current?.getBoundingClientRect().width ?? 0;
    const fitted = withDescription(fitToWidth(option, narrowOf(width)), label);
    chart.setOption({ ...fitted, animation: false }, { notMerge: true });
    // 'auto': echarts-for-react pins the size it measured at init; its own resizes pass 'auto' too.
    chart.resize({ width: 'auto', height: 'auto' });
    chart.getZr().flush();
  });
  useEffect(() => {
    if (!instance) return undefined;
    const resize = (): void => {
      redraw(instance);
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
  }, [instance]);
}

/** Clicks on an item reach the latest `onItemClick` without rebinding ECharts' handler. */
function useItemClick(instance: EChartsType | null, onItemClick: EChartProps['onItemClick']): void {
  const clicked = useEffectEvent((params: unknown): void => {
    if (isClickParams(params))
      onItemClick?.({ name: params.name, dataIndex: params.dataIndex, seriesName: params.seriesName });
  });
  useEffect(() => {
    if (!instance) return undefined;
    const onClick = (params: unknown): void => {
      clicked(params);
    };
    instance.on('click', onClick);
    return () => {
      // Unmounting disposes the instance first (the host's componentWillUnmount).
      if (!instance.isDisposed()) instance.off('click', onClick);
    };
  }, [instance]);
}

/**
 * Whether ECharts has finished drawing (animations included) since this chart mounted, and the
 * `onReady` call when it first has. 'finished' is bound through the host's `onEvents` (bound as
 * the instance is created, before its first frame), not in an effect, which could run after a
 * chart without animation has already finished. The handler only sets state, so the events
 * object never changes identity (echarts-for-react rebinds every event when it does).
 */
function useReady(onReady: (() => void) | undefined): {
  readonly ready: boolean;
  readonly events: Readonly<Record<string, () => void>>;
} {
  const [ready, setReady] = useState(false);
  const events = useMemo(
    () => ({
      finished: () => {
        setReady(true);
      },
    }),
    [],
  );
  const reportReady = useEffectEvent((): void => {
    onReady?.();
  });
  useEffect(() => {
    if (ready) reportReady();
  }, [ready]);
  return { ready, events };
}

export function EChart(props: EChartProps): ReactElement {
  const { option, label, style, height, testId, onItemClick, onReady } = props;
  // A narrow figure (phone, print column) gets the option fitted to its width (fit-width.ts).
  const figure = useRef<HTMLElement>(null);
  const narrowWidth = useNarrowWidth(figure);
  const described = useMemo(
    () => withDescription(fitToWidth(option, narrowWidth), label),
    [option, label, narrowWidth],
  );
  const key = useMemo(() => optionKey(described), [described]);
  const [phase, setPhase] = usePrerenderPhase(figure, key);
  // Taking over from a picture, ECharts draws its first frame without the entry animation: the
  // chart is already on screen, it should not grow again from zero.
  const [takeover, setTakeover] = useState<EChartsCoreOption | null>(null);
  const drawn = useMemo(
    () => (takeover === described ? { ...described, animation: false } : described),
    [takeover, described],
  );
  // echarts-for-react creates the instance asynchronously; it is handed over once it exists.
  const [instance, setInstance] = useState<EChartsType | null>(null);
  usePrintResize(instance, figure, option, label);
  useItemClick(instance, onItemClick);
  const { ready, events } = useReady(onReady);
  const live = useLiveChart(phase.kind === 'live');
  const boxStyle: CSSProperties = { height: height ?? '100%', width: '100%', ...style };
  const shown =
    phase.kind === 'live' ? (ready ? null : phase.entry) : phase.kind === 'picture' ? phase.entry : null;
  // A picture only ever stands for the option being drawn: new data or settings drop it at once.
  const picture = shown?.key === key ? shown : null;
  return (
    <figure
      ref={figure}
      className="chart"
      aria-label={label}
      data-testid={testId}
      // Written from the same state that calls onReady: end-to-end tests, screenshots and the
      // paint benchmark wait on this attribute, the app on the callback.
      data-chart-ready={ready ? 'true' : 'false'}
      // The option's identity, which scripts/prerender records a picture under.
      data-option-key={key}
    >
      {phase.kind === 'live' && live !== null ? (
        <live.EChartsReactCore
          echarts={live.echarts}
          option={drawn}
          notMerge
          lazyUpdate
          opts={{ renderer: 'svg' }}
          style={boxStyle}
          onEvents={events}
          onChartReady={setInstance}
        />
      ) : (
        <div style={boxStyle} />
      )}
      {picture === null ? null : (
        <Picture
          entry={picture}
          {...(phase.kind === 'picture'
            ? {
                onPainted: () => {
                  setTakeover(described);
                  setPhase({ kind: 'live', entry: picture });
                },
              }
            : {})}
        />
      )}
    </figure>
  );
}
