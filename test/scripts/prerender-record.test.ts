import { standaloneSvg } from '../../scripts/prerender/record';

describe('standaloneSvg', () => {
  it('gives an inline SVG the namespace a file of its own needs', () => {
    expect(standaloneSvg('<svg width="10" height="10"><path d="M0 0"></path></svg>')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><path d="M0 0"></path></svg>',
    );
  });

  it('keeps a namespace that is there', () => {
    const svg = '<svg width="1" xmlns="http://www.w3.org/2000/svg"></svg>';
    expect(standaloneSvg(svg)).toBe(svg);
  });

  it.each([
    ['a script', '<svg><script>alert(1)</script></svg>'],
    ['an event handler', '<svg><rect onclick="alert(1)"></rect></svg>'],
    ['embedded HTML', '<svg><foreignObject><div></div></foreignObject></svg>'],
    ['something that is not SVG', '<div></div>'],
  ])('refuses markup with %s', (_what, markup) => {
    expect(standaloneSvg(markup)).toBeNull();
  });
});
