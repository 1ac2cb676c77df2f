import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

/** Debian's nginx (or the one on PATH). Missing → a clear failure: CI installs it in .ci/run. */
export function findNginx(): string {
  for (const candidate of [process.env.NGINX_PATH, '/usr/sbin/nginx']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  if (which.status === 0 && found) return found;
  throw new Error('nginx is not installed: the nginx tests serve out/ with the shipped nginx.conf. Install it (apt-get install nginx) or set NGINX_PATH.');
}

function mimeTypes(nginx: string): string {
  for (const candidate of ['/etc/nginx/mime.types', resolve(nginx, '..', '..', 'conf', 'mime.types')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('nginx is installed but its mime.types was not found (looked in /etc/nginx).');
}

async function waitForHealth(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${log()}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer /healthz within 15 s: ${log()}`);
}

/**
 * Runs nginx in the foreground with the project's nginx.conf, as the Docker image does, but with the
 * root, port and writable paths rewritten into a temporary directory (no root needed).
 * `site` is the directory served as the web root (out/, or a folder holding out/ below a base path).
 */
export async function startNginx({ port, site, projectRoot }: { port: number; site: string; projectRoot: string }): Promise<RunningNginx> {
  const nginx = findNginx();
  const csp = join(projectRoot, '.build', 'nginx-csp.conf');
  if (!existsSync(csp)) throw new Error('No .build/nginx-csp.conf: run the production build (npm run build) first.');
  const dir = mkdtempSync(join(tmpdir(), 'studio-nginx-'));
  mkdirSync(join(dir, 'run'));
  const errorLog = join(dir, 'error.log');
  const conf = readFileSync(join(projectRoot, 'nginx.conf'), 'utf8')
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/usr\/share\/nginx\/html;/, `root ${site};`)
    .replaceAll('/tmp/nginx/', `${join(dir, 'run')}/`)
    // A child's stderr may be a socket, which nginx cannot open by path: log to a file, shown on failure.
    .replace('error_log /dev/stderr', `error_log ${errorLog}`);
  writeFileSync(join(dir, 'nginx.conf'), conf);
  copyFileSync(mimeTypes(nginx), join(dir, 'mime.types'));
  copyFileSync(csp, join(dir, 'studio-csp.conf'));
  let output = '';
  const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', errorLog, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(origin, child, () => `${output}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
