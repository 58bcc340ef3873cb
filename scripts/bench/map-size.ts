/**
 * The county map's weight: the GeoJSON asset alone, and the lazy chunk that carries it with the
 * map code (loaded only when the map panel opens), both gzip -9.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSize } from './bundle';
import { round, type BenchResult } from './result';

const ASSET = fileURLToPath(new URL('../../src/charts/map/heilongjiang.geo.json', import.meta.url));

export function measureMapSize(distDir: string): BenchResult[] {
  const chunk = readdirSync(join(distDir, 'assets')).find((f) => /^county-map-.*\.js$/.test(f));
  const asset: BenchResult = { name: 'map.asset', value: round(gzipSize(readFileSync(ASSET)) / 1000), unit: 'kB', note: 'heilongjiang.geo.json, gzip -9' };
  if (chunk === undefined) return [asset, { name: 'map.chunk', value: null, unit: 'kB', note: 'no county-map chunk in the build' }];
  const kb = round(gzipSize(readFileSync(join(distDir, 'assets', chunk))) / 1000);
  return [asset, { name: 'map.chunk', value: kb, unit: 'kB', note: `${chunk} (asset + map code, lazy), gzip -9` }];
}
