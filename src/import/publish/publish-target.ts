/**
 * Where a checked table can be published, behind one interface: the static server itself
 * (WebDAV PUT, `webdav.ts`) or a data folder picked in Chromium (File System Access, `folder.ts`).
 * Both read a "base" when the preview is shown (the server's ETag, the file's last-modified
 * time, with the bytes) and refuse to write when the file is no longer that base.
 */
import type { Publication, PublicationLog } from '../../data/publish/history';

export type PublishChannelKind = 'webdav' | 'folder';

/** The file in the data folder as it was when the preview was shown. */
export interface PublishBase {
  readonly exists: boolean;
  /** ETag (WebDAV) or last-modified time in ms (folder); `null` when the file is new. */
  readonly stamp: string | null;
  /** Its bytes, kept as the history copy once the write has proved they were what it replaced. */
  readonly bytes: Uint8Array | null;
  /** When the file was last changed (ISO), for people; `null` when unknown or new. */
  readonly modified: string | null;
}

export interface PublishTarget {
  readonly kind: PublishChannelKind;
  /** Shown to staff: the server address or the folder's name. */
  readonly label: string;
  readBase(file: string): Promise<PublishBase>;
  /** Replace `file` with `text` only if it is still `base`; then history copy and log entry. */
  write(
    file: string,
    text: string,
    base: PublishBase,
    entry: Omit<Publication, 'replaced' | 'via'>,
  ): Promise<Publication>;
  read(path: string): Promise<Uint8Array | null>;
  readLog(): Promise<PublicationLog>;
  /**
   * Read-modify-write of a small file of the folder (`catalog.json`): `change` gets its text
   * (`null`: no such file yet) and returns the new text, or throws to write nothing. Written only
   * if the file is still what was read; read again and retried when someone wrote in between.
   */
  update(path: string, change: (current: string | null) => string): Promise<void>;
}

export type PublishErrorKind =
  'conflict' | 'auth' | 'server' | 'no-etag' | 'permission' | 'not-live' | 'catalog' | 'catalog-late';

export class PublishError extends Error {
  constructor(
    readonly kind: PublishErrorKind,
    readonly detail = '',
  ) {
    super(`${kind}${detail ? `: ${detail}` : ''}`);
    this.name = 'PublishError';
  }
}
