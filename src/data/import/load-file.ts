/**
 * A file as the user gave it — CSV (any of the decoded encodings) or the project's JSON table —
 * through the one pipeline. The browser's importer and the command-line validator both read
 * files here, so the CLI accepts whatever the import dialog accepts.
 */
import { decodeBytes } from '../decode';
import { parseCsvText } from '../parse';
import { loadRawRows, unreadable, type LoadOptions, type LoadResult } from '../pipeline';
import { parseJsonTable } from './json-table';

export type FileFormat = 'csv' | 'json';

export function formatOf(fileName: string, bytes: Uint8Array): FileFormat {
  if (/\.json$/i.test(fileName)) return 'json';
  // A .txt or nameless drop: JSON starts with `{` after optional white space.
  let i = 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i += 1;
  return /\.(csv|tsv|txt)$/i.test(fileName) || bytes[i] !== 0x7b ? 'csv' : 'json';
}

export interface FileStages {
  /** Told as each stage starts (the stages are synchronous). */
  readonly onStage?: (stage: 'decode' | 'validate') => void;
}

export function loadFileBytes(fileName: string, bytes: Uint8Array, options: LoadOptions & FileStages = {}): LoadResult {
  const format = formatOf(fileName, bytes);
  options.onStage?.('decode');
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return unreadable(decoded.issue);
  options.onStage?.('validate');
  // Actual values are checked against the loaded targets (names, units) when the caller has them.
  const targets = options.targets === undefined ? {} : { targets: options.targets };
  const load = options.datasetId === undefined ? targets : { ...targets, datasetId: options.datasetId };
  if (format === 'csv') return loadRawRows(parseCsvText(decoded.text), decoded.encoding, load);
  const table = parseJsonTable(decoded.text);
  const datasetId = options.datasetId ?? table.datasetId;
  return loadRawRows(table, decoded.encoding, datasetId === undefined ? targets : { ...targets, datasetId });
}
