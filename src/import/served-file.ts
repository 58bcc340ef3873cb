/**
 * Reading a file from the served data/ folder, with what the server says about it: its ETag (the
 * base a publish sends as If-Match) and whether it is the file at all — a static server with an
 * SPA fallback answers a missing file with index.html and status 200.
 */
import { contentHash } from '../data/content-hash';
import { isWebPage } from './web-page';
import { issue, type ValidationIssue } from '../data/issues';

export type ServedFile =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly etag: string | null }
  | { readonly ok: false; readonly issue: ValidationIssue };

export function servedUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

function missing(file: string, why: string, whyEn: string): ServedFile {
  return {
    ok: false,
    issue: issue(
      'missing-file',
      'error',
      { line: 0 },
      `服务器上没有找到数据文件 ${file}（${why}）。请把 ${file} 放回网站的 data 文件夹，或检查文件名是否写错。`,
      `The server has no data file ${file} (${whyEn}). Put ${file} back into the site's data folder, or check its name.`,
    ),
  };
}

export async function readServedFile(file: string, signal?: AbortSignal): Promise<ServedFile> {
  // no-cache: staff replace files on the server; revalidate instead of trusting a stale copy.
  const response = await fetch(servedUrl(file), { cache: 'no-cache', ...(signal ? { signal } : {}) });
  if (!response.ok)
    return missing(file, `服务器答复 ${response.status}`, `the server answered ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (isWebPage(bytes, response.headers.get('content-type') ?? '')) {
    return missing(file, '服务器返回的是网页而不是表格', 'the server answered with a web page, not a table');
  }
  readDigests.set(file, contentHash(bytes));
  for (const listener of readListeners) listener(file);
  return { ok: true, bytes, etag: response.headers.get('etag') };
}

/** The content hash of each served file as this page last read it. */
const readDigests = new Map<string, string>();
const readListeners = new Set<(file: string) => void>();

/** Calls `listener` with each served file's name as it is read; returns the unsubscribe. */
export function onServedRead(listener: (file: string) => void): () => void {
  readListeners.add(listener);
  return () => {
    readListeners.delete(listener);
  };
}

/**
 * The content hash of `file` (a name under data/) as this page last read it from the server, or
 * undefined before the first read: a prerendered chart is shown only while every file it was drawn
 * from reads byte for byte as it did at build time (charts/prerender).
 */
export function servedDigest(file: string): string | undefined {
  return readDigests.get(file);
}
