/**
 * The boot script's entry (built by scripts/boot-plugin.ts into a script of its own that
 * index.html runs instead of the app's): the page picture of boot-page.ts, in the real browser,
 * then the app. index.html only preloads the app's entry (`modulepreload`: fetched and compiled at
 * once); the boot evaluates it once it has decided, or after APP_WAIT_MS at the latest — so the
 * app's largest task (evaluating React and the data layer, 300–400 ms on a slow office PC) never
 * falls between the boot's checks and its picture.
 */
import { runAppWhenReady, showPagePicture, type BootOutcome } from './boot-page';

/** The longest the app's code waits for the boot: a slow server never holds the app back for long. */
const APP_WAIT_MS = 800;

const decision: Promise<BootOutcome> = showPagePicture({
  window,
  document,
  fetch: (url, init) => fetch(url, init),
  databaseNames: () =>
    typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function'
      ? null
      : indexedDB.databases().then((list) => list.flatMap((d) => (d.name === undefined ? [] : [d.name]))),
})
  .catch((): BootOutcome => 'failed')
  .then((outcome) => {
    // What the boot decided, for the end-to-end tests and anyone looking at the page.
    document.documentElement.setAttribute('data-boot-outcome', outcome);
    return outcome;
  });

const app = document.querySelector('script[data-app]')?.getAttribute('data-app');
if (app !== null && app !== undefined) {
  const url = new URL(app, document.baseURI).href;
  void runAppWhenReady(decision, document, () => import(/* @vite-ignore */ url), APP_WAIT_MS);
}
