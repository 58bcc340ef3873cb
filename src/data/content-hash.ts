/**
 * A short content hash (FNV-1a, 2 × 32 bits, with the length) for servers that send no ETag:
 * crypto.subtle needs a secure context, which intranet pages over http are not. Also the key of a
 * prerendered chart (its data files' bytes and its option), in the browser and at build time.
 */
export function contentHash(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    a = Math.imul(a ^ byte, 0x01000193) >>> 0;
    b = Math.imul(b ^ byte, 0x5bd1e995) >>> 0;
  }
  return `${bytes.length.toString(16)}-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}
