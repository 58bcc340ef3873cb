/**
 * Publishing into a data folder picked once in Chromium (File System Access API, secure contexts
 * only): the handle is kept in IndexedDB and its permission asked again when needed. A file is
 * written with `createWritable`, which writes to a swap file and moves it in on close, so it is
 * whole or unchanged; the "changed since the preview" check compares the file's last-modified time
 * with the one read at preview time.
 */
import { get, set } from 'idb-keyval';
import {
  appendPublication,
  HISTORY_DIR,
  historyFileName,
  parsePublicationLog,
  PUBLICATION_LOG,
  publicationLogText,
  type Publication,
} from '../../data/publish/history';
import { PublishError, type PublishBase, type PublishTarget } from './publish-target';

const HANDLE_KEY = 'target-board-publish-folder';

type PermissionMode = { readonly mode: 'readwrite' };
/** The parts of the API TypeScript's DOM library does not declare yet. */
interface PermissionedHandle extends FileSystemDirectoryHandle {
  queryPermission?: (options: PermissionMode) => Promise<PermissionState>;
  requestPermission?: (options: PermissionMode) => Promise<PermissionState>;
}
interface PickerWindow {
  showDirectoryPicker?: (options: { id?: string; mode: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;
}

export function canPickFolder(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    typeof (window as PickerWindow).showDirectoryPicker === 'function'
  );
}

/** Asks once (a user gesture is needed) and keeps the handle for the next visits. */
export async function pickDataFolder(): Promise<FileSystemDirectoryHandle> {
  const picker = (window as PickerWindow).showDirectoryPicker;
  if (!picker) throw new PublishError('permission', 'no folder picker');
  const handle = await picker({ id: 'target-board-data', mode: 'readwrite' });
  await set(HANDLE_KEY, handle);
  return handle;
}

export async function storedDataFolder(): Promise<FileSystemDirectoryHandle | null> {
  try {
    const handle: unknown = await get(HANDLE_KEY);
    return handle instanceof FileSystemDirectoryHandle ? handle : null;
  } catch {
    return null;
  }
}

/** Granted already, or asked now (needs a user gesture when the browser has to prompt). */
export async function ensurePermission(handle: FileSystemDirectoryHandle, ask: boolean): Promise<boolean> {
  const h = handle as PermissionedHandle;
  const mode: PermissionMode = { mode: 'readwrite' };
  if (!h.queryPermission) return true;
  if ((await h.queryPermission(mode)) === 'granted') return true;
  return ask && h.requestPermission !== undefined && (await h.requestPermission(mode)) === 'granted';
}

async function fileIn(dir: FileSystemDirectoryHandle, name: string): Promise<File | null> {
  try {
    return await (await dir.getFileHandle(name)).getFile();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotFoundError') return null;
    throw error;
  }
}

async function writeFile(
  dir: FileSystemDirectoryHandle,
  name: string,
  body: BufferSource | Blob | string,
): Promise<void> {
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
  try {
    await writable.write(body);
    await writable.close();
  } catch (error) {
    // Aborting drops the swap file: the file stays as it was.
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

async function freeName(dir: FileSystemDirectoryHandle, file: string, at: Date): Promise<string> {
  const first = historyFileName(file, at);
  for (let n = 1; n < 10; n += 1) {
    const name = n === 1 ? first : first.replace(/\.csv$/, `-${n}.csv`);
    if (!(await fileIn(dir, name))) return name;
  }
  throw new PublishError('server', 'no free history name');
}

export function folderTarget(root: FileSystemDirectoryHandle): PublishTarget {
  const history = (): Promise<FileSystemDirectoryHandle> =>
    root.getDirectoryHandle(HISTORY_DIR, { create: true });
  return {
    kind: 'folder',
    label: root.name,
    async readBase(file): Promise<PublishBase> {
      const current = await fileIn(root, file);
      if (!current) return { exists: false, stamp: null, bytes: null, modified: null };
      const bytes = new Uint8Array(await current.arrayBuffer());
      return {
        exists: true,
        stamp: String(current.lastModified),
        bytes,
        modified: new Date(current.lastModified).toISOString(),
      };
    },
    async write(file, text, base, entry) {
      if (!(await ensurePermission(root, true))) throw new PublishError('permission');
      const now = await fileIn(root, file);
      const stamp = now ? String(now.lastModified) : null;
      if (stamp !== base.stamp) throw new PublishError('conflict');
      let replaced: string | null = null;
      if (base.bytes) {
        const dir = await history();
        const name = await freeName(dir, file, new Date());
        await writeFile(dir, name, new Blob([base.bytes as BlobPart]));
        replaced = `${HISTORY_DIR}/${name}`;
      }
      await writeFile(root, file, text);
      const publication: Publication = { ...entry, replaced, via: 'folder' };
      const dir = await history();
      const log = parsePublicationLog((await (await fileIn(dir, PUBLICATION_LOG))?.text()) ?? null);
      await writeFile(dir, PUBLICATION_LOG, publicationLogText(appendPublication(log, publication)));
      return publication;
    },
    async read(path) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      const file = await fileIn(dir, parts.at(-1) ?? '');
      return file ? new Uint8Array(await file.arrayBuffer()) : null;
    },
    async update(path, change) {
      if (!(await ensurePermission(root, true))) throw new PublishError('permission');
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const name = parts.at(-1) ?? '';
      const before = await fileIn(dir, name);
      const text = change(before ? await before.text() : null);
      // The folder has no conditional write: the file's last-modified time is checked once more
      // right before it is replaced (createWritable then swaps the whole file in).
      const now = await fileIn(dir, name);
      if ((now?.lastModified ?? null) !== (before?.lastModified ?? null))
        throw new PublishError('conflict', path);
      await writeFile(dir, name, text);
    },
    async readLog() {
      const file = await fileIn(await history(), PUBLICATION_LOG);
      return parsePublicationLog(file ? await file.text() : null);
    },
  };
}
