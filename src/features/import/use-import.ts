/**
 * One import from file to applied version, as a state machine the dialog renders:
 * idle → working (stage) → previewed → applied, or failed; cancel from working returns to idle.
 * The two writes, apply and undo, are mutations: the dialog shows them pending and says why one
 * failed. Nothing reaches the data until `apply`, and `apply` is one compare-and-swap store transaction
 * against the base the preview was computed on: if another tab (or import) changed the table in
 * between, nothing is written and the preview is computed again, saying why. A change announced
 * while a preview is open does the same at once.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportPreview } from '../../data/import/import-plan';
import type { ImportMode } from '../../data/import/table-diff';
import type { DatasetId } from '../../data/schema';
import {
  applyImport,
  requestPersistence,
  restoreVersion,
  subscribeDataChanges,
  versionOf,
  versionStore,
} from '../../import/data-store';
import { loadBase, loadBases, type ImportBase } from '../../import/import-base';
import { ImportCancelled, runImport, type ImportProgress, type ImportRun } from '../../import/import-client';
import { REPREVIEWED, storageMessage, type Message } from '../../import/storage-messages';
import { writeMessages } from '../../i18n/write-messages';
import { importText } from './import-text';
import { BaseChangedError, versionsDroppedBy, type StoredVersion } from '../../import/version-store';
import type { CatalogDocument } from '../../data/catalog/catalog-schema';
import { currentCatalog, setCatalog } from '../../data/registry';
import { saveLocalPlan } from '../../import/local-catalog';
import { catalogQuery, mergeCatalogs } from '../../queries/catalog-query';
import { loadTargets, targetIndicators } from './current-tables';

export interface ImportChoice {
  readonly datasetId?: DatasetId;
  readonly mode?: ImportMode;
  /** A workbook's sheet. */
  readonly sheet?: string;
  /** A plan table as printed: read it as a new plan rather than an update by names. */
  readonly newPlan?: boolean;
}

export type ImportState =
  /** `undone`: the file whose import was just undone (said until the next file is chosen). */
  | { readonly kind: 'idle'; readonly undone?: string }
  | { readonly kind: 'working'; readonly file: File; readonly stage: ImportProgress }
  | {
      readonly kind: 'previewed';
      readonly file: File;
      readonly preview: ImportPreview;
      readonly choice: ImportChoice;
      /** What the preview was computed against (null: the file was not recognised). */
      readonly base: ImportBase | null;
      /** Versions this apply would prune (the user is told before). */
      readonly drops: readonly StoredVersion[];
      readonly notice?: Message;
    }
  | { readonly kind: 'applied'; readonly version: StoredVersion; readonly previous: string | null }
  | { readonly kind: 'failed'; readonly message: Message };

function dropsOf(preview: ImportPreview, base: ImportBase | null): readonly StoredVersion[] {
  const version = base ? versionOf(preview, new Date()) : null;
  return base && version ? versionsDroppedBy(base.versions, version) : [];
}

type Previewed = Extract<ImportState, { kind: 'previewed' }>;
type Applied = Extract<ImportState, { kind: 'applied' }>;

interface ApplyRequest {
  readonly now: Previewed;
  readonly base: ImportBase;
  readonly plan: CatalogDocument | undefined;
}

/** Why an undo wrote nothing, in the user's words. */
function undoRefusal(error: unknown): Message {
  return error instanceof BaseChangedError
    ? { zh: writeMessages('zh').undoRefused, en: writeMessages('en').undoRefused }
    : storageMessage(error);
}

