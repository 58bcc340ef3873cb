// @vitest-environment jsdom
import {
  appDrawn,
  HANDOVER_TIMEOUT_MS,
  PAGE_FLAG,
  PAGE_ID,
  runAppWhenReady,
  showPagePicture,
  type BootEnv,
} from '../../src/boot/boot-page';
import { pageFileText, type PagePicture } from '../../src/boot/page-list';
import { contentHash } from '../../src/data/content-hash';

const CSV = 'indicator,value\n专利,12\n';
const CATALOG = '{"version":1}';
const digestOf = (text: string): string => contentHash(new TextEncoder().encode(text));
const FIGURE = { width: 1170, height: 400 };
const MARKUP =
  '<header class="app-header">目标看板</header><div class="chart-box" data-boot-style="height: 400px;">' +
  '<figure class="chart" data-chart-ready="false" data-size="1170x400">' +
  '<svg class="chart-picture" data-prerendered="true" width="1170" height="400"><path d="M0 0L10 10"></path>' +
  '<text data-boot-style="font-size: 14px;">12</text></svg></figure></div>';

interface Served {
  readonly body: string;
  readonly type: string;
  readonly status?: number;
}

const PAGE: PagePicture = {
  view: 'ip',
  viewport: 1920,
  files: { 'ip-indicators.csv': digestOf(CSV), 'catalog.json': digestOf(CATALOG) },
  figures: [FIGURE],
};

const pageFile = (page: PagePicture, markup = MARKUP): string => {
  const text = pageFileText(page, markup);
  if (text === null) throw new Error('the recorder would refuse this page');
  return text;
};

function servedFiles(over: Record<string, Served> = {}): Record<string, Served> {
  return {
    './prerender/ip-1920.html': { type: 'text/html', body: pageFile(PAGE) },
    './data/ip-indicators.csv': { type: 'text/csv', body: CSV },
    './data/catalog.json': { type: 'application/json', body: CATALOG },
    ...over,
  };
}

function env(
  files = servedFiles(),
  databases: readonly string[] | null = [],
): BootEnv & { readonly requests: string[] } {
  const requests: string[] = [];
  return {
    window,
    document,
    requests,
    fetch: (url) => {
      requests.push(url);
      const file = files[url];
      if (file === undefined) return Promise.resolve(new Response('not found', { status: 404 }));
      return Promise.resolve(
        new Response(file.body, { status: file.status ?? 200, headers: { 'content-type': file.type } }),
      );
    },
    databaseNames: () => (databases === null ? null : Promise.resolve(databases)),
  };
}

function openAt(search: string, width = 1920): void {
  window.history.replaceState(null, '', `/${search}`);
  Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  document.documentElement.removeAttribute(PAGE_FLAG);
  openAt('?view=ip');
  // jsdom lays nothing out: figures report the size they are given.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [width = 0, height = 0] = (this.getAttribute('data-size') ?? '0x0').split('x').map(Number);
    return { width, height, x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, toJSON: () => ({}) };
  });
  window.requestAnimationFrame = (callback) => {
    queueMicrotask(() => {
      callback(0);
    });
    return 0;
  };
});

const shownPage = (): HTMLElement | null => document.getElementById(PAGE_ID);

/** What the parser does after the async boot has started: reaches a stylesheet link (still loading), then the document's end. */
function finishParsingWithPendingStylesheet(): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  document.head.append(link);
  Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
  document.dispatchEvent(new Event('DOMContentLoaded'));
  return link;
}

