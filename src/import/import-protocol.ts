/**
 * The import worker's handler as a plain function (unit-tested in Node; the worker file only wires
 * it to `onmessage`). The messages themselves are in `import-wire.ts`.
 */
import { planImport, previewOf } from '../data/import/import-plan';
import { setCatalog } from '../data/registry';
import { toWire, type ImportRequest, type ImportResponse } from './import-wire';

export type { ImportRequest, ImportResponse, WirePreview } from './import-wire';
export { fromWire, toWire } from './import-wire';

export function handleImportRequest(request: ImportRequest, post: (response: ImportResponse) => void): void {
  const started = performance.now();
  try {
    if (request.catalog) setCatalog(request.catalog);
    const plan = planImport({
      newPlan: request.newPlan,
      bytes: new Uint8Array(request.bytes),
      fileName: request.fileName,
      datasetId: request.datasetId,
      mode: request.mode,
      ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
      current: (id) => request.current[id] ?? null,
      knownIndicators: new Set(request.knownIndicators),
      ...(request.targets ? { targets: request.targets } : {}),
      onStage: (stage) => {
        post({ kind: 'stage', stage });
      },
    });
    post({ kind: 'done', preview: toWire(previewOf(plan)), ms: performance.now() - started });
  } catch (error) {
    // A bug, not a bad file (bad files are issues): still an answer, never a hung progress bar.
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
