import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/data/decode';
import { loadFileBytes } from '../../../src/data/read-file';
import { openWorkbook } from '../../../src/data/xlsx/read-workbook';
import { buildWorkbook } from './build-workbook';
import { allocationSheet, workbookOf } from './fixtures';

const MB = 1024 * 1024;

/** A workbook whose sheet part inflates to `megabytes` MB of the same byte, streamed (never held). */
function bomb(megabytes: number, level: 1 | 9 = 9): Uint8Array {
  const good = zipSyncParts(workbookOf(allocationSheet('S')));
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => { if (error) throw error; chunks.push(chunk); });
  for (const [name, data] of Object.entries(good)) {
    const file = new ZipDeflate(name, { level });
    zip.add(file);
    if (name !== 'xl/worksheets/sheet1.xml') { file.push(data, true); continue; }
    const block = new Uint8Array(MB).fill(0x20);
    for (let i = 0; i < megabytes; i += 1) file.push(block, false);
    file.push(new Uint8Array(0), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

function zipSyncParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** Overwrites every declared uncompressed size in the central directory (a lying header). */
function lieAboutSizes(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 < out.length; at += 1) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  return out;
}

describe('hostile and unreadable workbooks', () => {
  it('refuses a zip bomb (a small file inflating past the limit) by its compression ratio', () => {
    const bytes = bomb(64);
    expect(bytes.length).toBeLessThan(MB / 4);
    const result = loadFileBytes(bytes, { fileName: 'bomb.xlsx' });
    expect(result.issues.map((i) => i.code)).toEqual(['workbook-error']);
    expect(result.issues[0]?.message_zh).toContain('压缩炸弹');
  }, 60_000);

  it('stops inflating when the declared sizes lie, at the cap and not after', () => {
    const bytes = lieAboutSizes(bomb(24, 1), 100);
    const opened = openWorkbook(bytes, { maxEntryBytes: 10 * MB, maxTotalBytes: 12 * MB, maxRatio: 1e9, ratioFloorBytes: 1e12 });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const sheet = opened.workbook.readSheet('S');
    expect(sheet.issues.map((i) => i.code)).toEqual(['workbook-error']);
    expect(sheet.issues[0]?.message_en).toContain('zip bomb');
  }, 60_000);

  it('refuses a file over the size limit before reading it', () => {
    const result = loadFileBytes(new Uint8Array(MAX_FILE_BYTES + 1), { fileName: 'big.xlsx' });
    expect(result.issues.map((i) => i.code)).toEqual(['file-too-large']);
  });

  it.each([
    ['old.xls', 'd0cf11e0a1b11ae1'],
    ['wps.et', 'd0cf11e0a1b11ae1'],
    ['renamed.csv', 'd0cf11e0a1b11ae1'],
    ['page.xls', '3c68746d6c3e'],
  ])('refuses %s (an .xls/.et compound file or a fake .xls) saying to save as .xlsx or CSV', (name, hex) => {
    const head = Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
    const bytes = new Uint8Array(4096);
    bytes.set(head);
    const result = loadFileBytes(bytes, { fileName: name });
    expect(result.issues.map((i) => i.code)).toEqual(['unsupported-format']);
    expect(result.issues[0]?.message_zh).toContain('.xlsx 或 CSV');
    expect(result.issues[0]?.message_en).toContain('.xlsx or CSV');
  });

  it('refuses an encrypted entry, a damaged archive and a zip that is not a workbook', () => {
    const good = workbookOf(allocationSheet('S'));
    const encrypted = good.slice();
    const view = new DataView(encrypted.buffer);
    for (let at = 0; at + 46 < encrypted.length; at += 1) if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, 1, true);
    expect(loadFileBytes(encrypted, { fileName: 'e.xlsx' }).issues[0]?.code).toBe('workbook-error');
    expect(loadFileBytes(good.slice(0, good.length - 200), { fileName: 'cut.xlsx' }).issues[0]?.code).toBe('workbook-error');
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(loadFileBytes(docx, { fileName: 'letter.docx' }).issues[0]?.code).toBe('workbook-error');
  });

  it('refuses a part with a DOCTYPE (entity expansion) and broken XML', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>';
    const parts = zipSyncParts(workbookOf(allocationSheet('S')));
    const result = loadFileBytes(zipSync({ ...parts, 'xl/sharedStrings.xml': strToU8(laughs) }), { fileName: 'x.xlsx' });
    expect(result.issues.map((i) => i.code)).toEqual(['workbook-error']);
    const broken = loadFileBytes(zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row>') }), { fileName: 'x.xlsx' });
    expect(broken.issues.map((i) => i.code)).toEqual(['workbook-error']);
  });

  it('reads values of a workbook with macros and external links, follows neither, and says so', () => {
    const bytes = buildWorkbook({ sheets: [allocationSheet('S')], externalLinks: 1, extraParts: { 'xl/vbaProject.bin': new Uint8Array([1, 2, 3]), 'xl/externalLinks/externalLink1.xml': '<externalLink/>' } });
    const result = loadFileBytes(bytes, { fileName: 'm.xlsm' });
    expect(result.dataset?.id).toBe('black-soil-allocation');
    expect(result.issues.map((i) => `${i.code}/${i.severity}`)).toEqual(['ignored-content/warning']);
    expect(result.issues[0]?.message_zh).toContain('宏');
  });

  it('keeps a formula error value as the cell text and warns about it', () => {
    const sheet = allocationSheet('S');
    const rows = sheet.rows.map((r, i) => (i === 4 ? r.map((c, j) => (j === 7 ? { f: 'F5/0', error: '#DIV/0!' } : c)) : r));
    const result = loadFileBytes(workbookOf({ ...sheet, rows }), { fileName: 'x.xlsx' });
    const codes = result.issues.map((i) => `${i.code}/${i.severity}/${i.sheetCell ?? ''}`);
    expect(codes).toContain('formula-error/warning/S!H5');
    expect(result.issues.some((i) => i.code === 'type-error' && i.cell === '#DIV/0!')).toBe(true);
  });
});