describe('showPagePicture', () => {
  it('shows the recorded page before #root, inert, hidden from assistive technology, with its styles', async () => {
    expect(await showPagePicture(env())).toBe('shown');
    const page = shownPage();
    expect(page?.nextElementSibling?.id).toBe('root');
    expect(page?.inert).toBe(true);
    expect(page?.getAttribute('aria-hidden')).toBe('true');
    expect(page?.querySelector('figure svg[data-prerendered] path')).not.toBeNull();
    const box = page?.querySelector<HTMLElement>('.chart-box');
    expect(box?.style.height).toBe('400px');
    expect(box?.hasAttribute('data-boot-style')).toBe(false);
    // The chart's own styles too (its text's font), set as the app's would be.
    expect(page?.querySelector<SVGTextElement>('svg text')?.style.fontSize).toBe('14px');
    expect(page?.querySelector('[data-boot-style]')).toBeNull();
    expect(document.documentElement.hasAttribute(PAGE_FLAG)).toBe(true);
  });

  it.each([
    ['a filter in the link', '?view=ip&lang=en', 1920, 'not-default-link'],
    ['no view in the link', '', 1920, 'not-default-link'],
    ['a width with no page', '?view=ip', 1400, 'no-page'],
    ['a phone', '?view=ip', 390, 'no-page'],
  ])('shows nothing for %s, and fetches nothing for it', async (_, search, width, outcome) => {
    openAt(search, width);
    const boot = env();
    expect(await showPagePicture(boot)).toBe(outcome);
    expect(shownPage()).toBeNull();
    expect(boot.requests).toEqual([]);
  });

  it.each([
    ['imports', ['target-board']],
    ['imported plans', ['target-board-catalog']],
  ])('shows nothing in a browser holding %s', async (_, databases) => {
    expect(await showPagePicture(env(servedFiles(), databases))).toBe('imports');
    expect(shownPage()).toBeNull();
  });

  it('shows nothing where the browser cannot list its databases (it may hold imports)', async () => {
    expect(await showPagePicture(env(servedFiles(), null))).toBe('imports');
  });

  it('reads other sites’ databases as none of its own', async () => {
    expect(await showPagePicture(env(servedFiles(), ['another-app']))).toBe('shown');
  });

  it.each([
    [
      'a table changed since the build',
      { './data/ip-indicators.csv': { type: 'text/csv', body: '专利,13\n' } },
    ],
    [
      'a catalog changed since the build',
      { './data/catalog.json': { type: 'application/json', body: '{}' } },
    ],
    [
      'a table answered by an SPA fallback page',
      { './data/ip-indicators.csv': { type: 'text/html', body: '<!doctype html><div id="root"></div>' } },
    ],
    [
      'an SPA fallback page without a content type',
      { './data/ip-indicators.csv': { type: '', body: '<!DOCTYPE html><html></html>' } },
    ],
    ['a table that is gone', { './data/ip-indicators.csv': { type: 'text/plain', body: '', status: 404 } }],
  ])('shows nothing for %s', async (_, over) => {
    expect(await showPagePicture(env(servedFiles(over)))).toBe('changed-data');
    expect(shownPage()).toBeNull();
  });

  it.each([
    ['a page file answered by the SPA fallback', '<!doctype html><html><body><div id="root"></div>'],
    ['a page file of another width', pageFile({ ...PAGE, viewport: 1366 })],
    ['a page file of another view', pageFile({ ...PAGE, view: 'credit' })],
    [
      'a page file holding a script',
      pageFile(PAGE).replace('</header>', '</header><script>alert(1)</script>'),
    ],
    ['a page file with an event handler', pageFile(PAGE).replace('<svg ', '<svg onload="alert(1)" ')],
    [
      'a page file whose chart is an image still to load',
      pageFile(PAGE).replace(/<svg.*<\/svg>/, '<img class="chart-picture" src="./prerender/ip-0.svg">'),
    ],
    ['no page file (404)', ''],
  ])('shows nothing for %s', async (_, body) => {
    const files = servedFiles({
      './prerender/ip-1920.html': { type: 'text/html', body, status: body === '' ? 404 : 200 },
    });
    expect(await showPagePicture(env(files))).toBe('no-page');
    expect(shownPage()).toBeNull();
  });

  it('takes the page away again when its figures do not lay out at the recorded size', async () => {
    const files = servedFiles({
      './prerender/ip-1920.html': {
        type: 'text/html',
        body: pageFile(PAGE, MARKUP.replace('1170x400', '1170x360')),
      },
    });
    expect(await showPagePicture(env(files))).toBe('layout');
    expect(shownPage()).toBeNull();
    expect(document.documentElement.hasAttribute(PAGE_FLAG)).toBe(false);
  });

  it('shows nothing before the document is parsed and its stylesheet loaded (the boot runs async)', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));
    try {
      const outcome = showPagePicture(env());
      await settle();
      expect(shownPage()).toBeNull();
      const link = finishParsingWithPendingStylesheet();
      await settle();
      expect(link.sheet).toBeNull();
      expect(shownPage()).toBeNull();
      link.dispatchEvent(new Event('load'));
      expect(await outcome).toBe('shown');
      expect(shownPage()).not.toBeNull();
    } finally {
      Reflect.deleteProperty(document, 'readyState');
      document.head.replaceChildren();
    }
  });

  it('leaves an app that has already drawn its charts alone', async () => {
    const root = document.getElementById('root');
    if (root === null) throw new Error('no #root');
    root.innerHTML = '<figure data-chart-ready="true"><svg><path d="M0 0"></path></svg></figure>';
    expect(await showPagePicture(env())).toBe('app-first');
    expect(shownPage()).toBeNull();
  });

  it('shows nothing and never throws when the server fails', async () => {
    const failing: BootEnv = { ...env(), fetch: () => Promise.reject(new TypeError('network')) };
    expect(await showPagePicture(failing)).toBe('failed');
    expect(shownPage()).toBeNull();
  });
});

