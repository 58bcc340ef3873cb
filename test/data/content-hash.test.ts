import fc from 'fast-check';
import { contentHash, isContentHash, parseFileDigests } from '../../src/data/content-hash';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('contentHash', () => {
  it('is FNV-1a (32 bits) in its first half, with the length in front', () => {
    // FNV-1a 32 of "a" is 0xe40c292c, of "" the offset basis 0x811c9dc5 (the published test vectors).
    expect(contentHash(bytes('a')).startsWith('1-e40c292c')).toBe(true);
    expect(contentHash(new Uint8Array()).startsWith('0-811c9dc5')).toBe(true);
  });

  it('tells apart a file with one byte changed, and a file with a byte added', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 300 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (data, at, delta) => {
          const changed = data.slice();
          const i = at % data.length;
          changed[i] = ((data[i] ?? 0) + delta) % 256;
          const longer = new Uint8Array([...data, 0]);
          expect(contentHash(changed)).not.toBe(contentHash(data));
          expect(contentHash(longer)).not.toBe(contentHash(data));
        },
      ),
    );
  });

  it('is the same for the same bytes, wherever they come from', () => {
    expect(contentHash(bytes('地区,面积\n宾县,1.5\n'))).toBe(contentHash(bytes('地区,面积\n宾县,1.5\n')));
  });
});

describe('parseFileDigests', () => {
  const digest = contentHash(new TextEncoder().encode('指标,值\n'));

  it('reads a list of data files and their hashes', () => {
    expect(parseFileDigests({ 'ip-indicators.csv': digest, 'catalog.json': digest })).toEqual({
      'ip-indicators.csv': digest,
      'catalog.json': digest,
    });
    expect(isContentHash(digest)).toBe(true);
  });

  it.each([
    ['an empty list', {}],
    ['a list', [digest]],
    ['a path', { '../secret.csv': digest }],
    ['a hidden file', { '.htpasswd': digest }],
    ['a hash that is not one', { 'a.csv': 'abc' }],
    ['a hash given as a number', { 'a.csv': 12 }],
    ['more files than any view reads', Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`f${String(i)}.csv`, digest]))],
  ])('refuses %s as a whole', (_, value) => {
    expect(parseFileDigests(value)).toBeNull();
  });
});
