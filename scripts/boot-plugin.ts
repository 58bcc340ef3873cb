/**
 * The boot script (src/boot/boot.ts) in the built app: bundled on its own into one small script
 * (no imports, nothing shared with the app's chunks), written as `assets/boot-<hash>.js`. It takes
 * the app script's place in index.html (`data-app` names the app's entry, which the boot imports
 * once it has decided) and the app's entry becomes a `modulepreload`, so it still downloads and
 * compiles at once — and still counts as initial JS (scripts/bench/bundle.ts reads
 * modulepreloads). The boot is `async`: a deferred script waits for the stylesheet before it runs,
 * and the boot's first act is a request (its page file) that need not wait for it; it waits for the
 * stylesheet itself before it shows anything (src/boot/boot-page.ts).
 * `script-src 'self'` allows it; no inline code. Build only: in dev there are no
 * page pictures and index.html runs the app itself.
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

const APP_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]*\/assets\/index-[\w-]+\.js)"[^>]*><\/script>/;

/** index.html with the boot script in the app script's place and the app's entry preloaded. */
export function withBootScript(html: string, bootSrc: string): string {
  const app = APP_SCRIPT.exec(html);
  if (app === null) throw new Error('index.html has no app script for the boot script to load');
  const [tag, src = ''] = app;
  return html.replace(
    tag,
    `<script type="module" async src="${bootSrc}" data-app="${src}"></script>\n    <link rel="modulepreload" crossorigin href="${src}">`,
  );
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
        return withBootScript(html, `./${fileName}`);
      },
    },
  };
}