describe('handing over to the app', () => {
  const drawChart = (): void => {
    const root = document.getElementById('root');
    root?.insertAdjacentHTML(
      'beforeend',
      '<figure data-chart-ready="true"><svg><path d="M0 0"></path></svg></figure>',
    );
  };
  const settle = async (): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  it('removes the page once the app shows every chart, and shows the app', async () => {
    expect(await showPagePicture(env())).toBe('shown');
    document.getElementById('root')?.insertAdjacentHTML('beforeend', '<header>目标看板</header>');
    await settle();
    expect(shownPage()).not.toBeNull();
    drawChart();
    await settle();
    expect(shownPage()).toBeNull();
    expect(document.documentElement.hasAttribute(PAGE_FLAG)).toBe(false);
  });

  it('gives way at the first key press, drawn or not', async () => {
    expect(await showPagePicture(env())).toBe('shown');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    await settle();
    expect(shownPage()).toBeNull();
  });

  it(`never stands longer than ${String(HANDOVER_TIMEOUT_MS)} ms, whatever the app does`, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      expect(await showPagePicture(env())).toBe('shown');
      vi.advanceTimersByTime(HANDOVER_TIMEOUT_MS - 1);
      await Promise.resolve();
      expect(shownPage()).not.toBeNull();
      vi.advanceTimersByTime(1);
      await Promise.resolve();
      expect(shownPage()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('appDrawn', () => {
  it('counts a figure drawn when it shows a loaded picture or a chart with shapes', () => {
    const root = document.createElement('div');
    root.innerHTML = '<figure data-chart-ready="false"></figure>';
    expect(appDrawn(root, 1)).toBe(false);
    root.innerHTML = '<figure data-chart-ready="true"><svg><path d="M0 0"></path></svg></figure>';
    expect(appDrawn(root, 1)).toBe(true);
    expect(appDrawn(root, 2)).toBe(false);
  });
});

describe('runAppWhenReady', () => {
  const WAIT = 800;
  const never = new Promise<never>(() => undefined);
  const flush = async (): Promise<void> => {
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
  };
  let run: ReturnType<typeof vi.fn<() => Promise<void>>>;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    run = vi.fn(() => Promise.resolve());
  });
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(document, 'readyState');
    document.head.replaceChildren();
  });

  it('runs the app as soon as the boot has decided, in a parsed and styled document', async () => {
    void runAppWhenReady(Promise.resolve('shown'), document, run, WAIT);
    await flush();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it(`runs it after ${String(WAIT)} ms when the boot has not decided`, async () => {
    void runAppWhenReady(never, document, run, WAIT);
    vi.advanceTimersByTime(WAIT - 1);
    await flush();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await flush();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never before the document is parsed and its stylesheet loaded', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    void runAppWhenReady(Promise.resolve('no-page'), document, run, WAIT);
    await flush();
    const link = finishParsingWithPendingStylesheet();
    await flush();
    expect(run).not.toHaveBeenCalled();
    link.dispatchEvent(new Event('load'));
    await flush();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs it anyway when a stylesheet failed before the boot started (it never reports again)', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    document.head.append(link);
    void runAppWhenReady(Promise.resolve('failed'), document, run, WAIT);
    await flush();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(WAIT);
    await flush();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
