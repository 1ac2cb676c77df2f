import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExecutable, freePort, spawnLogged, stopProcess, waitForPort } from './process';
import type { RunningServer } from './process';

/**
 * Debian's nats-server with a websocket listener on loopback (no TLS), as browsers reach NATS.
 * `auth` turns on user/password authorization, for the refused-credentials test.
 */
export async function startNatsServer({ auth }: { auth?: { user: string; password: string } } = {}): Promise<RunningServer> {
  const binary = findExecutable('nats-server', [process.env.NATS_SERVER_PATH, '/usr/sbin/nats-server', '/usr/bin/nats-server'], 'apt-get install nats-server (.ci/run does), or set NATS_SERVER_PATH.');
  const [clientPort, wsPort] = [await freePort(), await freePort()];
  const dir = mkdtempSync(join(tmpdir(), 'studio-nats-'));
  const authBlock = auth ? `authorization { user: ${JSON.stringify(auth.user)}, password: ${JSON.stringify(auth.password)} }\n` : '';
  writeFileSync(
    join(dir, 'nats.conf'),
    `listen: "127.0.0.1:${clientPort}"\n${authBlock}websocket {\n  listen: "127.0.0.1:${wsPort}"\n  no_tls: true\n}\n`,
  );
  const { child, log } = spawnLogged(binary, ['-c', join(dir, 'nats.conf')]);
  try {
    await waitForPort(wsPort, child, log, 15_000, 'nats-server');
  } catch (error) {
    await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `ws://127.0.0.1:${wsPort}`,
    async stop() {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
