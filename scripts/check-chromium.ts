// Runs before `npm test`: the end-to-end suite needs Debian's Chromium, which npm cannot install.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  process.stderr.write(
    `Chromium not found at ${path}.\nInstall it once: apt-get update && apt-get install -y chromium fonts-noto-cjk\n(or set CHROMIUM_PATH). .ci/run does this on CI.\n`,
  );
  process.exitCode = 1;
}
