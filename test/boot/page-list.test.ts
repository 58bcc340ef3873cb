import fc from 'fast-check';
import {
  defaultLinkView,
  figuresMatch,
  PAGE_VIEWS,
  PAGE_WIDTHS,
  pageFileText,
  pageUrl,
  readPageFile,
  type PagePicture,
} from '../../src/boot/page-list';

const DIGEST = '622-9d5ca13dd8a25c91';
const PAGE: PagePicture = {
  view: 'counties',
  viewport: 1920,
  files: { 'black-soil-allocation.csv': DIGEST, 'catalog.json': '1a79-e22642bc5fe84c9b' },
  figures: [{ width: 1250, height: 1000 }],
};
const MARKUP =
  '<header>目标看板</header><figure data-chart-ready="false"><svg data-prerendered="true"><path d="M0 0"></path></svg></figure>';

/** A page file whose description is `meta`, written as the recorder writes one. */
const fileWith = (meta: unknown, markup = MARKUP): string =>
  `<!--target-board page ${JSON.stringify(meta)}-->${markup}`;

describe('page files', () => {
  it('reads back what the recorder wrote, for its view and width only', () => {
    const text = pageFileText(PAGE, MARKUP);
    expect(text).not.toBeNull();
    expect(readPageFile(text ?? '', 'counties', 1920)).toEqual({ page: PAGE, markup: MARKUP });
    expect(readPageFile(text ?? '', 'counties', 1536)).toBeNull();
    expect(readPageFile(text ?? '', 'ip', 1920)).toBeNull();
  });

  it.each([
    ['an SPA fallback page', '<!doctype html><html><body><div id="root"></div></body></html>'],
    ['a description that is not JSON', '<!--target-board page {view:counties}-->' + MARKUP],
    ['a description without its end', '<!--target-board page {"view":"counties"' + MARKUP],
    ['no markup', fileWith(PAGE, '  ')],
    ['a width of zero', fileWith({ ...PAGE, viewport: 0 })],
    ['no data files', fileWith({ ...PAGE, files: {} })],
    ['a data file outside data/', fileWith({ ...PAGE, files: { '../secret.csv': DIGEST } })],
    ['a hidden data file', fileWith({ ...PAGE, files: { '.htpasswd': DIGEST } })],
    ['a digest that is not one', fileWith({ ...PAGE, files: { 'a.csv': 'abc' } })],
    ['no figures', fileWith({ ...PAGE, figures: [] })],
    ['a figure without a height', fileWith({ ...PAGE, figures: [{ width: 10 }] })],
    ['a figure size given as text', fileWith({ ...PAGE, figures: [{ width: '10', height: 10 }] })],
  ])('refuses %s', (_, text) => {
    expect(readPageFile(text, 'counties', 1920)).toBeNull();
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="/"></iframe>',
    '<object data="x"></object>',
    '<embed src="x">',
    '<svg><foreignObject></foreignObject></svg>',
    '<base href="https://elsewhere.example/">',
    '<meta http-equiv="refresh" content="0">',
    '<link rel="stylesheet" href="x.css">',
    '<div ONCLICK = "x()">',
  ])('neither writes nor reads a page holding %s', (bad) => {
    expect(pageFileText(PAGE, `${MARKUP}${bad}`)).toBeNull();
    expect(readPageFile(fileWith(PAGE, `${MARKUP}${bad}`), 'counties', 1920)).toBeNull();
  });

  it.each([
    '<img src="./prerender/counties-0.svg">',
    '<IMG SRC="x.png">',
    '<svg><image href="x.png"></image></svg>',
    '<svg><use href="sprite.svg#bar"></use></svg>',
    '<picture><source srcset="x.webp"></picture>',
    '<video src="x.mp4"></video>',
    '<audio src="x.mp3"></audio>',
    '<input type="image" src="x.png">',
  ])('neither writes nor reads a page that would still have to load %s', (loading) => {
    expect(pageFileText(PAGE, `${MARKUP}${loading}`)).toBeNull();
    expect(readPageFile(fileWith(PAGE, `${MARKUP}${loading}`), 'counties', 1920)).toBeNull();
  });

  it('reads a page whose words merely mention such things', () => {
    const markup = `${MARKUP}<p>imgs, images, users and sources: data-src="x" is text here</p>`;
    expect(readPageFile(fileWith(PAGE, markup), 'counties', 1920)?.markup).toBe(markup);
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((meta) => fileWith(meta)),
        ),
        (text) => {
          const read = readPageFile(text, 'counties', 1920);
          if (read !== null) expect(read.page.view).toBe('counties');
        },
      ),
    );
  });
});

describe('pageUrl', () => {
  it('names the page of a recorded width under prerender/, and none for any other width', () => {
    for (const view of PAGE_VIEWS)
      for (const width of PAGE_WIDTHS)
        expect(pageUrl(view, width)).toBe(`./prerender/${view}-${String(width)}.html`);
    for (const width of [1365, 1367, 1400, 2560, 3840, 390]) expect(pageUrl('ip', width)).toBeNull();
  });

  it('names none for a view that opens on no chart, or an unknown one', () => {
    for (const view of ['overview', 'grain', 'wall', 'plan', 'progress', 'nonsense'])
      expect(pageUrl(view, 1920)).toBeNull();
  });

  it('refuses a view name that could leave prerender/', () => {
    expect(pageUrl('../x', 1920)).toBeNull();
    expect(pageUrl('ip/../../x', 1920)).toBeNull();
  });
});

describe('defaultLinkView', () => {
  it.each([
    ['?view=counties', '', 'counties'],
    ['?view=black-soil', '#', 'black-soil'],
    ['', '', null],
    ['?view=counties&lang=en', '', null],
    ['?lang=en&view=counties', '', null],
    ['?view=counties&view=ip', '', null],
    ['?view=counties&cities=哈尔滨市', '', null],
    ['?view=counties', '#table', null],
    ['?view=Counties', '', null],
    ['?view=../ip', '', null],
    ['?view=', '', null],
    ['?panel=map', '', null],
  ])('%s%s → %s', (search, hash, view) => {
    expect(defaultLinkView(search, hash)).toBe(view);
  });

  it('answers only for a link with exactly one parameter, the view', () => {
    fc.assert(
      fc.property(fc.webQueryParameters(), (query) => {
        const params = [...new URLSearchParams(query)];
        const view = defaultLinkView(`?${query}`, '');
        if (view !== null) expect(params).toEqual([['view', view]]);
      }),
    );
  });
});

describe('figuresMatch', () => {
  it('holds only for the same figures in the same order and size', () => {
    const a = { width: 1250, height: 1000 };
    const b = { width: 600, height: 360 };
    expect(figuresMatch([a, b], [a, b])).toBe(true);
    expect(figuresMatch([a, b], [b, a])).toBe(false);
    expect(figuresMatch([a, b], [a])).toBe(false);
    expect(figuresMatch([a], [{ width: 1250, height: 999 }])).toBe(false);
  });
});
