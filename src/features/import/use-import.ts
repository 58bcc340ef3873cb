/**
 * One import from file to applied version, as a state machine the dialog renders:
 * idle → working (stage) → previewed → applied, or failed; cancel from working returns to idle.
 * Nothing reaches the data until `apply`, and `apply` is one store transaction.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportPreview } from '../../data/import/import-plan';
import type { ImportMode } from '../../data/import/table-diff';
import type { DatasetId } from '../../data/schema';
import { applyImport, requestPersistence, versionStore } from '../../import/data-store';
import { ImportCancelled, runImport, type ImportProgress, type ImportRun } from '../../import/import-client';
import type { StoredVersion } from '../../import/version-store';
import type { CatalogDocument } from '../../data/catalog/catalog-schema';
import { currentCatalog, setCatalog } from '../../data/registry';
import { saveLocalPlan } from '../../import/local-catalog';
import { CATALOG_QUERY_KEY, mergeCatalogs } from '../../queries/catalog-query';
import { currentTables, loadTargets, targetIndicators } from './current-tables';

export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly file: File; readonly stage: ImportProgress }
  | { readonly kind: 'previewed'; readonly file: File; readonly preview: ImportPreview }
  | { readonly kind: 'applied'; readonly version: StoredVersion; readonly previous: string | null }
  | { readonly kind: 'failed'; readonly message: string };

export interface ImportChoice {
  readonly datasetId?: DatasetId;
  readonly mode?: ImportMode;
  /** A workbook's sheet. */
  readonly sheet?: string;
  /** A plan table as printed: read it as a new plan rather than an update by names. */
  readonly newPlan?: boolean;
}

export function useImport() {
  const client = useQueryClient();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const run = useRef<ImportRun | null>(null);
  /** The file being started: a cancel or a newer file while the targets load wins. */
  const starting = useRef<File | null>(null);

  // Leaving the dialog mid-import stops the worker.
  useEffect(() => () => { run.current?.cancel(); }, []);

  const start = useCallback((file: File, choice: ImportChoice = {}) => {
    run.current?.cancel();
    starting.current = file;
    setState({ kind: 'working', file, stage: 'read' });
    void loadTargets(client).then((targets) => {
      if (starting.current !== file) return;
      starting.current = null;
      const current = runImport(file, { ...choice, current: currentTables(client), knownIndicators: targetIndicators(client), targets, catalog: currentCatalog() },
        (stage) => { setState({ kind: 'working', file, stage }); });
      run.current = current;
      current.result.then(
        (preview) => { if (run.current === current) setState({ kind: 'previewed', file, preview }); },
        (error: unknown) => {
          if (error instanceof ImportCancelled || run.current !== current) return;
          setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    });
  }, [client]);

  const cancel = useCallback(() => {
    starting.current = null;
    run.current?.cancel();
    run.current = null;
    setState({ kind: 'idle' });
  }, []);

  /** `plan`: a new plan's catalog document as staff completed it; saved with the table's version. */
  const apply = useCallback(async (preview: ImportPreview, plan?: CatalogDocument) => {
    if (!preview.dataset) return;
    const previous = (await (await versionStore()).read(preview.dataset.id)).active;
    try {
      if (plan) {
        await saveLocalPlan(plan);
        setCatalog(mergeCatalogs(currentCatalog(), [plan]));
        void client.invalidateQueries({ queryKey: CATALOG_QUERY_KEY });
      }
      const version = await applyImport(preview);
      void requestPersistence();
      setState({ kind: 'applied', version, previous });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [client]);

  return { state, start, cancel, apply, reset: cancel };
}

