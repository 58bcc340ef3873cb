/**
 * Publishing one previewed table: the routes this deployment offers, the base read when the
 * preview is shown (the panel is mounted per preview), and the write as a mutation.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CatalogDocument } from '../../data/catalog/catalog-schema';
import type { ImportPreview } from '../../data/import/import-plan';
import {
  folderTarget,
  pickDataFolder,
  ensurePermission,
  storedDataFolder,
} from '../../import/publish/folder';
import { publishTable } from '../../import/publish/publish-table';
import type { PublishTarget } from '../../import/publish/publish-target';
import { catalogQuery } from '../../queries/catalog-query';
import { datasetQuery } from '../../queries/dataset-query';
import {
  publicationLogKey,
  publishBaseQuery,
  publishRoutesKey,
  publishRoutesQuery,
} from '../../queries/publish-queries';

const BY_KEY = 'target-board-published-by';
const previewIds = new WeakMap<ImportPreview, number>();
let nextPreviewId = 1;

/** One id per preview object: a new preview (even of the same file) reads its base again. */
export function previewIdOf(preview: ImportPreview): number {
  let id = previewIds.get(preview);
  if (id === undefined) {
    id = nextPreviewId++;
    previewIds.set(preview, id);
  }
  return id;
}

function storedName(): string {
  try {
    return localStorage.getItem(BY_KEY) ?? '';
  } catch {
    return '';
  }
}

/** `plan`: a new plan's document as staff completed it, added to catalog.json with the table. */
export function usePublish(preview: ImportPreview, sourceFile: string, plan: CatalogDocument | null = null) {
  const client = useQueryClient();
  const spec = preview.dataset;
  const file = spec?.file ?? '';
  const routes = useQuery(publishRoutesQuery(file));
  const [picked, setPicked] = useState<PublishTarget | null>(null);
  const previewId = previewIdOf(preview);
  const [by, setBy] = useState(storedName);
  const target = routes.data?.server ?? picked ?? routes.data?.folder ?? null;
  const base = useQuery(publishBaseQuery(target, file, previewId));

  const publish = useMutation({
    mutationFn: async () => {
      if (!target || !spec || !preview.next || !base.data) throw new Error('not ready');
      try {
        localStorage.setItem(BY_KEY, by);
      } catch {
        /* private mode: the name is not remembered */
      }
      return publishTable({
        target,
        spec,
        checkedText: preview.next.text,
        base: base.data,
        sourceFile,
        publishedBy: by.trim(),
        ...(plan ? { plan } : {}),
      });
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: publicationLogKey });
      if (plan) void client.invalidateQueries({ queryKey: catalogQuery().queryKey });
      if (spec) void client.invalidateQueries({ queryKey: datasetQuery(spec.id).queryKey });
    },
  });

  /** A click: pick the folder (first time) or grant the kept one again. */
  const chooseFolder = async (): Promise<void> => {
    const kept = await storedDataFolder();
    const handle = kept && (await ensurePermission(kept, true)) ? kept : await pickDataFolder();
    setPicked(folderTarget(handle));
    void client.invalidateQueries({ queryKey: publishRoutesKey });
  };

  /** Before previewing again: the page's copy of the table re-read, so the new diff shows the other change. */
  const refreshCurrent = async (): Promise<void> => {
    if (spec) await client.refetchQueries({ queryKey: datasetQuery(spec.id).queryKey });
  };

  return { routes: routes.data, target, base, publish, by, setBy, chooseFolder, refreshCurrent };
}
