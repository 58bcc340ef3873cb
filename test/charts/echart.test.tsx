// @vitest-environment jsdom
/**
 * The chart host's own API, with echarts-for-react replaced by a stand-in that records its props:
 * jsdom has no layout for ECharts to draw in, so the test plays ECharts' part ('finished' events,
 * the instance handed over, clicks on it). Drawing itself is tested in the browser (e2e).
 */
import { act, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { EChart, loadLiveChart } from '../../src/charts/echart';

interface HostProps {
  readonly onEvents: Readonly<Record<string, () => void>>;
  readonly onChartReady: (instance: FakeInstance) => void;
}

const host = vi.hoisted(() => ({ props: [] as HostProps[] }));

vi.mock('echarts-for-react/esm/core', () => ({
  default: (props: HostProps): ReactElement => {
    host.props.push(props);
    return <div />;
  },
}));

function lastProps(): HostProps {
  const props = host.props.at(-1);
  if (!props) throw new Error('the host was not rendered');
  return props;
}

/** An ECharts instance as far as the host uses it: on/off, isDisposed, resize. */
class FakeInstance {
  readonly handlers = new Map<string, Set<(params: unknown) => void>>();
  readonly on = vi.fn((name: string, handler: (params: unknown) => void) => {
    const set = this.handlers.get(name) ?? new Set();
    set.add(handler);
    this.handlers.set(name, set);
  });
  readonly off = vi.fn((name: string, handler: (params: unknown) => void) => {
    this.handlers.get(name)?.delete(handler);
  });
  isDisposed(): boolean {
    return false;
  }
  resize(): void {}
  emit(name: string, params: unknown): void {
    for (const handler of this.handlers.get(name) ?? []) handler(params);
  }
}

const OPTION = { series: [] };

// ECharts comes in its own chunk (live-chart.ts); once loaded, charts mount it in their first render.
beforeAll(async () => {
  await loadLiveChart();
});

beforeEach(() => {
  host.props = [];
});

describe('EChart readiness', () => {
  it('calls onReady once, when ECharts first finishes drawing, and marks the figure from the same state', () => {
    const onReady = vi.fn();
    const { rerender } = render(<EChart option={OPTION} label="图" testId="chart" onReady={onReady} />);
    const figure = screen.getByTestId('chart');
    expect(figure).toHaveAttribute('data-chart-ready', 'false');
    expect(onReady).not.toHaveBeenCalled();

    act(() => {
      lastProps().onEvents.finished?.();
    });
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(figure).toHaveAttribute('data-chart-ready', 'true');

    // Hover, resize and new data make ECharts finish again: not a new readiness.
    const later = vi.fn();
    rerender(<EChart option={{ series: [{}] }} label="图" testId="chart" onReady={later} />);
    act(() => {
      lastProps().onEvents.finished?.();
      lastProps().onEvents.finished?.();
    });
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();
  });

  it('keeps one events object across renders (echarts-for-react rebinds every event when it changes)', () => {
    const { rerender } = render(<EChart option={OPTION} label="图" onReady={() => undefined} />);
    const first = lastProps().onEvents;
    rerender(<EChart option={{ series: [{}] }} label="图" onReady={() => undefined} />);
    expect(lastProps().onEvents).toBe(first);
  });
});

describe('EChart clicks', () => {
  it('binds one click handler on the instance once it exists, and calls the latest onItemClick', () => {
    const first = vi.fn();
    const { rerender, unmount } = render(<EChart option={OPTION} label="图" onItemClick={first} />);
    const instance = new FakeInstance();
    act(() => {
      lastProps().onChartReady(instance);
    });
    expect(instance.on).toHaveBeenCalledTimes(1);
    expect(instance.on).toHaveBeenCalledWith('click', expect.any(Function));

    const second = vi.fn();
    rerender(<EChart option={OPTION} label="图" onItemClick={second} />);
    expect(instance.on).toHaveBeenCalledTimes(1);
    act(() => {
      instance.emit('click', { name: '哈尔滨市', dataIndex: 2, seriesName: '目标' });
      // Not an item (a click on the legend or empty space): nothing reported.
      instance.emit('click', { componentType: 'legend' });
    });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledWith({ name: '哈尔滨市', dataIndex: 2, seriesName: '目标' });

    unmount();
    expect(instance.off).toHaveBeenCalledWith('click', instance.on.mock.calls[0]?.[1]);
  });
});
