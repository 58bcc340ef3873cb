/**
 * Builds the app and the bare comparison page into a temporary folder and serves each with
 * `vite preview`, in this process. Own output folders and ports (not dist/ and 4173), so a bench
 * run never disturbs `npm run preview` or an end-to-end run going on at the same time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { recordPrerenders } from '../prerender/record';
import { servePreview, type Served } from '../serve-preview';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BARE_ROOT = fileURLToPath(new URL('./bare/', import.meta.url));

export interface BenchBuilds {
  readonly app: Served;
  readonly bare: Served;
  close(): Promise<void>;
}

/** The app exactly as `npm run build` makes it (vite.config.ts, data/ copied, charts prerendered), elsewhere. */
async function buildApp(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  await recordPrerenders(outDir, () => undefined);
}

/** One bar chart on the same Vite, React, echarts-for-react and ECharts as the app. */
async function buildBare(outDir: string): Promise<void> {
  await build({
    root: BARE_ROOT,
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    // One chunk by design (nothing to split on one chart), hence the raised warning limit.
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1000 },
  });
}

/** Builds both (one after the other: two cores) and serves them; `close` also removes the builds. */
export async function buildAndServe(): Promise<BenchBuilds> {
  const tmp = mkdtempSync(join(tmpdir(), 'target-board-bench-'));
  const appDir = join(tmp, 'app');
  const bareDir = join(tmp, 'bare');
  await buildApp(appDir);
  await buildBare(bareDir);
  const app = await servePreview(appDir, 4180);
  const bare = await servePreview(bareDir, 4190);
  return {
    app,
    bare,
    close: async () => {
      await Promise.all([app.close(), bare.close()]);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
