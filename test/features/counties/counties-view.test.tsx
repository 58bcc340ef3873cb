// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { CountiesView } from '../../../src/features/counties/counties-view';
import { readFileSync } from 'node:fs';
import { renderWithQueries, serveDataFolder } from '../serve-data';

// jsdom has no layout for ECharts; the chart itself is tested in Chromium (e2e).
vi.mock('../../../src/charts/echart', () => ({
  EChart: ({ label }: { label: string }): ReactElement => <figure aria-label={label} />,
}));

function demoArea(county: string): string {
  const row = readFileSync('data/black-soil-allocation.csv', 'utf8')
    .split('\n')
    .find((line) => line.startsWith(`${county},`));
  return row?.split(',')[2] ?? '';
}

async function rankingRows(): Promise<string[][]> {
  const table = await screen.findByRole('table', { name: /重点县/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
}

describe('CountiesView', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it('shows exactly the counties in the link, with their 附件1 values and ranks among 39', async () => {
    window.history.replaceState(null, '', '/?view=counties&county=宾县,巴彦县');
    serveDataFolder();
    renderWithQueries(<CountiesView />);
    const rows = await rankingRows();
    expect(rows.map((r) => r[1])).toEqual(['巴彦县', '宾县']);
    expect(rows.map((r) => r[4])).toEqual([demoArea('巴彦县'), demoArea('宾县')]);
  });

  it('adds a county typed as pinyin initials and writes it to the URL', async () => {
    window.history.replaceState(null, '', '/?view=counties&county=宾县');
    serveDataFolder();
    renderWithQueries(<CountiesView />);
    const input = await screen.findByRole('combobox', { name: '县（市、区）' });
    fireEvent.change(input, { target: { value: 'wdlc' } });
    fireEvent.mouseDown(
      within(await screen.findByRole('listbox')).getByRole('option', { name: /五大连池市/ }),
    );
    expect(decodeURIComponent(window.location.search)).toBe('?view=counties&county=宾县,五大连池市');
    expect((await rankingRows()).map((r) => r[1]).sort()).toEqual(['五大连池市', '宾县'].sort());
  });

  it('keeps the farm group out of the ranking and shows it apart', async () => {
    window.history.replaceState(null, '', '/?view=counties');
    serveDataFolder();
    renderWithQueries(<CountiesView />);
    const rows = await rankingRows();
    expect(rows).toHaveLength(39);
    expect(rows.some((r) => r[1]?.includes('北大荒'))).toBe(false);
    expect(screen.getByTestId('farm-group-card')).toHaveTextContent('1,144.0');
  });

  it('shows the farm group once on the city subtotals: its bar among the cities, no card beside it', async () => {
    window.history.replaceState(null, '', '/?view=counties&panel=cities');
    serveDataFolder();
    renderWithQueries(<CountiesView />);
    const table = await screen.findByRole('table', { name: /各市小计/ });
    const farmRows = within(table)
      .getAllByRole('row')
      .filter((row) => row.textContent.includes('北大荒农垦集团'));
    expect(farmRows).toHaveLength(1);
    expect(screen.queryByTestId('farm-group-card')).toBeNull();
    expect(screen.getAllByText('北大荒农垦集团')).toHaveLength(1);
  });

  it('keeps the farm group card beside the small multiples, which leave it out', async () => {
    window.history.replaceState(null, '', '/?view=counties&panel=multiples');
    serveDataFolder();
    renderWithQueries(<CountiesView />);
    expect(await screen.findByTestId('farm-group-card')).toHaveTextContent('1,144.0');
    expect(screen.getAllByText('北大荒农垦集团')).toHaveLength(1);
  });

  it('says so when the filters leave no county', async () => {
    window.history.replaceState(null, '', '/?view=counties&county=宾县&city=绥化市');
    serveDataFolder();
    renderWithQueries(<CountiesView />);
    expect(await screen.findByText('没有符合筛选条件的重点县。')).toBeInTheDocument();
  });
});
