/**
 * GBK encoding for tests and benchmarks. Browsers and Node only encode UTF-8, and no encoder
 * package is a dependency; GBK's two-byte table is recovered once from the platform's own
 * gb18030 decoder, so the bytes are exactly what Excel/WPS on Chinese Windows write.
 */
let table: Map<string, number> | null = null;

function gbkTable(): Map<string, number> {
  if (table) return table;
  const decoder = new TextDecoder('gb18030');
  table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, (lead << 8) | trail);
    }
  }
  return table;
}

/** Throws on a character GBK cannot encode: a fixture must not silently change its text. */
export function encodeGbk(text: string): Uint8Array {
  const codes = gbkTable();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out[n++] = code;
      continue;
    }
    const pair = codes.get(char);
    if (pair === undefined) throw new Error(`not encodable in GBK: ${char} (U+${code.toString(16)})`);
    out[n++] = pair >> 8;
    out[n++] = pair & 0xff;
  }
  return out.subarray(0, n);
}
