/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bootPlugin } from './scripts/boot-plugin.ts';
import { cspMeta } from './scripts/csp-plugin.ts';
import { serveDataFolder } from './scripts/serve-data-plugin.ts';

const root = import.meta.dirname;
const BOOT_MODULES = /[\\/]src[\\/]app[\\/]boot|vite[\\/]preload-helper/;

export default defineConfig({
  // Relative base: the built app works from any folder of an intranet web server.
  base: './',
  plugins: [react(), serveDataFolder(root), cspMeta(), bootPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The budget that matters is gzipped initial JS, measured by `npm run bench` (issue 7).
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: { index: `${root}/index.html`, boot: `${root}/src/app/boot.ts` },
      output: {
        // Everything the app's entry imports statically in one chunk: split into 15 small shared
        // chunks, they queued on the browser's six connections and the entry ran ≈ 100 ms later.
        // Not boot.ts (a second entry that must run before that chunk arrives, see there) nor
        // Vite's preload helper, which boot's import() uses: in the shell, boot would wait for it.
        codeSplitting: {
          groups: [{ name: 'shell', tags: ['$initial'], test: (id) => !BOOT_MODULES.test(id) }],
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
