// @vitest-environment jsdom
/**
 * Switching a table's version is a mutation the panel shows: the clicked button says it is busy
 * and both switch buttons wait; then the panel says what changed, or why nothing was written.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { restoreVersion, setVersionStoreForTests } from '../../../src/import/data-store';
import { memoryStore, type StoredVersion, type VersionStore } from '../../../src/import/version-store';
import { VersionsPanel } from '../../../src/features/import/versions-panel';
import { renderWithQueries, serveDataFolder } from '../serve-data';

vi.mock('../../../src/import/data-store', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/import/data-store')>();
  return { ...actual, restoreVersion: vi.fn(actual.restoreVersion) };
});

const ID = 'ip-indicators';

const IMPORTED: StoredVersion = {
  id: 'v-ip',
  datasetId: ID,
  fileName: 'ip-2026.csv',
  format: 'csv',
  encoding: 'utf-8',
  importedAt: '2026-11-20T09:00:00.000Z',
  text: readFileSync(`data/${ID}.csv`, 'utf8'),
  labels: {},
  rowCount: 8,
};

let store: VersionStore;

beforeEach(async () => {
  serveDataFolder();
  store = memoryStore();
  await store.add(IMPORTED);
  setVersionStoreForTests(store);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The table's row once the stored versions are read (its reset button enabled). */
async function tableRow(): Promise<HTMLElement> {
  renderWithQueries(<VersionsPanel lang="zh" />);
  const row = await screen.findByTestId(`dataset-${ID}`, {}, { timeout: 5000 });
  await waitFor(() => {
    expect(within(row).getByRole('button', { name: '恢复内置数据' })).toBeEnabled();
  });
  return row;
}

describe('VersionsPanel switching a version', () => {
  it('says the reset is running with both switch buttons disabled, then says what it did', async () => {
    let finish: () => void = () => undefined;
    vi.mocked(restoreVersion).mockImplementationOnce(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const row = await tableRow();
    fireEvent.click(within(row).getByRole('button', { name: '恢复内置数据' }));
    expect(await within(row).findByRole('button', { name: '正在恢复…' })).toBeDisabled();
    expect(within(row).getByRole('button', { name: '使用此版本' })).toBeDisabled();
    // Against the version the panel showed active: another tab's change is not overwritten.
    expect(restoreVersion).toHaveBeenCalledWith(ID, null, 'v-ip');
    expect(screen.queryByTestId('versions-done')).toBeNull();
    act(() => {
      finish();
    });
    expect(await screen.findByTestId('versions-done')).toHaveTextContent(/^已将“.+”切换为：内置数据。/);
    expect(within(row).getByRole('button', { name: '恢复内置数据' })).toBeEnabled();
  });

  it('shows why nothing was written when the table changed meanwhile, and can be tried again', async () => {
    const row = await tableRow();
    // Another tab resets the table; this panel has not heard yet and still shows ip-2026.csv active.
    await store.activate(ID, null);
    fireEvent.click(within(row).getByRole('button', { name: '恢复内置数据' }));
    expect(await within(row).findByRole('alert')).toHaveTextContent('数据在预览之后已被更改');
    expect(within(row).getByRole('button', { name: '恢复内置数据' })).toBeEnabled();
    expect(screen.queryByTestId('versions-done')).toBeNull();
  });
});
