/**
 * Issue 14, finding 13: a served file that is missing is reported as a missing file, not as a
 * table with a missing column — including the static server with an SPA fallback that answers
 * with index.html and status 200.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readServedFile } from '../../src/import/served-file';

function serve(body: string, init: ResponseInit): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, init))),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const TABLE = '指标代码,指标名称\nx,y\n';

describe('readServedFile', () => {
  it('the table itself: its bytes and ETag', async () => {
    serve(TABLE, { status: 200, headers: { 'content-type': 'text/csv', etag: '"abc"' } });
    const file = await readServedFile('ip-indicators.csv');
    expect(file.ok).toBe(true);
    if (file.ok) {
      expect(new TextDecoder().decode(file.bytes)).toBe(TABLE);
      expect(file.etag).toBe('"abc"');
    }
  });

  it.each([
    ['text/html content type', '<div>app</div>', { 'content-type': 'text/html; charset=utf-8' }],
    [
      'an index.html served as text/plain',
      '\n  <!DOCTYPE html><html lang="zh">',
      { 'content-type': 'text/plain' },
    ],
    ['an <html> start with no content type', '<html><body></body></html>', {}],
  ])('an SPA fallback (%s) is a missing file, said in Chinese with what to do', async (_, body, headers) => {
    serve(body, { status: 200, headers });
    const file = await readServedFile('ip-indicators.csv');
    expect(file.ok).toBe(false);
    if (!file.ok) {
      expect(file.issue.code).toBe('missing-file');
      expect(file.issue.severity).toBe('error');
      expect(file.issue.message_zh).toContain('ip-indicators.csv');
      expect(file.issue.message_zh).toContain('网页而不是表格');
      expect(file.issue.message_zh).toContain('data 文件夹');
    }
  });

  it('a 404 is a missing file naming the status', async () => {
    serve('not found', { status: 404 });
    const file = await readServedFile('grain.csv');
    expect(file.ok).toBe(false);
    if (!file.ok) {
      expect(file.issue.code).toBe('missing-file');
      expect(file.issue.message_zh).toContain('404');
    }
  });
});
