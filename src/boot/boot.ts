/**
 * The boot script's entry (built by scripts/boot-plugin.ts into a script of its own that
 * index.html runs before the app's): the page picture of boot-page.ts, in the real browser.
 */
import { showPagePicture } from './boot-page';
import { announceBoot } from './boot-signal';

announceBoot(
  showPagePicture({
    window,
    document,
    fetch: (url, init) => fetch(url, init),
    databaseNames: () =>
      typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function'
        ? null
        : indexedDB.databases().then((list) => list.flatMap((d) => (d.name === undefined ? [] : [d.name]))),
  }).then((outcome) => {
    // What the boot decided, for the end-to-end tests and anyone looking at the page.
    document.documentElement.setAttribute('data-boot-outcome', outcome);
    return outcome;
  }),
);
