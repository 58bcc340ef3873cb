// @vitest-environment jsdom
/**
 * The chart host with prerendered pictures (echart.tsx + prerender-picture.tsx), echarts-for-react
 * replaced by a stand-in that records its props, the served files' digests by a table the test
 * sets, and the figure's layout by a fixed size (jsdom has none).
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import type { EChartsCoreOption } from 'echarts/core';
import type { ReactElement } from 'react';
import { EChart, loadLiveChart } from '../../../src/charts/echart';
import { setPrerenderEntries, type PrerenderEntry } from '../../../src/charts/prerender/prerender';

interface HostProps {
  readonly option: EChartsCoreOption;
  readonly onEvents: Readonly<Record<string, () => void>>;
}

const host = vi.hoisted(() => ({ props: [] as HostProps[] }));
const served = vi.hoisted(() => ({
  digests: new Map<string, string>(),
  listeners: new Set<(file: string) => void>(),
}));

vi.mock('echarts-for-react/esm/core', () => ({
  default: (props: HostProps): ReactElement => {
    host.props.push(props);
    return <div data-testid="live-host" />;
  },
}));

vi.mock('../../../src/import/served-file', () => ({
  servedDigest: (file: string) => served.digests.get(file),
  onServedRead: (listener: (file: string) => void) => {
    served.listeners.add(listener);
    return () => served.listeners.delete(listener);
  },
}));

const OPTION = { series: [{ type: 'bar', data: [510, 1000] }] };
const FILE = 'ip-indicators.csv';
const DIGEST = '622-9d5ca13dd8a25c91';

/** The option key the host computes for OPTION, read from a first render without pictures. */
function keyOf(option: EChartsCoreOption): string {
  setPrerenderEntries([]);
  const { unmount } = render(<EChart option={option} label="图" testId="probe" />);
  const key = screen.getByTestId('probe').getAttribute('data-option-key') ?? '';
  unmount();
  return key;
}

function entry(key: string): PrerenderEntry {
  return {
    key,
    width: 1170,
    height: 400,
    viewport: 1920,
    files: { [FILE]: DIGEST },
    svg: './prerender/ip-0.svg',
  };
}

function readServed(file: string, digest: string): void {
  served.digests.set(file, digest);
  for (const listener of served.listeners) listener(file);
}

beforeAll(async () => {
  await loadLiveChart();
  Object.defineProperty(HTMLImageElement.prototype, 'decode', {
    configurable: true,
    value: () => Promise.resolve(),
  });
});

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 1170, 400));
  host.props = [];
  served.digests.clear();
  served.listeners.clear();
});

afterEach(() => {
  setPrerenderEntries([]);
});

const picture = (): HTMLElement | null => document.querySelector('img[data-prerendered]');

describe('a chart with a prerendered picture', () => {
  it('shows the picture first, starts ECharts after it has been painted, and removes it once ECharts is ready', async () => {
    const key = keyOf(OPTION);
    served.digests.set(FILE, DIGEST);
    setPrerenderEntries([entry(key)]);
    host.props = [];
    render(<EChart option={OPTION} label="图" testId="chart" />);
    expect(picture()).toHaveAttribute('src', './prerender/ip-0.svg');
    expect(host.props).toHaveLength(0);

    await waitFor(() => {
      expect(host.props.length).toBeGreaterThan(0);
    });
    // Taking over without the entry animation, the picture still over it until ECharts is ready.
    expect(host.props.at(-1)?.option).toMatchObject({ animation: false, series: OPTION.series });
    expect(picture()).not.toBeNull();
    expect(screen.getByTestId('chart')).toHaveAttribute('data-chart-ready', 'false');

    act(() => {
      host.props.at(-1)?.onEvents.finished?.();
    });
    expect(picture()).toBeNull();
    expect(screen.getByTestId('chart')).toHaveAttribute('data-chart-ready', 'true');
  });

  it('draws live, never the picture, when a data file reads otherwise than at build time', async () => {
    const key = keyOf(OPTION);
    served.digests.set(FILE, '622-0000000000000000');
    setPrerenderEntries([entry(key)]);
    host.props = [];
    render(<EChart option={OPTION} label="图" testId="chart" />);
    expect(picture()).toBeNull();
    await waitFor(() => {
      expect(host.props.length).toBeGreaterThan(0);
    });
    expect(host.props.at(-1)?.option).not.toHaveProperty('animation');
    expect(picture()).toBeNull();
  });

  it('draws live when its option is another one (other data, language or filter)', async () => {
    const key = keyOf(OPTION);
    served.digests.set(FILE, DIGEST);
    setPrerenderEntries([entry(key)]);
    host.props = [];
    render(<EChart option={{ series: [{ type: 'bar', data: [510, 1001] }] }} label="图" testId="chart" />);
    expect(picture()).toBeNull();
    await waitFor(() => {
      expect(host.props.length).toBeGreaterThan(0);
    });
  });

  it('waits for a data file not read yet, then shows the picture if it reads as recorded', async () => {
    const key = keyOf(OPTION);
    setPrerenderEntries([entry(key)]);
    host.props = [];
    render(<EChart option={OPTION} label="图" testId="chart" />);
    expect(picture()).toBeNull();
    expect(host.props).toHaveLength(0);
    act(() => {
      readServed(FILE, DIGEST);
    });
    await waitFor(() => {
      expect(picture()).not.toBeNull();
    });
  });

  it('drops the picture at once when the option changes while it is shown', async () => {
    const key = keyOf(OPTION);
    served.digests.set(FILE, DIGEST);
    setPrerenderEntries([entry(key)]);
    host.props = [];
    const { rerender } = render(<EChart option={OPTION} label="图" testId="chart" />);
    expect(picture()).not.toBeNull();
    const changed = { series: [{ type: 'bar', data: [510, 999] }] };
    rerender(<EChart option={changed} label="图" testId="chart" />);
    expect(picture()).toBeNull();
    await waitFor(() => {
      expect(host.props.at(-1)?.option).toMatchObject({ series: changed.series });
    });
  });
});
