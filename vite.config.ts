/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serveDataFolder } from './scripts/serve-data-plugin';

const root = import.meta.dirname;

export default defineConfig({
  // Relative base: the built app works from any folder of an intranet web server.
  base: './',
  plugins: [react(), serveDataFolder(root)],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  test: {
    globals: true,
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
});
