/**
 * Publishing by HTTP PUT to the server that serves the app (WebDAV: Apache httpd's mod_dav; see
 * the README's recipe). The PUT carries `If-Match` with the ETag read at preview time, so a file
 * someone else changed since is refused by the server (412) rather than overwritten; a new file
 * carries `If-None-Match: *`. Writing needs the server's own authentication: a 401 makes the
 * browser ask for the account (Basic auth) and, if refused, is reported as such.
 */
import {
  appendPublication,
  HISTORY_DIR,
  historyPath,
  parsePublicationLog,
  PUBLICATION_LOG,
  publicationLogText,
  type Publication,
  type PublicationLog,
} from '../../data/publish/history';
import { PublishError, type PublishBase, type PublishTarget } from './publish-target';

const CSV = 'text/csv; charset=utf-8';
const WEAK_RETRIES = 3;
const WEAK_WAIT_MS = 700;

/** A weak validator (RFC 9110 §8.8.1): never matches an If-Match. */
export const isWeak = (etag: string | null): boolean => etag !== null && etag.startsWith('W/');
const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** Does the server take PUT on the data folder? Asked, not configured: OPTIONS names DAV or PUT. */
export async function detectWebDav(dataUrl: string, probeFile: string): Promise<boolean> {
  try {
    const response = await fetch(`${dataUrl}${probeFile}`, { method: 'OPTIONS', cache: 'no-store' });
    const allow = (response.headers.get('Allow') ?? '').toUpperCase().split(/\s*,\s*/);
    return response.ok && (allow.includes('PUT') || /\b1\b/.test(response.headers.get('DAV') ?? ''));
  } catch {
    return false;
  }
}

function failure(response: Response): PublishError {
  if (response.status === 412) return new PublishError('conflict');
  if (response.status === 401 || response.status === 403)
    return new PublishError('auth', String(response.status));
  return new PublishError('server', `${response.status} ${response.statusText}`);
}

async function put(url: string, body: BodyInit, headers: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'PUT',
    body,
    headers: { 'Content-Type': CSV, ...headers },
    credentials: 'same-origin',
    cache: 'no-store',
  });
}

export function webDavTarget(dataUrl: string): PublishTarget {
  const url = (path: string): string => `${dataUrl}${path}`;

  async function putNew(path: string, body: BodyInit, type = CSV): Promise<Response> {
    let response = await put(url(path), body, { 'If-None-Match': '*', 'Content-Type': type });
    if (response.status === 409) {
      // The history folder does not exist yet: make it, once.
      await fetch(url(`${HISTORY_DIR}/`), { method: 'MKCOL', credentials: 'same-origin' });
      response = await put(url(path), body, { 'If-None-Match': '*', 'Content-Type': type });
    }
    return response;
  }

  async function keepHistory(file: string, bytes: Uint8Array): Promise<string> {
    const at = new Date();
    for (let n = 1; n < 10; n += 1) {
      const path = n === 1 ? historyPath(file, at) : historyPath(file, at).replace(/\.csv$/, `-${n}.csv`);
      const response = await putNew(path, new Blob([bytes as BlobPart]));
      if (response.ok) return path;
      if (response.status !== 412) throw failure(response);
    }
    throw new PublishError('server', 'no free history name');
  }

  async function update(path: string, change: (current: string | null) => string): Promise<void> {
    const type = path.endsWith('.json') ? 'application/json' : CSV;
    // Read-modify-write under If-Match: two publishers at once each get their change in.
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const current = await fetch(url(path), { cache: 'no-store', credentials: 'same-origin' });
      if (!current.ok && current.status !== 404) throw failure(current);
      const etag = current.ok ? current.headers.get('ETag') : null;
      if (isWeak(etag)) {
        await sleep(WEAK_WAIT_MS);
        continue;
      }
      if (current.ok && !etag) throw new PublishError('no-etag');
      const body = change(current.ok ? await current.text() : null);
      const response = etag
        ? await put(url(path), body, { 'If-Match': etag, 'Content-Type': type })
        : await putNew(path, body, type);
      if (response.ok) return;
      if (response.status !== 412) throw failure(response);
    }
    throw new PublishError('conflict', path);
  }

  const appendLog = (entry: Publication): Promise<void> =>
    update(`${HISTORY_DIR}/${PUBLICATION_LOG}`, (text) =>
      publicationLogText(appendPublication(parsePublicationLog(text), entry)),
    );

  return {
    kind: 'webdav',
    label: new URL(dataUrl, location.href).origin,
    async readBase(file) {
      let response = await fetch(url(file), { cache: 'no-store', credentials: 'same-origin' });
      // Apache gives a file changed within the last second a weak ETag (W/"…"), and If-Match
      // compares strongly: a PUT with it is always refused (412). Such a file was just written
      // (by another publisher, or by us); read it again once the second has passed.
      for (let attempt = 0; attempt < WEAK_RETRIES && isWeak(response.headers.get('ETag')); attempt += 1) {
        await sleep(WEAK_WAIT_MS);
        response = await fetch(url(file), { cache: 'no-store', credentials: 'same-origin' });
      }
      if (response.status === 404) return { exists: false, stamp: null, bytes: null, modified: null };
      if (!response.ok) throw failure(response);
      const lastModified = Date.parse(response.headers.get('Last-Modified') ?? '');
      const modified = Number.isNaN(lastModified) ? null : new Date(lastModified).toISOString();
      return {
        exists: true,
        stamp: response.headers.get('ETag'),
        bytes: new Uint8Array(await response.arrayBuffer()),
        modified,
      };
    },
    async write(file, text, base: PublishBase, entry) {
      if (base.exists && !base.stamp) throw new PublishError('no-etag');
      const condition: Record<string, string> =
        base.exists && base.stamp ? { 'If-Match': base.stamp } : { 'If-None-Match': '*' };
      const response = await put(url(file), text, condition);
      if (!response.ok) throw failure(response);
      // The write matched the preview's ETag, so the bytes it replaced are the preview's bytes.
      const replaced = base.bytes ? await keepHistory(file, base.bytes) : null;
      const publication: Publication = { ...entry, replaced, via: 'webdav' };
      await appendLog(publication);
      return publication;
    },
    async read(path) {
      const response = await fetch(url(path), { cache: 'no-store', credentials: 'same-origin' });
      return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
    },
    update,
    async readLog(): Promise<PublicationLog> {
      const response = await fetch(url(`${HISTORY_DIR}/${PUBLICATION_LOG}`), {
        cache: 'no-store',
        credentials: 'same-origin',
      });
      return parsePublicationLog(response.ok ? await response.text() : null);
    },
  };
}
