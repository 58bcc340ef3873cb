/// <reference lib="webworker" />
/** The import worker: files are decoded, parsed, validated and compared off the page's thread. */
import { handleImportRequest, type ImportRequest, type ImportResponse } from './import-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  handleImportRequest(event.data, (response: ImportResponse) => {
    self.postMessage(response);
  });
};
