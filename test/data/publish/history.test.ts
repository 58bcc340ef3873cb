import { describe, expect, it } from 'vitest';
import { appendPublication, historyFileName, parsePublicationLog, publicationLogText, publicationsOf, type Publication } from '../../../src/data/publish/history';

const entry = (file: string, publishedAt: string): Publication => ({
  file, dataset: 'ip-indicators', publishedAt, publishedBy: '李四', sourceFile: '指标.csv', replaced: null, rows: 8, via: 'webdav',
});

describe('publication history', () => {
  it('names a history copy after the file and a sortable UTC time', () => {
    expect(historyFileName('ip-indicators.csv', new Date('2026-12-01T04:33:00.123Z'))).toBe('ip-indicators.20261201T043300123Z.csv');
    const names = ['2026-01-02T00:00:00Z', '2025-12-31T23:59:59.999Z'].map((t) => historyFileName('a.csv', new Date(t)));
    expect([...names].sort()).toEqual([names[1], names[0]]);
  });

  it('reads back what it writes, newest first per file', () => {
    let log = parsePublicationLog(null);
    log = appendPublication(log, entry('ip-indicators.csv', '2026-12-01T01:00:00.000Z'));
    log = appendPublication(log, entry('credit-indicators.csv', '2026-12-01T02:00:00.000Z'));
    log = appendPublication(log, entry('ip-indicators.csv', '2026-12-01T03:00:00.000Z'));
    const reread = parsePublicationLog(publicationLogText(log));
    expect(reread).toEqual(log);
    expect(publicationsOf(reread, 'ip-indicators.csv').map((e) => e.publishedAt)).toEqual(['2026-12-01T03:00:00.000Z', '2026-12-01T01:00:00.000Z']);
  });

  it.each(['', 'not json', '[]', 'null', '{"entries": 5}', '{"entries": [{"file": 1}, null, "x"]}'])('reads a broken or foreign log %j as empty, never throws', (text) => {
    expect(parsePublicationLog(text).entries).toEqual([]);
  });

  it('skips entries that do not fit and keeps the rest', () => {
    const good = entry('a.csv', '2026-12-01T00:00:00.000Z');
    const text = JSON.stringify({ entries: [good, { ...good, via: 'ftp' }, { ...good, rows: '8' }] });
    expect(parsePublicationLog(text).entries).toEqual([good]);
  });
});
