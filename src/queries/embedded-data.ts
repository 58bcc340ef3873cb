/**
 * The data files as they were when the app was built, bundled as lazy chunks (one per file,
 * fetched only when needed). A freshly opened page whose served file is broken, missing or cut
 * off has no "last good data" yet: it draws this copy, with a banner naming the broken file,
 * instead of an error panel. Once a served file has been read, a later broken re-read keeps that
 * read (react-query keeps `data`); the copy is only for the first read.
 */
import { isAccepted, loadCsvText, type LoadResult } from '../data/pipeline';
import type { DatasetSpec } from '../data/schema';

const BUNDLED = import.meta.glob<string>('../../data/*.csv', { query: '?raw', import: 'default' });

/** The bundled copy of a dataset's file, validated like any file; null when there is none. */
export async function loadBundled(spec: DatasetSpec): Promise<LoadResult | null> {
  const load = BUNDLED[`../../data/${spec.file}`];
  if (!load) return null;
  try {
    const result = loadCsvText(await load(), 'utf-8', { datasetId: spec.id });
    return isAccepted(result) ? result : null;
  } catch {
    // The chunk itself could not be fetched (server gone): nothing better to offer.
    return null;
  }
}
