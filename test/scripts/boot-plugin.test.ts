import { fileURLToPath } from 'node:url';
import { bundleBoot, withBootScript } from '../../scripts/boot-plugin';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const BUILT = `<head>
    <script type="module" crossorigin src="./assets/index-7tRN8z3m.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-B8v95Ew1.css">
  </head>`;

describe('withBootScript', () => {
  it('puts the boot script in the app script’s place, naming the app, and preloads the app', () => {
    const html = withBootScript(BUILT, './assets/boot-1.js');
    expect(html).toContain(
      '<script type="module" async src="./assets/boot-1.js" data-app="./assets/index-7tRN8z3m.js"></script>',
    );
    expect(html).toContain('<link rel="modulepreload" crossorigin href="./assets/index-7tRN8z3m.js">');
    // The app's entry is no longer run by index.html itself: only the boot runs it.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('index-B8v95Ew1.css');
  });

  it('fails the build when index.html has no app script to load', () => {
    expect(() => withBootScript('<head></head>', './assets/boot-1.js')).toThrow(/no app script/);
  });
});

describe('bundleBoot', () => {
  it('bundles the boot into one script with no static imports, which runs the app it is given', async () => {
    const code = await bundleBoot(ROOT);
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).toContain('data-app');
    expect(code).toContain('import(');
    expect(code.length).toBeLessThan(12_000);
  }, 30_000);
});
