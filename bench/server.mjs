// Builds when needed and serves the app, through the same script as `npm start`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

async function healthy(url) {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
}

/** Starts `node scripts/start.mjs` on `port` (building first when out/ is missing or stale). */
export async function startServer(port, { timeoutMs = 300_000 } = {}) {
  const url = `http://127.0.0.1:${port}`;
  if (await healthy(url)) throw new Error(`Port ${port} is already serving something; set BENCH_PORT to a free port.`);
  // Its own process group, so stopping it also stops a build still running.
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await healthy(url))) {
    if (child.exitCode !== null) throw new Error(`scripts/start.mjs exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      stop();
      throw new Error(`The app did not come up on ${url} within ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop };
}
