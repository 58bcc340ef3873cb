/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bootScript } from './scripts/boot-plugin.ts';
import { cspMeta } from './scripts/csp-plugin.ts';
import { serveDataFolder } from './scripts/serve-data-plugin.ts';

const root = import.meta.dirname;

export default defineConfig({
  // Relative base: the built app works from any folder of an intranet web server.
  base: './',
  plugins: [react(), serveDataFolder(root), bootScript(root), cspMeta()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The budget that matters is gzipped initial JS, measured by `npm run bench` (issue 7).
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically in one chunk (one request instead of 15 small
        // shared chunks queuing on six connections; initial JS 150.1 → 146.1 kB gzip).
        codeSplitting: {
          groups: [
            { name: 'shell', tags: ['$initial'] },
            // The app code two or more lazy views share (chart host, chart card, table columns,
            // county filters…) in one chunk: a chart view's code was 11 chunks, each a
            // modulepreload link appended by Vite's preload helper (~1 ms of main thread each) and a
            // request; now 3. ECharts and the map stay in their own chunks, loaded after the first
            // chart's picture (src/charts/prerender). First-chart ratios, black-soil / counties,
            // 1.53 / 1.59 → 1.25 / 1.19× (`npm run bench -- --only first-chart --runs 11`).
            {
              name: 'view-kit',
              test: /[\\/]src[\\/](?!charts[\\/](echarts-setup|live-chart|map[\\/]))(charts|components|features|i18n|queries)[\\/]/,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    include: ['test/**/*.test.{ts,tsx}'],
    // Data and chart tests run in plain Node; view tests opt into jsdom with a docblock.
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    // CI also writes a JSON report for the one-line summary (scripts/test-summary.ts); not under
    // test-results/, which Playwright empties when it starts.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/unit.json' },
  },
});
