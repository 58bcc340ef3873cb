// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { CountiesView } from '../../../src/features/counties/counties-view';
import { planImport } from '../../../src/data/import/import-plan';
import { metricCode } from '../../../src/data/region-tasks/region-spec';
import { EMBEDDED_CATALOG, setCatalog } from '../../../src/data/registry';
import { encodeGbk } from '../../support/gbk';
import { REGION_HEADER, regionRows, regionTasksCsv } from '../../support/region-tasks';
import { renderWithQueries, serveDataFolder } from '../serve-data';

vi.mock('../../../src/charts/echart', () => ({
  EChart: ({ label }: { label: string }): ReactElement => <figure aria-label={label} />,
}));

/** The table as `npm run publish` would serve it: its generic layout and its catalog entry. */
function servedTable(): { id: string; files: Record<string, string> } {
  const plan = planImport({ bytes: encodeGbk(regionTasksCsv()), fileName: 'tasks.csv', current: () => null });
  const document = plan.plan?.document;
  const table = document?.tables[0];
  if (!document || !table || !plan.next) throw new Error('not read');
  const catalog = { ...EMBEDDED_CATALOG, documents: [...EMBEDDED_CATALOG.documents, document] };
  return {
    id: table.dataset,
    files: { 'catalog.json': JSON.stringify(catalog), [table.file]: plan.next.text },
  };
}

async function rankingRows(): Promise<string[][]> {
  const table = await screen.findByRole('table', { name: /重点县/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
}

describe('CountiesView with a catalog region task table', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
    setCatalog(EMBEDDED_CATALOG);
  });

  it('ranks the chosen column of the table named in the link', async () => {
    const { id, files } = servedTable();
    const column = REGION_HEADER[3];
    window.history.replaceState(
      null,
      '',
      `/?view=counties&table=${id}&metric=${metricCode(column)}&county=宾县,巴彦县`,
    );
    serveDataFolder(files);
    renderWithQueries(<CountiesView />);
    const rows = await rankingRows();
    const expected = regionRows()
      .filter((r) => r.region === '宾县' || r.region === '巴彦县')
      .sort((a, b) => Number(b.part) - Number(a.part));
    expect(rows.map((r) => [r[1], r[4]])).toEqual(expected.map((r) => [r.region, r.part]));
    expect(screen.getByRole('heading', { name: new RegExp(`${column}：重点县排名`) })).toBeTruthy();
    expect(screen.getByTestId<HTMLSelectElement>('county-table').value).toBe(id);
  });

  it('a table the catalog does not have is said so', async () => {
    window.history.replaceState(null, '', '/?view=counties&table=plan-nosuch');
    serveDataFolder();
    renderWithQueries(<CountiesView />);
    expect(await screen.findByText(/目录中没有这张任务表。/)).toBeTruthy();
  });
});
