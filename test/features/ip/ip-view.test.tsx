// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { IpView } from '../../../src/features/ip/ip-view';
import { serveDataFolder } from '../serve-data';

// jsdom has no layout for ECharts to measure; the chart host is tested in the browser (e2e).
vi.mock('../../../src/charts/echart', () => ({
  EChart: ({ label }: { label: string }): ReactElement => <figure aria-label={label} />,
}));

function renderPanel(): void {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <IpView />
    </QueryClientProvider>,
  );
}

describe('IpView', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows every IP indicator of the embedded file in its table, with the source document', async () => {
    serveDataFolder();
    renderPanel();
    const table = await screen.findByRole('table', { name: /知识产权主要指标/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 8);
    expect(
      within(table).getByRole('rowheader', { name: '每万人口高价值发明专利拥有量' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/黑政发〔2021〕15号/).length).toBeGreaterThan(0);
    expect(await screen.findByTestId('shuangyashan-card')).toHaveTextContent('商标品牌培育站');
    expect(screen.getByRole('figure', { name: '知识产权主要指标需增长幅度' })).toBeInTheDocument();
  });

  it('draws the copy bundled with the app, not a broken chart, when the served file is broken on first read', async () => {
    // The banner naming the file is the shell's (DataWarnings); the view itself shows the data.
    const broken = '指标代码,指标名称,单位,2020年基期值,2025年预期值\nabc,专利,件,两点五,4.53\n';
    serveDataFolder({ 'ip-indicators.csv': broken });
    renderPanel();
    expect(await screen.findByRole('figure', { name: '知识产权主要指标需增长幅度' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