export function useImport() {
  const client = useQueryClient();
  const [state, setRendered] = useState<ImportState>({ kind: 'idle' });
  const run = useRef<ImportRun | null>(null);
  /** Which start is current: answers of an older one (a re-preview overtook it) are dropped. */
  const generation = useRef(0);
  // The state as of now, for handlers (a change announcement can arrive before a render).
  const latest = useRef<ImportState>(state);
  const setState = useCallback((next: ImportState) => {
    latest.current = next;
    setRendered(next);
  }, []);
  /** This tab's own apply announces its change too: that is not a reason to preview again. */
  const ownWrite = useRef(false);

  const undoing = useMutation({
    mutationFn: ({ version, previous }: Applied) => restoreVersion(version.datasetId, previous, version.id),
    onSuccess: (_done, { version }) => {
      generation.current += 1;
      setState({ kind: 'idle', undone: version.fileName });
    },
  });
  // Stable (bound once by TanStack): a new file or a cancel forgets the last undo's refusal.
  const { reset: resetUndo } = undoing;

  // Leaving the dialog mid-import stops the worker.
  useEffect(
    () => () => {
      run.current?.cancel();
    },
    [],
  );

  const start = useCallback(
    (file: File, choice: ImportChoice = {}, notice?: Message) => {
      run.current?.cancel();
      run.current = null;
      const mine = (generation.current += 1);
      const live = (): boolean => generation.current === mine;
      resetUndo();
      setState({ kind: 'working', file, stage: 'read' });
      Promise.all([loadBases(), loadTargets(client)]).then(
        ([{ tables, bases }, targets]) => {
          if (!live()) return;
          const current = runImport(
            file,
            {
              ...choice,
              current: tables,
              knownIndicators: targetIndicators(client),
              targets,
              catalog: currentCatalog(),
            },
            (stage) => {
              if (live()) setState({ kind: 'working', file, stage });
            },
          );
          run.current = current;
          current.result.then(
            async (preview) => {
              if (!live()) return;
              // A new plan's table is in no catalog yet: its base is read now (empty unless published).
              const base = preview.dataset
                ? (bases[preview.dataset.id] ?? (await loadBase(preview.dataset)))
                : null;
              if (!live()) return;
              setState({
                kind: 'previewed',
                file,
                preview,
                choice,
                base,
                drops: dropsOf(preview, base),
                ...(notice ? { notice } : {}),
              });
            },
            (error: unknown) => {
              if (error instanceof ImportCancelled || !live()) return;
              const detail = error instanceof Error ? error.message : String(error);
              setState({
                kind: 'failed',
                message: { zh: importText('zh').failed(detail), en: importText('en').failed(detail) },
              });
            },
          );
        },
        (error: unknown) => {
          if (live()) setState({ kind: 'failed', message: storageMessage(error) });
        },
      );
    },
    [client, setState, resetUndo],
  );

  // Another tab (or this one's versions panel) changed the table being previewed: compare again.
  // This tab's own announcements come back too (BroadcastChannel): only a moved base counts.
  useEffect(
    () =>
      subscribeDataChanges((id) => {
        const now = latest.current;
        if (ownWrite.current || now.kind !== 'previewed' || now.preview.dataset?.id !== id || !now.base)
          return;
        const expected = now.base.active;
        void versionStore()
          .then((store) => store.read(id))
          .then((versions) => {
            if (latest.current === now && versions.active !== expected)
              start(now.file, now.choice, REPREVIEWED);
          });
      }),
    [start],
  );

  const cancel = useCallback(() => {
    generation.current += 1;
    run.current?.cancel();
    run.current = null;
    resetUndo();
    setState({ kind: 'idle' });
  }, [setState, resetUndo]);

  const applying = useMutation({
    mutationFn: async ({ now, base, plan }: ApplyRequest): Promise<StoredVersion> => {
      if (plan) {
        await saveLocalPlan(plan);
        setCatalog(mergeCatalogs(currentCatalog(), [plan]));
        void client.invalidateQueries({ queryKey: catalogQuery().queryKey });
      }
      // The store announces the change: every view's dataset and the version list reload (useDataSync).
      return applyImport(now.preview, base.active);
    },
    onMutate: () => {
      ownWrite.current = true;
    },
    onSuccess: (version, { base }) => {
      void requestPersistence();
      setState({ kind: 'applied', version, previous: base.active });
    },
    onError: (error, { now }) => {
      if (error instanceof BaseChangedError) start(now.file, now.choice, REPREVIEWED);
      else setState({ kind: 'failed', message: storageMessage(error) });
    },
    onSettled: () => {
      ownWrite.current = false;
    },
  });

  /** `plan`: a new plan's catalog document as staff completed it; saved with the table's version. */
  const { mutate: applyNow } = applying;
  const apply = useCallback(
    (plan?: CatalogDocument) => {
      const now = latest.current;
      if (now.kind !== 'previewed' || !now.preview.dataset || !now.base) return;
      applyNow({ now, base: now.base, plan });
    },
    [applyNow],
  );

  /** Put back what this import replaced — only while this import is still the active version. */
  const { mutate: undoNow } = undoing;
  const undo = useCallback(() => {
    const now = latest.current;
    if (now.kind === 'applied') undoNow(now);
  }, [undoNow]);

  return {
    state,
    start,
    cancel,
    apply,
    undo,
    applyPending: applying.isPending,
    undoPending: undoing.isPending,
    undoError: undoing.error === null ? null : undoRefusal(undoing.error),
  };
}
