/**
 * The data folder side of `npm run publish`: read what is there, then write so that a reader
 * (Apache serving the folder, a wall screen re-reading it) sees the old file or the new one, never
 * half of one: temp file in the same folder, fsync, rename over. The replaced file is copied into
 * history/ first (never overwriting a history file), then the log is rewritten the same way.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  appendPublication,
  HISTORY_DIR,
  historyPath,
  parsePublicationLog,
  PUBLICATION_LOG,
  publicationLogText,
  type Publication,
} from '../src/data/publish/history';

export function readIfExists(path: string): Uint8Array | null {
  return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
}

export function digest(bytes: Uint8Array | null): string {
  return bytes === null ? 'absent' : createHash('sha256').update(bytes).digest('hex');
}

/** Whole or not at all: the temp file lives in the target's folder so the rename is atomic. */
export function writeAtomically(path: string, content: string): void {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    writeSync(fd, Buffer.from(content, 'utf8'));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, path);
}

export interface PublishWrite {
  readonly dir: string;
  readonly file: string;
  readonly text: string;
  /** Digest of the file as it was when checked: anything else there now is someone else's write. */
  readonly checkedDigest: string;
  readonly entry: Omit<Publication, 'replaced'>;
  readonly at: Date;
}

export class ChangedSinceCheck extends Error {
  constructor(readonly file: string) {
    super(`${file} changed in the folder while it was being checked; nothing was written for it`);
    this.name = 'ChangedSinceCheck';
  }
}

function freeHistoryPath(dir: string, file: string, at: Date): string {
  let rel = historyPath(file, at);
  for (let n = 2; existsSync(join(dir, rel)); n += 1)
    rel = historyPath(file, at).replace(/\.csv$/, `-${n}.csv`);
  return rel;
}

/** Copy the replaced file to history/, rename the new one in, log it. Returns the log entry. */
export function publishToFolder(write: PublishWrite): Publication {
  const target = join(write.dir, write.file);
  if (digest(readIfExists(target)) !== write.checkedDigest) throw new ChangedSinceCheck(write.file);
  mkdirSync(join(write.dir, HISTORY_DIR), { recursive: true });
  let replaced: string | null = null;
  if (existsSync(target)) {
    replaced = freeHistoryPath(write.dir, write.file, write.at);
    copyFileSync(target, join(write.dir, replaced), constants.COPYFILE_EXCL);
  }
  writeAtomically(target, write.text);
  const entry: Publication = { ...write.entry, replaced };
  const logPath = join(write.dir, HISTORY_DIR, PUBLICATION_LOG);
  const log = parsePublicationLog(existsSync(logPath) ? readFileSync(logPath, 'utf8') : null);
  writeAtomically(logPath, publicationLogText(appendPublication(log, entry)));
  return entry;
}
