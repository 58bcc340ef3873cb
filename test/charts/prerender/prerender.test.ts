import fc from 'fast-check';
import {
  entriesForViewport,
  findPrerender,
  parsePrerenderList,
  type PrerenderEntry,
} from '../../../src/charts/prerender/prerender';

const DIGEST = '622-9d5ca13dd8a25c91';
const KEY = '5ac-dfc6d3acaaf0d3e8';

const raw = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  key: KEY,
  width: 1170,
  height: 400,
  viewport: 1920,
  files: { 'ip-indicators.csv': DIGEST, 'shuangyashan-ip.csv': '14b-ea762f66aec51299' },
  svg: 'ip-0.svg',
  ...over,
});

describe('parsePrerenderList', () => {
  it('reads entries and points their pictures into prerender/ under the base', () => {
    const [entry, ...rest] = parsePrerenderList({ version: 1, entries: [raw()] }, '/board/');
    expect(rest).toEqual([]);
    expect(entry?.svg).toBe('/board/prerender/ip-0.svg');
    expect(entry?.files['ip-indicators.csv']).toBe(DIGEST);
  });

  it.each([
    ['a picture outside prerender/', { svg: '../assets/index.js' }],
    ['a picture by URL', { svg: 'javascript:alert(1).svg' }],
    ['a picture that is not SVG', { svg: 'ip-0.html' }],
    ['a key that is not a content hash', { key: '<script>' }],
    ['a width of zero', { width: 0 }],
    ['a fractional height', { height: 400.5 }],
    ['a size given as text', { width: '1170' }],
    ['no data files', { files: {} }],
    ['a data file outside data/', { files: { '../catalog.json': DIGEST } }],
    ['a digest that is not one', { files: { 'ip-indicators.csv': 'abc' } }],
  ])('drops an entry with %s, keeping the others', (_what, change) => {
    const list = parsePrerenderList({ version: 1, entries: [raw(change), raw({ svg: 'ip-1.svg' })] });
    expect(list.map((e) => e.svg)).toEqual(['./prerender/ip-1.svg']);
  });

  it.each([
    ['an SPA fallback page', '<!doctype html>'],
    ['null', null],
    ['another version', { version: 2, entries: [raw()] }],
    ['entries that are not a list', { version: 1, entries: { 0: raw() } }],
  ])('reads nothing from %s', (_what, json) => {
    expect(parsePrerenderList(json)).toEqual([]);
  });

  it('never throws and only returns entries that point into prerender/', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.dictionary(fc.string(), fc.jsonValue())), (junk, entries) => {
        const list = [...parsePrerenderList(junk), ...parsePrerenderList({ version: 1, entries })];
        for (const entry of list) expect(entry.svg).toMatch(/^\.\/prerender\/[a-z0-9-]+\.svg$/);
      }),
    );
  });
});

describe('findPrerender', () => {
  const entries = parsePrerenderList({ version: 1, entries: [raw()] });
  const served = (digests: Record<string, string>) => (file: string) => digests[file];
  const both = served({ 'ip-indicators.csv': DIGEST, 'shuangyashan-ip.csv': '14b-ea762f66aec51299' });

  it('matches on option key, figure size and every data file read as recorded', () => {
    expect(findPrerender(entries, KEY, 1170, 400, both).kind).toBe('match');
  });

  it('does not match another option, width or height', () => {
    expect(findPrerender(entries, '5ac-0000000000000000', 1170, 400, both).kind).toBe('none');
    expect(findPrerender(entries, KEY, 1169, 400, both).kind).toBe('none');
    expect(findPrerender(entries, KEY, 1170, 401, both).kind).toBe('none');
  });

  it('waits on a data file not read yet, but not on one read with other content', () => {
    expect(findPrerender(entries, KEY, 1170, 400, served({ 'ip-indicators.csv': DIGEST })).kind).toBe(
      'unread',
    );
    const changed = served({ 'ip-indicators.csv': '622-0000000000000000' });
    expect(findPrerender(entries, KEY, 1170, 400, changed).kind).toBe('none');
  });

  it('never matches when any data file reads otherwise than recorded', () => {
    const recorded: Record<string, string> = {
      'ip-indicators.csv': DIGEST,
      'shuangyashan-ip.csv': '14b-ea762f66aec51299',
    };
    fc.assert(
      fc.property(
        fc.constantFrom('ip-indicators.csv', 'shuangyashan-ip.csv'),
        fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
        (file, hash) => {
          // Same length as recorded, other bytes: only the content hash tells them apart.
          const digest = `${(recorded[file] ?? '').split('-')[0] ?? ''}-${hash.toString(16).padStart(16, '0')}`;
          fc.pre(digest !== recorded[file]);
          const digests = { ...recorded, [file]: digest };
          expect(findPrerender(entries, KEY, 1170, 400, served(digests)).kind).toBe('none');
        },
      ),
    );
  });
});

describe('entriesForViewport', () => {
  const at = (viewport: number): PrerenderEntry => ({
    key: KEY,
    width: 1,
    height: 1,
    viewport,
    files: { 'a.csv': DIGEST },
    svg: `x-${String(viewport)}.svg`,
  });
  const entries = [at(1920), at(1536), at(1366)];

  it('takes the entries recorded at this width, or at the widest on a wider window', () => {
    expect(entriesForViewport(entries, 1536).map((e) => e.viewport)).toEqual([1536]);
    expect(entriesForViewport(entries, 2560).map((e) => e.viewport)).toEqual([1920]);
  });

  it('takes none at a width in between or below (the layout differs there)', () => {
    expect(entriesForViewport(entries, 1400)).toEqual([]);
    expect(entriesForViewport(entries, 390)).toEqual([]);
  });
});
