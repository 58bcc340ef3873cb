// @vitest-environment jsdom
/**
 * useImport's two writes as mutations, on a memory version store: apply pending while the version
 * is written, then applied; an undo refused because the table changed meanwhile gives the reason,
 * and choosing the next file forgets it. The worker is replaced by the same planImport it runs.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import type { ReactElement, ReactNode } from 'react';
import { planImport, previewOf } from '../../../src/data/import/import-plan';
import { setVersionStoreForTests } from '../../../src/import/data-store';
import { runImport } from '../../../src/import/import-client';
import { memoryStore, type StoredVersion, type VersionStore } from '../../../src/import/version-store';
import { useImport } from '../../../src/features/import/use-import';
import { writeMessages } from '../../../src/i18n/write-messages';
import { serveDataFolder } from '../serve-data';

vi.mock('../../../src/import/import-client', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/import/import-client')>();
  return { ...actual, runImport: vi.fn() };
});

const ID = 'ip-indicators';
const SERVED = readFileSync(`data/${ID}.csv`, 'utf8');
const CHANGED = SERVED.replace('2.57,4.53', '2.57,4.6');

function previewOfFile(text: string, fileName: string) {
  return previewOf(
    planImport({
      bytes: new TextEncoder().encode(text),
      fileName,
      current: (id) => (id === ID ? SERVED : null),
    }),
  );
}

/** The memory store, whose adds wait for `release` (the write in flight). */
function slowStore(): { readonly store: VersionStore; readonly memory: VersionStore; release: () => void } {
  const memory = memoryStore();
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const store: VersionStore = { ...memory, add: (v, expected) => gate.then(() => memory.add(v, expected)) };
  return {
    store,
    memory,
    release: () => {
      open();
    },
  };
}

function wrapper({ children }: { readonly children: ReactNode }): ReactElement {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

async function previewed(slow: ReturnType<typeof slowStore>) {
  setVersionStoreForTests(slow.store);
  vi.mocked(runImport).mockImplementation((file) => ({
    result: file.text().then((text) => previewOfFile(text, file.name)),
    cancel: () => undefined,
  }));
  const hook = renderHook(() => useImport(), { wrapper });
  act(() => {
    hook.result.current.start(new File([CHANGED], 'ip-2026.csv', { type: 'text/csv' }));
  });
  await waitFor(() => {
    expect(hook.result.current.state.kind).toBe('previewed');
  });
  return hook;
}

beforeEach(() => {
  serveDataFolder();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useImport writes', () => {
  it('is pending while the version is written, then applied', async () => {
    const slow = slowStore();
    const { result } = await previewed(slow);
    expect(result.current.applyPending).toBe(false);
    act(() => {
      result.current.apply();
    });
    await waitFor(() => {
      expect(result.current.applyPending).toBe(true);
    });
    expect(result.current.state.kind).toBe('previewed');
    act(() => {
      slow.release();
    });
    await waitFor(() => {
      expect(result.current.state.kind).toBe('applied');
    });
    expect(result.current.applyPending).toBe(false);
    expect((await slow.memory.read(ID)).versions.map((v) => v.fileName)).toEqual(['ip-2026.csv']);
  });

  it('says why an undo was refused when the table changed meanwhile; the next file forgets it', async () => {
    const slow = slowStore();
    slow.release();
    const { result } = await previewed(slow);
    act(() => {
      result.current.apply();
    });
    await waitFor(() => {
      expect(result.current.state.kind).toBe('applied');
    });
    // Another tab imports over it: undoing now would lose that change.
    const other: StoredVersion = {
      id: 'other-tab',
      datasetId: ID,
      fileName: 'other.csv',
      format: 'csv',
      encoding: 'utf-8',
      importedAt: '2026-11-21T09:00:00.000Z',
      text: SERVED,
      labels: {},
      rowCount: 8,
    };
    await slow.memory.add(other);
    act(() => {
      result.current.undo();
    });
    await waitFor(() => {
      expect(result.current.undoError?.zh).toBe(writeMessages('zh').undoRefused);
    });
    expect(result.current.undoError?.en).toBe(writeMessages('en').undoRefused);
    expect(result.current.state.kind).toBe('applied');
    expect((await slow.memory.read(ID)).active).toBe('other-tab');

    act(() => {
      result.current.start(new File([CHANGED], 'again.csv', { type: 'text/csv' }));
    });
    expect(result.current.undoError).toBeNull();
  });
});
