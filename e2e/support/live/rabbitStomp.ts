import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExecutable, freePort, spawnLogged, stopProcess, waitForPort } from './process';
import type { RunningServer } from './process';

export interface RunningRabbit extends RunningServer {
  /** The broker's default user (guest/guest is allowed from loopback). */
  username: string;
  password: string;
}

/**
 * Debian's rabbitmq-server with only its web-stomp plugin (STOMP over WebSocket at `/ws`), in the
 * foreground, on loopback, with its own data directory, Erlang cookie and port mapper (epmd), so it
 * touches nothing of the machine's. Starts in ~5 s here; allowed 60 s.
 */
export async function startRabbitStomp(): Promise<RunningRabbit> {
  const server = findExecutable('rabbitmq-server', [process.env.RABBITMQ_SERVER_PATH, '/usr/lib/rabbitmq/bin/rabbitmq-server', '/usr/sbin/rabbitmq-server'], 'apt-get install rabbitmq-server (.ci/run does), or set RABBITMQ_SERVER_PATH.');
  const [stompPort, distPort, epmdPort] = [await freePort(), await freePort(), await freePort()];
  const dir = mkdtempSync(join(tmpdir(), 'studio-rabbit-'));
  for (const sub of ['mnesia', 'log', 'home']) mkdirSync(join(dir, sub));
  writeFileSync(
    join(dir, 'rabbitmq.conf'),
    ['listeners.tcp = none', 'stomp.listeners.tcp = none', `web_stomp.tcp.port = ${stompPort}`, 'web_stomp.tcp.ip = 127.0.0.1', ''].join('\n'),
  );
  writeFileSync(join(dir, 'enabled_plugins'), '[rabbitmq_web_stomp].\n');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: join(dir, 'home'),
    RABBITMQ_NODENAME: `studio-live-${stompPort}@localhost`,
    RABBITMQ_DIST_PORT: String(distPort),
    RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
    RABBITMQ_LOG_BASE: join(dir, 'log'),
    RABBITMQ_LOGS: '-',
    RABBITMQ_CONFIG_FILE: join(dir, 'rabbitmq.conf'),
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'enabled_plugins'),
    ERL_EPMD_ADDRESS: '127.0.0.1',
    ERL_EPMD_PORT: String(epmdPort),
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '-kernel inet_dist_use_interface {127,0,0,1}',
  };
  const { child, log } = spawnLogged(server, [], env);
  const cleanup = async () => {
    await stopProcess(child, 20_000);
    // The node started its own epmd on a private port; it outlives the node unless told to stop.
    spawnSync('epmd', ['-port', String(epmdPort), '-kill'], { env, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(stompPort, child, log, 60_000, 'rabbitmq-server (web-stomp)');
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { url: `ws://127.0.0.1:${stompPort}/ws`, username: 'guest', password: 'guest', stop: cleanup };
}
