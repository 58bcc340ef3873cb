/**
 * XML parts through saxes, a streaming, non-validating tokenizer (no DOM in a worker, and none
 * needed): elements by local name (`x:c` and `c` alike), text, nothing else. A DOCTYPE is refused
 * outright: OOXML parts never carry one, and entity declarations are how XML bombs work.
 */
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  readonly open: (name: string, attributes: Readonly<Record<string, string>>) => void;
  readonly close?: (name: string) => void;
  readonly text?: (text: string) => void;
}

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

const CHUNK_CHARS = 1 << 20;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function decoderFor(bytes: Uint8Array): TextDecoder {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

export function parseXml(bytes: Uint8Array, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  const state: { failure: string | null } = { failure: null };
  parser.on('error', (error) => { state.failure ??= error.message; });
  parser.on('doctype', () => { state.failure ??= 'DOCTYPE is not allowed in a workbook part'; });
  parser.on('opentag', (tag) => { handlers.open(localName(tag.name), tag.attributes); });
  const { close, text } = handlers;
  if (close) parser.on('closetag', (tag) => { close(localName(tag.name)); });
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  // Decoded and fed a slice at a time: a 60 MB sheet never exists as one string.
  const decoder = decoderFor(bytes);
  for (let at = 0; at < bytes.length && state.failure === null; at += CHUNK_CHARS) {
    parser.write(decoder.decode(bytes.subarray(at, at + CHUNK_CHARS), { stream: true }));
  }
  if (state.failure === null) parser.write(decoder.decode()).close();
  if (state.failure !== null) throw new XmlError(state.failure);
}

/** OOXML writes characters XML 1.0 cannot hold (control characters) as `_xHHHH_`. */
export function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
