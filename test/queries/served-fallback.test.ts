import { QueryClient } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { loadCsvText } from '../../src/data/pipeline';
import { datasetSpec } from '../../src/data/registry';
import { setVersionStoreForTests } from '../../src/import/data-store';
import { memoryStore } from '../../src/import/version-store';
import { DatasetLoadError, datasetQuery, shownData } from '../../src/queries/dataset-query';
import { staleOf, staleText } from '../../src/queries/stale-data';

const FILE = 'ip-indicators.csv';
const BROKEN = '指标代码,指标名称,单位,2020年基期值,2025年预期值,备注\npatent,专利,件,abc,def,\n';

function serve(body: string): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body))),
  );
}

async function firstRead(client: QueryClient): Promise<unknown> {
  return client.query(datasetQuery('ip-indicators')).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('a first read of a broken served file', () => {
  beforeEach(() => {
    setVersionStoreForTests(memoryStore());
  });

  it('fails with the bundled copy attached: the same records as the data/ file', async () => {
    serve(BROKEN);
    const error = await firstRead(new QueryClient({ defaultOptions: { queries: { retry: false } } }));
    expect(error).toBeInstanceOf(DatasetLoadError);
    const fallback = (error as DatasetLoadError).fallback;
    const expected = loadCsvText(readFileSync(`data/${FILE}`, 'utf8'), 'utf-8', {
      datasetId: 'ip-indicators',
    });
    expect(fallback?.records).toEqual(expected.records);
    expect(fallback?.version).toEqual({ kind: 'embedded', file: FILE });
    expect(shownData({ data: undefined, error: error as Error })).toBe(fallback);
  });

  it('is reported as the bundled data shown, naming the file and its first error', async () => {
    serve(BROKEN);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await firstRead(client);
    const query = client.getQueryCache().find({ queryKey: datasetQuery('ip-indicators').queryKey });
    const stale = query ? staleOf(query, 'zh')[0] : null;
    expect(stale).toMatchObject({ id: 'ip-indicators', file: FILE, since: null });
    expect(stale && staleText(stale, 'zh')).toMatch(/ip-indicators\.csv 无法读取（第 2 行.*内置数据/);
  });

  it('keeps the last good read over the bundled copy once a read succeeded', async () => {
    serve(readFileSync(`data/${FILE}`, 'utf8'));
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const good = await client.query(datasetQuery('ip-indicators'));
    serve(BROKEN);
    await client.refetchQueries({ queryKey: datasetQuery('ip-indicators').queryKey });
    const state = client.getQueryState(datasetQuery('ip-indicators').queryKey);
    expect(state?.error).toBeInstanceOf(DatasetLoadError);
    expect(shownData({ data: state?.data, error: state?.error ?? null })).toBe(good);
    expect(datasetSpec('ip-indicators').file).toBe(FILE);
  });
});

describe('a served file that reads but is not whole (held to the bar of an import)', () => {
  beforeEach(() => {
    setVersionStoreForTests(memoryStore());
  });
  const HSF = 'black-soil-hsf-2021.csv';
  const text = (): string => readFileSync(`data/${HSF}`, 'utf8');
  const concernsOf = (client: QueryClient) => {
    const query = client.getQueryCache().find({ queryKey: datasetQuery('black-soil-hsf-2021').queryKey });
    return query ? staleOf(query, 'zh') : [];
  };

  it('totals that no longer hold: drawn, and named with the count and the first one', async () => {
    const lines = text().split(/\r?\n/);
    const at = lines.findIndex((l) => l.startsWith('宾县,'));
    const cells = (lines[at] ?? '').split(',');
    cells[2] = String(Number(cells[2]) + 1);
    lines[at] = cells.join(',');
    serve(lines.join('\n'));
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const data = await client.query(datasetQuery('black-soil-hsf-2021'));
    expect(data.rows.length).toBeGreaterThan(40);
    const [concern] = concernsOf(client);
    expect(concern).toMatchObject({ kind: 'totals', file: HSF });
    expect(concern?.count).toBeGreaterThanOrEqual(1);
    expect(concern && staleText(concern, 'zh')).toMatch(/black-soil-hsf-2021\.csv 有 \d+ 处合计与分项不符/);
  });

  it('a re-read that lost rows the page had read: the lost rows named until they come back', async () => {
    const whole = text();
    serve(whole);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await client.query(datasetQuery('black-soil-hsf-2021'));
    expect(concernsOf(client)).toEqual([]);
    // Half copied: the file ends early, cut after a whole line (so it still parses).
    const lines = whole.split(/\r?\n/).filter((l) => l !== '');
    serve(`${lines.slice(0, 20).join('\n')}\n`);
    await client.refetchQueries({ queryKey: datasetQuery('black-soil-hsf-2021').queryKey });
    const lost = concernsOf(client).find((c) => c.kind === 'lost-rows');
    expect(lost?.count).toBe(lines.length - 20);
    expect(lost && staleText(lost, 'zh')).toContain('少了');
    serve(whole);
    await client.refetchQueries({ queryKey: datasetQuery('black-soil-hsf-2021').queryKey });
    expect(concernsOf(client)).toEqual([]);
  });
});
