import { isWebPage } from '../../src/import/web-page';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('isWebPage', () => {
  it.each([
    ['sent as HTML', 'a,b\n1,2\n', 'text/html; charset=utf-8'],
    ['an SPA page sent as text', '<!doctype html><div id="root"></div>', 'text/plain'],
    ['an SPA page with no type, after white space', '\n  <HTML lang="zh"><body></body>', ''],
  ])('is a web page when %s', (_, text, type) => {
    expect(isWebPage(bytes(text), type)).toBe(true);
  });

  it('is not a web page for a table, even one whose cells hold markup', () => {
    expect(isWebPage(bytes('指标,值\n<html>,1\n'), 'text/csv')).toBe(false);
    expect(isWebPage(bytes('{"version":1}'), 'application/json')).toBe(false);
  });
});
