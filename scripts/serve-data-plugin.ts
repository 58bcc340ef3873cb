/**
 * Serves the top-level `data/` folder at `<base>data/` in dev, and copies it into `dist/data/` on
 * build (preview and any static server then serve that copy). The embedded default data must stay plain files staff can replace on the
 * server (no rebuild), so it cannot be imported into the bundle. vite-plugin-static-copy does this
 * too, but its releases that run on Node 20 do not accept Vite 8 (checked 2026-11), hence this
 * small plugin.
 */
import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

function dataMiddleware(dataDir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = (req.url ?? '').split('?')[0] ?? '';
    const match = /(?:^|\/)data\/(.+)$/.exec(decodeURIComponent(url));
    if (!match?.[1]) {
      next();
      return;
    }
    const file = normalize(join(dataDir, match[1]));
    // Refuse anything that escapes data/ (../ tricks) or is not a plain file.
    if (!file.startsWith(dataDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      next();
      return;
    }
    res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    // Staff replace these files in place; the app polls them, so never let a cache hide a change.
    res.setHeader('Cache-Control', 'no-cache');
    res.end(readFileSync(file));
  };
}

export function serveDataFolder(root: string): Plugin {
  const dataDir = resolve(root, 'data');
  let outDir = resolve(root, 'dist');
  let building = false;
  return {
    name: 'target-board:data-folder',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use(dataMiddleware(dataDir));
    },
    closeBundle() {
      // Vite also calls closeBundle when a dev or Vitest server shuts down; copy only on build.
      if (!building) return;
      cpSync(dataDir, join(outDir, 'data'), { recursive: true });
    },
  };
}
