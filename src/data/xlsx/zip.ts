/**
 * The ZIP container of a workbook, read with limits. The central directory is parsed here (a few
 * fixed-offset fields), and only the parts the reader asks for are inflated, through fflate's
 * streaming inflater in small chunks, so a part that inflates past its cap is stopped within one
 * chunk instead of after the damage: the declared sizes of a hostile file can lie.
 */
import { Inflate } from 'fflate';

export interface ZipLimits {
  /** Inflated bytes of one part. */
  readonly maxEntryBytes: number;
  /** Inflated bytes of all parts read from one file. */
  readonly maxTotalBytes: number;
  /** Inflated ÷ compressed, enforced once a part passes `ratioFloorBytes`. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
}

/** A 100,000-row sheet is ≈ 60 MB of XML at ≈ 10–30× compression; a zip bomb is ≈ 1000×. */
export const ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 150 * 1024 * 1024,
  maxTotalBytes: 250 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 8 * 1024 * 1024,
};

export type ZipFailure = 'not-zip' | 'zip64' | 'encrypted' | 'method' | 'corrupt' | 'too-large' | 'ratio';

export class ZipError extends Error {
  constructor(readonly reason: ZipFailure, readonly part: string = '') {
    super(`zip: ${reason}${part ? ` (${part})` : ''}`);
    this.name = 'ZipError';
  }
}

interface Entry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const CHUNK = 16 * 1024;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
}

function endOfDirectory(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at -= 1) if (u32(bytes, at) === 0x06054b50) return at;
  throw new ZipError('not-zip');
}

function readDirectory(bytes: Uint8Array): Map<string, Entry> {
  const end = endOfDirectory(bytes);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError('zip64');
  const names = new TextDecoder('utf-8');
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i += 1) {
    if (u32(bytes, at) !== 0x02014b50) throw new ZipError('corrupt');
    const nameLength = u16(bytes, at + 28);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry = { name, flags: u16(bytes, at + 8), method: u16(bytes, at + 10), compressedSize: u32(bytes, at + 20), size: u32(bytes, at + 24), localOffset: u32(bytes, at + 42) };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) throw new ZipError('zip64', name);
    // Part names are case-insensitive in OPC; a leading slash is sometimes written.
    entries.set(name.replace(/^\//, '').toLowerCase(), entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

export class ZipArchive {
  private readonly entries: Map<string, Entry>;
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array, private readonly limits: ZipLimits = ZIP_LIMITS) {
    this.entries = readDirectory(bytes);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /** The part's bytes, or null when there is no such part. Throws ZipError past a limit. */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name.replace(/^\//, '').toLowerCase());
    if (!entry) return null;
    if ((entry.flags & 1) !== 0) throw new ZipError('encrypted', entry.name);
    const local = entry.localOffset;
    if (u32(this.bytes, local) !== 0x04034b50) throw new ZipError('corrupt', entry.name);
    const start = local + 30 + u16(this.bytes, local + 26) + u16(this.bytes, local + 28);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) throw new ZipError('corrupt', entry.name);
    this.checkDeclared(entry);
    if (entry.method === 0) { this.grow(entry, data.length, data.length); return data; }
    if (entry.method !== 8) throw new ZipError('method', entry.name);
    return this.inflate(entry, data);
  }

  /** Refuse on the declared sizes before inflating anything; the actual sizes are checked as they grow. */
  private checkDeclared(entry: Entry): void {
    if (entry.size > this.limits.maxEntryBytes || this.inflated + entry.size > this.limits.maxTotalBytes) throw new ZipError('too-large', entry.name);
    if (entry.size > this.limits.ratioFloorBytes && entry.size > entry.compressedSize * this.limits.maxRatio) throw new ZipError('ratio', entry.name);
  }

  private grow(entry: Entry, added: number, size: number): void {
    this.inflated += added;
    if (size > this.limits.maxEntryBytes || this.inflated > this.limits.maxTotalBytes) throw new ZipError('too-large', entry.name);
    if (size > this.limits.ratioFloorBytes && size > entry.compressedSize * this.limits.maxRatio) throw new ZipError('ratio', entry.name);
  }

  private inflate(entry: Entry, data: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const inflater = new Inflate((chunk) => {
      size += chunk.length;
      // Checked per output chunk: a lying header is stopped within one input chunk (≤ 16 MB out).
      this.grow(entry, chunk.length, size);
      chunks.push(chunk);
    });
    try {
      for (let at = 0; at < data.length; at += CHUNK) inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
      if (data.length === 0) inflater.push(data, true);
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError('corrupt', entry.name);
    }
    return concat(chunks, size);
  }
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) { out.set(chunk, at); at += chunk.length; }
  return out;
}
