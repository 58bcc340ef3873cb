import { datasetSpec } from '../../src/data/registry';
import { importTime, provenanceOf, versionLabel } from '../../src/queries/data-version';
import type { LoadedDataset } from '../../src/queries/dataset-query';
import { DEFAULT_REFRESH_SECONDS, refreshIntervalMs } from '../../src/queries/refresh';

describe('refresh interval from the link', () => {
  it.each([
    ['', DEFAULT_REFRESH_SECONDS * 1000],
    ['?refresh=2', 2000],
    ['?refresh=0', false],
    ['?refresh=-5', false],
    ['?refresh=0.5', 2000],
    ['?refresh=9999999', 24 * 60 * 60 * 1000],
    ['?refresh=abc', DEFAULT_REFRESH_SECONDS * 1000],
    ['?refresh=%3Cscript%3E', DEFAULT_REFRESH_SECONDS * 1000],
  ])('%s → %s', (search, expected) => {
    expect(refreshIntervalMs(search)).toBe(expected);
  });
});

function loaded(id: Parameters<typeof datasetSpec>[0], version: LoadedDataset['version']): LoadedDataset {
  return {
    spec: datasetSpec(id),
    version,
    dataset: datasetSpec(id),
    encoding: 'utf-8',
    rowCount: 0,
    rows: [],
    records: [],
    issues: [],
    columnLabels: {},
  };
}

describe('version label', () => {
  const embedded = loaded('black-soil-allocation', { kind: 'embedded', file: 'black-soil-allocation.csv' });
  const importedAt = new Date(2026, 10, 22, 9, 5).toISOString();
  const imported = loaded('credit-indicators', {
    kind: 'imported',
    fileName: '信用.csv',
    importedAt,
    versionId: 'v1',
  });

  it('names the gazette date for embedded data', () => {
    expect(versionLabel([embedded], 'zh')).toBe(
      `内置数据 · ${datasetSpec('black-soil-allocation').source.date}`,
    );
  });

  it('names the file and local time of an import, beside the embedded rest', () => {
    expect(versionLabel([imported, embedded], 'zh')).toBe(
      `导入 · 信用.csv · 2026-11-22 09:05；内置数据 · ${datasetSpec('black-soil-allocation').source.date}`,
    );
    expect(versionLabel([imported], 'en')).toBe('Imported · 信用.csv · 2026-11-22 09:05');
  });

  it('leaves out the dateless embedded actuals table', () => {
    expect(
      versionLabel([loaded('progress-actuals', { kind: 'embedded', file: 'progress-actuals.csv' })], 'zh'),
    ).toBe('');
  });

  it('gives a card the sources of every dataset it draws and their one version line', () => {
    expect(provenanceOf([imported, embedded], 'en')).toEqual({
      sources: [datasetSpec('credit-indicators').source, datasetSpec('black-soil-allocation').source],
      version: versionLabel([imported, embedded], 'en'),
    });
    expect(provenanceOf([], 'zh')).toEqual({ sources: [], version: '' });
  });

  it('shows an unreadable time as given, never "Invalid Date"', () => {
    expect(importTime('garbage')).toBe('garbage');
  });
});
