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

const DIGEST = /^[0-9a-f]+-[0-9a-f]{16}$/;
const FILE_NAME = /^[\w.-]+$/;
/** More files than any view reads: a list this long is not one the build wrote. */
const MAX_FILES = 64;

/** Whether `value` has the form contentHash gives (length, then 16 hex digits). */
export function isContentHash(value: unknown): value is string {
  return typeof value === 'string' && DIGEST.test(value);
}

/**
 * A recorded list of served files and their content hashes (a prerendered chart's or page's),
 * as read from a served JSON: names of files directly under data/ (no path, not hidden) → a
 * content hash. Anything else, an empty list or an overlong one → null, never a partial list.
 */
export function parseFileDigests(value: unknown): Record<string, string> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.length > MAX_FILES) return null;
  const files: Record<string, string> = {};
  for (const [name, digest] of entries) {
    if (!FILE_NAME.test(name) || name.startsWith('.') || !isContentHash(digest)) return null;
    files[name] = digest;
  }
  return files;
}
