/**
 * CI gate (issue 7): initial JavaScript of the production build, gzipped, must stay within the
 * budget. `npx tsx scripts/check-bundle-budget.ts [DIST_DIR]` after `npm run build`; exit 1 over
 * budget. Sizes are stable, so they are gated; times are only reported, by `npm run bench`.
 */
import { initialChunks, INITIAL_JS_BUDGET_KB, totalKb } from './bench/bundle';

const distDir = process.argv[2] ?? 'dist';
const chunks = initialChunks(distDir);
if (chunks.length === 0) throw new Error(`${distDir}/index.html loads no script; build first`);
for (const chunk of chunks)
  console.log(`${(chunk.gzipBytes / 1000).toFixed(1).padStart(7)} kB  ${chunk.file}`);
const total = totalKb(chunks);
const within = total <= INITIAL_JS_BUDGET_KB;
console.log(
  `initial JS ${total} kB gzipped (gzip -9) — budget ${INITIAL_JS_BUDGET_KB} kB: ${within ? 'ok' : 'OVER BUDGET'}`,
);
process.exitCode = within ? 0 : 1;
