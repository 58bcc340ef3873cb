/**
 * A real Apache httpd for the publish specs: Debian's /usr/sbin/apache2 with its own generated
 * config and ServerRoot in a temp folder, on an unprivileged port, serving a copy of dist/.
 * The account file is written here ({SHA} hash computed in Node; no apache2-utils needed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { httpdConf } from './httpd-conf';

export const APACHE = process.env.APACHE_BIN ?? '/usr/sbin/apache2';
const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
export const ACCOUNT = { username: 'staff', password: 'pass-发布-1' } as const;

export interface Httpd {
  readonly url: string;
  readonly dataDir: string;
  /** data/ back to the built app's copy, history/ gone. */
  resetData(): void;
  stop(): Promise<void>;
  errorLog(): string;
}

function shaEntry(user: string, password: string): string {
  return `${user}:{SHA}${createHash('sha1').update(password, 'utf8').digest('base64')}\n`;
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`apache2 exited ${child.exitCode}: ${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`apache2 did not answer on ${url}: ${log()}`);
}

export async function startHttpd(port: number): Promise<Httpd> {
  if (!existsSync(APACHE)) throw new Error(`${APACHE} is missing: apt-get install apache2 (.ci/run does)`);
  const serverRoot = mkdtempSync(join(tmpdir(), 'target-board-httpd-'));
  const docRoot = join(serverRoot, 'htdocs');
  const resetData = (): void => {
    rmSync(join(docRoot, 'data'), { recursive: true, force: true });
    cpSync(join(DIST, 'data'), join(docRoot, 'data'), { recursive: true });
  };
  cpSync(DIST, docRoot, { recursive: true });
  resetData();
  const htpasswd = join(serverRoot, 'htpasswd');
  writeFileSync(htpasswd, shaEntry(ACCOUNT.username, ACCOUNT.password));
  const conf = join(serverRoot, 'httpd.conf');
  writeFileSync(conf, httpdConf({ serverRoot, docRoot, port, htpasswd }));
  const child = spawn(APACHE, ['-f', conf, '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const errorLog = (): string => {
    try {
      return stderr + readFileSync(join(serverRoot, 'error.log'), 'utf8');
    } catch {
      return stderr;
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(url, child, errorLog);
  return {
    url,
    dataDir: join(docRoot, 'data'),
    resetData,
    errorLog,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(serverRoot, { recursive: true, force: true });
    },
  };
}

export function httpdPort(): number {
  return Number(process.env.HTTPD_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 14000);
}
