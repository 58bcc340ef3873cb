/**
 * Reads for publishing, as query-option factories: which routes this deployment offers (asked
 * of the server and the browser, not configured), the data folder file as it is when the preview
 * is shown (the base a write must still match), and the folder's publication log.
 */
import { queryOptions } from '@tanstack/react-query';
import { canPickFolder, ensurePermission, folderTarget, storedDataFolder } from '../import/publish/folder';
import type { PublishTarget } from '../import/publish/publish-target';
import { detectWebDav, webDavTarget } from '../import/publish/webdav';

export const DATA_URL = `${import.meta.env.BASE_URL}data/`;

export interface PublishRoutes {
  /** The server takes PUT on data/ (WebDAV). */
  readonly server: PublishTarget | null;
  /** A data folder picked before, with permission still granted. */
  readonly folder: PublishTarget | null;
  /** A folder was picked before but the browser must ask again (needs a click). */
  readonly folderNeedsPermission: boolean;
  readonly canPickFolder: boolean;
}

async function detectRoutes(probeFile: string): Promise<PublishRoutes> {
  const [dav, handle] = await Promise.all([
    detectWebDav(DATA_URL, probeFile),
    canPickFolder() || typeof FileSystemDirectoryHandle !== 'undefined' ? storedDataFolder() : null,
  ]);
  const granted = handle ? await ensurePermission(handle, false) : false;
  return {
    server: dav ? webDavTarget(DATA_URL) : null,
    folder: handle && granted ? folderTarget(handle) : null,
    folderNeedsPermission: handle !== null && !granted,
    canPickFolder: canPickFolder(),
  };
}

export const publishRoutesKey = ['publish-routes'] as const;

export function publishRoutesQuery(probeFile: string) {
  return queryOptions({
    queryKey: [...publishRoutesKey, probeFile] as const,
    queryFn: () => detectRoutes(probeFile),
    staleTime: Infinity,
  });
}

/** Read once per preview (`previewId`), never refreshed behind the staff member's back. */
export function publishBaseQuery(target: PublishTarget | null, file: string, previewId: number) {
  return queryOptions({
    queryKey: ['publish-base', target?.kind ?? 'none', target?.label ?? '', file, previewId] as const,
    queryFn: () => (target ? target.readBase(file) : null),
    staleTime: Infinity,
    gcTime: 0,
    enabled: target !== null,
  });
}

export const publicationLogKey = ['publication-log'] as const;

export function publicationLogQuery(target: PublishTarget | null) {
  return queryOptions({
    queryKey: [...publicationLogKey, target?.kind ?? 'none', target?.label ?? ''] as const,
    queryFn: () => (target ? target.readLog() : { entries: [] }),
    enabled: target !== null,
  });
}
