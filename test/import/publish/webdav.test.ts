/**
 * The WebDAV route against an in-memory server that behaves as Apache's mod_dav was checked to
 * (If-Match → 412 on a stale ETag, If-None-Match: * → 412 when the file exists, 409 for a PUT
 * into a missing collection, 401 without the account). Real Apache runs in the e2e specs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePublicationLog } from '../../../src/data/publish/history';
import { PublishError } from '../../../src/import/publish/publish-target';
import { detectWebDav, webDavTarget } from '../../../src/import/publish/webdav';
import { fakeDav } from './fake-dav';

const entry = {
  file: 'ip-indicators.csv',
  dataset: 'ip-indicators',
  publishedAt: '2026-12-01T05:00:00.000Z',
  publishedBy: '王五',
  sourceFile: 'a.csv',
  rows: 8,
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('detectWebDav', () => {
  it.each([
    ['Apache with mod_dav', { Allow: 'OPTIONS,GET,HEAD,POST,DELETE,PUT,LOCK', DAV: '1,2' }, 200, true],
    ['a server naming only DAV', { DAV: '1' }, 200, true],
    ['a static server answering OPTIONS without PUT', { Allow: 'GET, HEAD, OPTIONS' }, 204, false],
    ['a dev server answering with nothing', {}, 204, false],
    ['a server that refuses OPTIONS', { Allow: 'PUT' }, 405, false],
  ])('%s → %s', async (_name, headers, status, expected) => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(null, { status, headers })));
    expect(await detectWebDav('/data/', 'ip-indicators.csv')).toBe(expected);
  });

  it('a network failure is "no"', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('failed')));
    expect(await detectWebDav('/data/', 'x.csv')).toBe(false);
  });
});

describe('webDavTarget', () => {
  beforeEach(() => {
    vi.stubGlobal('location', new URL('http://dav.test/'));
  });

  it('replaces the file under If-Match, keeps the replaced bytes in history/ (made on first use), logs it', async () => {
    const dav = fakeDav();
    dav.put('/data/ip-indicators.csv', 'old');
    vi.stubGlobal('fetch', dav.fetchFn);
    const target = webDavTarget('/data/');
    const base = await target.readBase('ip-indicators.csv');
    const publication = await target.write('ip-indicators.csv', 'new', base, entry);
    expect(dav.text('/data/ip-indicators.csv')).toBe('new');
    expect(publication.replaced).toMatch(/^history\/ip-indicators\.\d{8}T\d{9}Z\.csv$/);
    expect(dav.text(`/data/${publication.replaced ?? ''}`)).toBe('old');
    expect(parsePublicationLog(dav.text('/data/history/publications.json') ?? null).entries).toEqual([
      publication,
    ]);
    expect((await target.readLog()).entries).toEqual([publication]);
  });

  it('refuses with "conflict" when the file changed after the base was read, and writes nothing', async () => {
    const dav = fakeDav();
    dav.put('/data/ip-indicators.csv', 'old');
    vi.stubGlobal('fetch', dav.fetchFn);
    const target = webDavTarget('/data/');
    const base = await target.readBase('ip-indicators.csv');
    dav.put('/data/ip-indicators.csv', 'someone else');
    await expect(target.write('ip-indicators.csv', 'mine', base, entry)).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect(dav.text('/data/ip-indicators.csv')).toBe('someone else');
    expect([...dav.files.keys()].filter((k) => k.includes('history'))).toEqual([]);
  });

  it('creates a new file only if it is still absent', async () => {
    const dav = fakeDav();
    vi.stubGlobal('fetch', dav.fetchFn);
    const target = webDavTarget('/data/');
    const base = await target.readBase('new-plan.csv');
    expect(base).toEqual({ exists: false, stamp: null, bytes: null, modified: null });
    dav.put('/data/new-plan.csv', 'raced');
    await expect(
      target.write('new-plan.csv', 'mine', base, { ...entry, file: 'new-plan.csv' }),
    ).rejects.toMatchObject({ kind: 'conflict' });
    expect(dav.text('/data/new-plan.csv')).toBe('raced');
  });

  it('says "auth" on 401 and "no-etag" when the server gives no ETag for an existing file', async () => {
    const locked = fakeDav({ auth: false });
    locked.put('/data/ip-indicators.csv', 'old');
    vi.stubGlobal('fetch', locked.fetchFn);
    const target = webDavTarget('/data/');
    await expect(
      target.write('ip-indicators.csv', 'x', await target.readBase('ip-indicators.csv'), entry),
    ).rejects.toMatchObject({ kind: 'auth' });
    const plain = fakeDav({ etags: false });
    plain.put('/data/ip-indicators.csv', 'old');
    vi.stubGlobal('fetch', plain.fetchFn);
    const error: unknown = await target
      .write('ip-indicators.csv', 'x', await target.readBase('ip-indicators.csv'), entry)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).kind).toBe('no-etag');
    expect(plain.text('/data/ip-indicators.csv')).toBe('old');
  });

  it('two publishers of different files both get their line in the log', async () => {
    const dav = fakeDav();
    dav.put('/data/a.csv', 'a');
    dav.put('/data/b.csv', 'b');
    vi.stubGlobal('fetch', dav.fetchFn);
    const target = webDavTarget('/data/');
    const [baseA, baseB] = await Promise.all([target.readBase('a.csv'), target.readBase('b.csv')]);
    await Promise.all([
      target.write('a.csv', 'A', baseA, { ...entry, file: 'a.csv' }),
      target.write('b.csv', 'B', baseB, { ...entry, file: 'b.csv' }),
    ]);
    expect(
      parsePublicationLog(dav.text('/data/history/publications.json') ?? null)
        .entries.map((e) => e.file)
        .sort(),
    ).toEqual(['a.csv', 'b.csv']);
  });

  it('a file just written (weak ETag, which If-Match never matches) is read again until its ETag is strong', async () => {
    const dav = fakeDav({ weakReads: 1 });
    dav.put('/data/ip-indicators.csv', 'just published');
    vi.stubGlobal('fetch', dav.fetchFn);
    const target = webDavTarget('/data/');
    const base = await target.readBase('ip-indicators.csv');
    expect(base.stamp).not.toMatch(/^W\//);
    await target.write('ip-indicators.csv', 'again', base, entry);
    expect(dav.text('/data/ip-indicators.csv')).toBe('again');
    expect(parsePublicationLog(dav.text('/data/history/publications.json') ?? null).entries).toHaveLength(1);
  });
});
