/**
 * A head start for a link to a chart view, from the HTML itself: a second module script, placed
 * before the app's by `scripts/boot-plugin.ts`, with no import at all — so it runs as soon as the
 * page is parsed, while the shell's chunk is still downloading. It asks the browser to fetch and
 * compile the view's chunks (which bring ECharts) with `<link rel="modulepreload">`, and fetches
 * the view's data files. Before, both waited until the shell had arrived and run (`npm run bench`,
 * first-chart attribution: the view chunk was requested ≈ 250 ms after navigation). Nothing runs
 * early: the app imports the same modules when it renders, and each data response waits under
 * `window.__targetBoardEarly` until `readServedFile` takes it, once.
 */
import { BOOT_FILES, EARLY_KEY } from './boot-plan';

/** View → its chunks (file names next to this one), written in by the build; empty in dev. */
const CHUNKS_JSON = '__TARGET_BOARD_BOOT_CHUNKS__';

function viewChunks(view: string): readonly string[] {
  if (CHUNKS_JSON.startsWith('__')) return [];
  const chunks: unknown = JSON.parse(CHUNKS_JSON);
  const list: unknown = typeof chunks === 'object' && chunks !== null ? Reflect.get(chunks, view) : undefined;
  return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : [];
}

const params = new URLSearchParams(window.location.search);
const view = params.get('view') ?? '';
// A wall screen draws its own slides first; a custom region table is read from the catalog.
if (params.get('mode') !== 'wall' && !params.has('table') && Object.hasOwn(BOOT_FILES, view)) {
  for (const chunk of viewChunks(view)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.dataset.boot = '';
    link.href = new URL(chunk, import.meta.url).href;
    document.head.append(link);
  }
  const early = new Map<string, Promise<Response>>();
  for (const file of BOOT_FILES[view] ?? []) {
    const response = fetch(`${import.meta.env.BASE_URL}data/${file}`, { cache: 'no-cache' });
    // A failure is the app's to report when it reads the file; not an unhandled rejection here.
    response.catch(() => undefined);
    early.set(`${import.meta.env.BASE_URL}data/${file}`, response);
  }
  Reflect.set(window, EARLY_KEY, early);
}
