/**
 * The served folder's own memory of what was published: the replaced file kept as
 * `history/<stem>.<timestamp>.csv`, and one log `history/publications.json` saying who published
 * which file when, and where the file it replaced went. The CLI, the WebDAV path and the picked
 * folder all write the same two things, so the dialog's versions and the folder tell one story.
 * Pure: names and the log's text only; writing is the caller's.
 */

export const HISTORY_DIR = 'history';
export const PUBLICATION_LOG = 'publications.json';
const LOG_FORMAT = 'target-board/publications@1';

export type PublishChannel = 'cli' | 'webdav' | 'folder';

export interface Publication {
  /** File name in the data folder (e.g. `ip-indicators.csv`). */
  readonly file: string;
  readonly dataset: string;
  /** ISO time of the publication (UTC). */
  readonly publishedAt: string;
  /** Who: a server user, an OS user or the name typed in the dialog; '' when unknown. */
  readonly publishedBy: string;
  /** The file the staff member chose (`指标.csv`, a GBK export…). */
  readonly sourceFile: string;
  /** Path of the replaced copy relative to the data folder, `null` when the table was new. */
  readonly replaced: string | null;
  readonly rows: number;
  readonly via: PublishChannel;
}

export interface PublicationLog {
  readonly entries: readonly Publication[];
}

/** `2026-12-01T04:33:00.123Z` → `20261201T043300123Z`: sortable, no characters a server or Windows minds. */
export function compactTimestamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/** `ip-indicators.csv` at a time → `ip-indicators.20261201T043300123Z.csv`. */
export function historyFileName(file: string, at: Date): string {
  const stem = file.replace(/\.csv$/i, '');
  return `${stem}.${compactTimestamp(at)}.csv`;
}

export function historyPath(file: string, at: Date): string {
  return `${HISTORY_DIR}/${historyFileName(file, at)}`;
}

function isPublication(value: unknown): value is Publication {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.file === 'string' && typeof v.dataset === 'string' && typeof v.publishedAt === 'string'
    && typeof v.publishedBy === 'string' && typeof v.sourceFile === 'string'
    && (v.replaced === null || typeof v.replaced === 'string') && typeof v.rows === 'number'
    && (v.via === 'cli' || v.via === 'webdav' || v.via === 'folder');
}

/** Total: a missing, broken or foreign log reads as empty, entries that do not fit are skipped. */
export function parsePublicationLog(text: string | null): PublicationLog {
  if (!text) return { entries: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { entries: [] };
  }
  if (typeof value !== 'object' || value === null) return { entries: [] };
  const entries = (value as Record<string, unknown>).entries;
  return { entries: Array.isArray(entries) ? entries.filter(isPublication) : [] };
}

export function appendPublication(log: PublicationLog, entry: Publication): PublicationLog {
  return { entries: [...log.entries, entry] };
}

export function publicationLogText(log: PublicationLog): string {
  return `${JSON.stringify({ format: LOG_FORMAT, entries: log.entries }, null, 2)}\n`;
}

/** Newest first, for one file or all. */
export function publicationsOf(log: PublicationLog, file?: string): Publication[] {
  return log.entries.filter((e) => file === undefined || e.file === file).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
}
