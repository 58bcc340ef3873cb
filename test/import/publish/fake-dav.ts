/**
 * An in-memory server that behaves as Apache's mod_dav was checked to: If-Match → 412 on a stale
 * ETag (and always on a weak one), If-None-Match: * → 412 when the file exists, 409 for a PUT into a
 * missing collection, 401 without the account. Real Apache runs in the e2e specs.
 */
interface Stored {
  body: Uint8Array;
  etag: string;
}

/** `weakReads`: like Apache, the first GETs of a file just written carry a weak ETag (W/"…"). */
export function fakeDav(options: { auth?: boolean; etags?: boolean; weakReads?: number } = {}) {
  const files = new Map<string, Stored>();
  const reads = new Map<string, number>();
  const dirs = new Set<string>(['/data']);
  let version = 0;
  const fetchFn = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const path = new URL(input instanceof Request ? input.url : input.toString(), 'http://dav.test').pathname;
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    if (method === 'OPTIONS')
      return new Response(null, { status: 200, headers: { Allow: 'OPTIONS,GET,HEAD,PUT', DAV: '1,2' } });
    if (method === 'GET') {
      const file = files.get(path);
      const read = (reads.get(path) ?? 0) + 1;
      reads.set(path, read);
      const etag = file && read <= (options.weakReads ?? 0) ? `W/${file.etag}` : file?.etag;
      return file
        ? new Response(file.body.slice() as BlobPart, {
            headers: options.etags === false || !etag ? {} : { ETag: etag },
          })
        : new Response(null, { status: 404 });
    }
    if (options.auth === false) return new Response(null, { status: 401 });
    if (method === 'MKCOL') {
      dirs.add(path.replace(/\/$/, ''));
      return new Response(null, { status: 201 });
    }
    if (method !== 'PUT') return new Response(null, { status: 405 });
    // The body first: the checks and the write must not be split by an await (a server does them atomically).
    const body = new Uint8Array(await new Response(init.body ?? null).arrayBuffer());
    const current = files.get(path);
    const ifMatch = headers.get('If-Match');
    if (ifMatch !== null && current?.etag !== ifMatch) return new Response(null, { status: 412 });
    if (headers.get('If-None-Match') === '*' && current) return new Response(null, { status: 412 });
    if (!dirs.has(path.slice(0, path.lastIndexOf('/')))) return new Response(null, { status: 409 });
    files.set(path, { body, etag: `"v${(version += 1)}"` });
    reads.set(path, 0);
    return new Response(null, { status: current ? 204 : 201 });
  };
  const text = (path: string): string | undefined => {
    const f = files.get(path);
    return f && new TextDecoder().decode(f.body);
  };
  const put = (path: string, value: string): void => {
    files.set(path, { body: new TextEncoder().encode(value), etag: `"v${(version += 1)}"` });
  };
  return { fetchFn, files, text, put };
}
