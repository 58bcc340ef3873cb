/**
 * Runs one import in a fresh worker: progress by stage, cancel by terminating the worker (the
 * only cancel that stops a synchronous parse mid-way), and the worker always ends with the run.
 * Files over MAX_FILE_BYTES are refused here, before a byte is read.
 */
import { fileTooLarge, MAX_FILE_BYTES } from '../data/decode';
import type { ImportPreview, ImportStage } from '../data/import/import-plan';
import { fileFormatOf } from '../data/file-format';
import { fromWire, type ImportRequest, type ImportResponse } from './import-wire';

export type ImportProgress = 'read' | ImportStage;

export interface ImportRun {
  readonly result: Promise<ImportPreview>;
  cancel(): void;
}

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

export function tooLarge(file: { readonly name: string; readonly size: number }): ImportPreview {
  const refusal = fileTooLarge(file.size);
  return {
    fileName: file.name,
    format: fileFormatOf(file.name, new Uint8Array(0)),
    encoding: null,
    sheet: null,
    sheets: [],
    dataset: null,
    mode: 'replace',
    rowCount: 0,
    errors: [refusal],
    warnings: [],
    diff: null,
    next: null,
    counts: { errors: 1, warnings: 0, changed: 0, added: 0, removed: 0, unchanged: 0 },
  };
}

type RequestWithoutBytes = Omit<ImportRequest, 'bytes' | 'fileName'>;

export function runImport(
  file: File,
  request: RequestWithoutBytes,
  onProgress: (stage: ImportProgress) => void,
): ImportRun {
  let worker: Worker | null = null;
  let cancelled = false;
  let rejectRun: (error: Error) => void = () => undefined;
  const finish = (): void => {
    worker?.terminate();
    worker = null;
  };
  const result = new Promise<ImportPreview>((resolve, reject) => {
    rejectRun = reject;
    if (file.size > MAX_FILE_BYTES) {
      resolve(tooLarge(file));
      return;
    }
    onProgress('read');
    file.arrayBuffer().then(
      (bytes) => {
        if (cancelled) return;
        worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
          type: 'module',
          name: 'import',
        });
        worker.onmessage = (event: MessageEvent<ImportResponse>) => {
          const message = event.data;
          if (message.kind === 'stage') {
            onProgress(message.stage);
            return;
          }
          finish();
          if (message.kind === 'done') resolve(fromWire(message.preview));
          else reject(new Error(message.message));
        };
        worker.onerror = (event) => {
          finish();
          reject(new Error(event.message || 'import worker failed'));
        };
        const full: ImportRequest = { ...request, bytes, fileName: file.name };
        worker.postMessage(full, [bytes]);
      },
      (error: unknown) => {
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
  return {
    result,
    cancel: () => {
      if (cancelled) return;
      cancelled = true;
      finish();
      rejectRun(new ImportCancelled());
    },
  };
}
