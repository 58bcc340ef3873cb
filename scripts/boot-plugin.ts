/**
 * Build-time half of `src/app/boot.ts`: boot is built as a second entry; here its placeholder gets
 * each chart view's chunks (the view's lazy chunk and the chunks it imports, not the shell) and
 * `index.html` gets a script tag for it before the app's. Build only; in dev there is no boot.
 */
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** The lazy view modules app.tsx imports, by the `view=` value a link names. */
export const BOOT_VIEW_MODULES: Readonly<Record<string, string>> = {
  'black-soil': 'src/features/black-soil/black-soil-view.tsx',
  counties: 'src/features/counties/counties-view.tsx',
  ip: 'src/features/ip/ip-view.tsx',
  credit: 'src/features/credit/credit-view.tsx',
  grain: 'src/features/grain/grain-view.tsx',
};

const PLACEHOLDER = '__TARGET_BOARD_BOOT_CHUNKS__';

function chunks(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A chunk and, transitively, what it imports statically — minus the app's entry (the shell). */
export function chunkClosure(start: OutputChunk, byName: ReadonlyMap<string, OutputChunk>): string[] {
  const seen = new Set<string>();
  const visit = (chunk: OutputChunk): void => {
    if (chunk.isEntry || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const name of chunk.imports) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  visit(start);
  return [...seen];
}

export function bootPlugin(): Plugin {
  return {
    name: 'target-board-boot',
    apply: 'build',
    generateBundle(_options, bundle) {
      const all = chunks(bundle);
      const byName = new Map(all.map((c) => [c.fileName, c]));
      const boot = all.find((c) => c.isEntry && c.facadeModuleId?.endsWith('src/app/boot.ts'));
      if (!boot) throw new Error('boot-plugin: the build has no src/app/boot.ts entry');
      if (boot.imports.length > 0)
        throw new Error(
          `boot-plugin: boot must import nothing at run time, it imports ${boot.imports.join(', ')}`,
        );
      const map: Record<string, string[]> = {};
      for (const [view, module] of Object.entries(BOOT_VIEW_MODULES)) {
        const chunk = all.find((c) => c.facadeModuleId?.endsWith(module));
        if (!chunk) throw new Error(`boot-plugin: no chunk for ${module}`);
        map[view] = chunkClosure(chunk, byName).map(basename);
      }
      if (!boot.code.includes(PLACEHOLDER)) throw new Error('boot-plugin: placeholder not found in boot');
      // JSON inside a single-quoted JS string: file names are [\w.-] only, nothing to escape.
      boot.code = boot.code.replace(PLACEHOLDER, JSON.stringify(map));
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const boot = chunks(ctx.bundle ?? {}).find(
          (c) => c.isEntry && c.facadeModuleId?.endsWith('src/app/boot.ts'),
        );
        if (!boot) throw new Error('boot-plugin: the build has no src/app/boot.ts entry');
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('boot-plugin: index.html has no module script');
        const tag = `<script type="module" crossorigin src="./${boot.fileName}"></script>\n    `;
        return html.slice(0, at) + tag + html.slice(at);
      },
    },
  };
}
