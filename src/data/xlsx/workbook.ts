/**
 * A workbook's structure: its sheets (name, hidden, part), shared strings, the number kind of
 * each cell style, the 1904 date system, and what is in it that the reader will not follow
 * (external links, macros). Parts are found through the package relationships, as Excel and WPS
 * write them, with the usual paths as fallback.
 */
import { numberKind, type NumberKind } from './number-formats';
import { parseXml, unescapeOoxml } from './xml';
import type { ZipArchive } from './zip';

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** Part name inside the package, or null when the relationship points nowhere (a chart sheet). */
  readonly part: string | null;
}

export interface WorkbookParts {
  readonly sheets: readonly SheetEntry[];
  readonly sharedStrings: readonly string[];
  /** Style index (`s` of a cell) → what its number format makes of a number. */
  readonly styleKinds: readonly NumberKind[];
  readonly date1904: boolean;
  readonly externalLinks: number;
  readonly macros: boolean;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

function dirOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = (dirOf(base) + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

function relsPath(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
}

function readRelationships(zip: ZipArchive, part: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const bytes = zip.read(relsPath(part));
  if (!bytes) return rels;
  parseXml(bytes, {
    open: (name, a) => {
      // External targets (a linked workbook's path or URL) are counted, never resolved.
      if (name === 'Relationship' && a.Id && a.Target !== undefined) rels.set(a.Id, { type: a.Type ?? '', target: a.TargetMode === 'External' ? '' : resolvePart(part, a.Target) });
    },
  });
  return rels;
}

function workbookPath(zip: ZipArchive): string {
  const root = readRelationships(zip, '');
  for (const rel of root.values()) if (rel.type.endsWith('/officeDocument') && rel.target) return rel.target;
  return 'xl/workbook.xml';
}

function readSharedStrings(zip: ZipArchive, part: string): string[] {
  const bytes = zip.read(part);
  if (!bytes) return [];
  const strings: string[] = [];
  let current = '';
  let inText = false;
  // Phonetic runs (<rPh>, furigana) repeat part of the text: they are not part of the value.
  let phonetic = 0;
  parseXml(bytes, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic += 1;
    },
    close: (name) => {
      if (name === 'si') strings.push(unescapeOoxml(current));
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
    },
    text: (text) => { if (inText) current += text; },
  });
  return strings;
}

function readStyleKinds(zip: ZipArchive, part: string): NumberKind[] {
  const bytes = zip.read(part);
  if (!bytes) return [];
  const codes = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  parseXml(bytes, {
    open: (name, a) => {
      if (name === 'numFmt' && a.numFmtId !== undefined) codes.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(a.numFmtId ?? 0));
    },
    close: (name) => { if (name === 'cellXfs') inCellXfs = false; },
  });
  return formatIds.map((id) => numberKind(id, codes));
}

export function readWorkbookParts(zip: ZipArchive): WorkbookParts | null {
  const path = workbookPath(zip);
  const bytes = zip.read(path);
  if (!bytes) return null;
  const rels = readRelationships(zip, path);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(bytes, {
    open: (name, a) => {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet') return;
      // The relationship attribute's prefix is usually `r:`, but any prefix is legal.
      const relId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
      const rel = rels.get(relId);
      const worksheet = rel && rel.type.endsWith('/worksheet') && rel.target ? rel.target : null;
      sheets.push({ name: a.name ?? '', hidden: a.state === 'hidden' || a.state === 'veryHidden', part: worksheet });
    },
  });
  const target = (suffix: string, fallback: string): string => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  return {
    sheets,
    sharedStrings: readSharedStrings(zip, target('/sharedStrings', 'xl/sharedStrings.xml')),
    styleKinds: readStyleKinds(zip, target('/styles', 'xl/styles.xml')),
    date1904,
    externalLinks: [...rels.values()].filter((r) => r.type.endsWith('/externalLink')).length,
    macros: zip.names().some((n) => /vbaProject\.bin$/i.test(n)),
  };
}
