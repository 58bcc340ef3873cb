/**
 * The county map's weight, gzip -9: the GeoJSON asset alone, and the JavaScript that opening the
 * map panel adds to the county view — the map-card and county-map chunks (both loaded lazily) and
 * whatever they import statically that the entry and the county view have not already loaded (chunk names and splits change as
 * code is shared, e.g. with the wall screen, so the difference of the two import graphs is what
 * is measured, not one file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSize, initialChunks, staticClosure, totalKb } from './bundle';
import { round, type BenchResult } from './result';

const ASSET = fileURLToPath(new URL('../../src/charts/map/heilongjiang.geo.json', import.meta.url));

function chunkNamed(distDir: string, prefix: string): string | undefined {
  const file = readdirSync(join(distDir, 'assets')).find(
    (f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'),
  );
  return file === undefined ? undefined : `assets/${file}`;
}

export function measureMapSize(distDir: string): BenchResult[] {
  const asset: BenchResult = {
    name: 'map.asset',
    value: round(gzipSize(readFileSync(ASSET)) / 1000),
    unit: 'kB',
    note: 'heilongjiang.geo.json, gzip -9',
  };
  const card = chunkNamed(distDir, 'map-card');
  const map = chunkNamed(distDir, 'county-map');
  const view = chunkNamed(distDir, 'counties-view');
  if (card === undefined || map === undefined || view === undefined) {
    return [
      asset,
      {
        name: 'map.lazy-js',
        value: null,
        unit: 'kB',
        note: 'no map-card, county-map or counties-view chunk in the build',
      },
    ];
  }
  const loaded = new Set([...initialChunks(distDir), ...staticClosure(distDir, [view])].map((c) => c.file));
  const added = staticClosure(distDir, [card, map]).filter((c) => !loaded.has(c.file));
  return [
    asset,
    {
      name: 'map.lazy-js',
      value: totalKb(added),
      unit: 'kB',
      note: `what the map panel adds (asset + map code, lazy): ${added.map((c) => c.file.replace(/^assets\//, '')).join(', ')}`,
    },
  ];
}
