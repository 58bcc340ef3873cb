/**
 * The boot script (src/boot/boot.ts) in the built app: bundled on its own into one small script
 * (no imports, nothing shared with the app's chunks), written as `assets/boot-<hash>.js` and
 * placed in index.html right before the app's script, both modules: module scripts run in
 * document order once the page is parsed, so the boot has started (and announced its decision,
 * src/boot/boot-signal.ts) before the app's code runs. `script-src 'self'` allows it; no inline
 * code. Build only: in dev there are no page pictures.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

export async function bundleBoot(root: string): Promise<string> {
  const bundle = await rolldown({ input: join(root, 'src/boot/boot.ts'), platform: 'browser' });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    const [chunk] = output;
    if (chunk.code.trim() === '') throw new Error('the boot script bundled to no code');
    return chunk.code;
  } finally {
    await bundle.close();
  }
}

export function bootScript(root: string): Plugin {
  let fileName = '';
  let code = '';
  return {
    name: 'target-board:boot',
    apply: 'build',
    async buildStart() {
      code = await bundleBoot(root);
      fileName = `assets/boot-${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      // After Vite's own HTML processing, which has placed the app's script by then.
      order: 'post',
      handler(html) {
        const app = /<script type="module"[^>]*\ssrc="[^"]*\/assets\/index-[\w-]+\.js"[^>]*><\/script>/;
        if (!app.test(html)) throw new Error('index.html has no app script to put the boot script before');
        return html.replace(app, (tag) => `<script type="module" src="./${fileName}"></script>\n    ${tag}`);
      },
    },
  };
}
