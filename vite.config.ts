/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspMeta } from './scripts/csp-plugin.ts';
import { serveDataFolder } from './scripts/serve-data-plugin.ts';

const root = import.meta.dirname;

export default defineConfig({
  // Relative base: the built app works from any folder of an intranet web server.
  base: './',
  plugins: [react(), serveDataFolder(root), cspMeta()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The budget that matters is gzipped initial JS, measured by `npm run bench` (issue 7).
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically in one chunk (one request instead of 15 small
        // shared chunks queuing on six connections; initial JS 150.1 → 146.1 kB gzip).
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] },
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
