import { MAX_FILE_BYTES } from '../../src/data/decode';
import { ImportCancelled, runImport } from '../../src/import/import-client';
import type { ImportResponse } from '../../src/import/import-protocol';

/** A stand-in for the browser's Worker: records what the client does with it. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(response: ImportResponse): void {
    this.onmessage?.(new MessageEvent('message', { data: response }));
  }
}

const request = { current: {}, knownIndicators: [] };

beforeEach(() => {
  FakeWorker.last = null;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function workerStarted(): Promise<FakeWorker> {
  await vi.waitFor(() => {
    if (!FakeWorker.last?.posted.length) throw new Error('not yet');
  });
  const worker = FakeWorker.last;
  if (!worker) throw new Error('no worker');
  return worker;
}

describe('running an import', () => {
  it('reports stages, resolves with the preview, and ends the worker', async () => {
    const stages: string[] = [];
    const run = runImport(new File(['a,b\n'], 'a.csv'), request, (s) => stages.push(s));
    const worker = await workerStarted();
    worker.answer({ kind: 'stage', stage: 'decode' });
    worker.answer({ kind: 'failed', message: 'boom' });
    await expect(run.result).rejects.toThrow('boom');
    expect(stages).toEqual(['read', 'decode']);
    expect(worker.terminated).toBe(true);
  });

  it('cancel terminates the worker and rejects with ImportCancelled; a late answer changes nothing', async () => {
    const run = runImport(new File(['a,b\n'], 'a.csv'), request, () => undefined);
    const worker = await workerStarted();
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(ImportCancelled);
    expect(worker.terminated).toBe(true);
    expect(() => {
      worker.answer({ kind: 'failed', message: 'late' });
    }).not.toThrow();
  });

  it(`refuses a file over ${String(MAX_FILE_BYTES / 1024 / 1024)} MB without reading it or starting a worker`, async () => {
    const big = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'big.csv');
    const preview = await runImport(big, request, () => undefined).result;
    expect(preview.errors.map((e) => e.code)).toEqual(['file-too-large']);
    expect(FakeWorker.last).toBeNull();
  });
});
