import { createServer } from 'node:http';
import { connect as tcpConnect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { findExecutable, freePort, spawnLogged, stopProcess, waitForPort } from './process';
import type { RunningServer } from './process';

/**
 * A real MQTT 5 broker for the user-properties (headers) tests: Debian's mosquitto 2.0 speaks MQTT 5 but is
 * built without websockets (its websockets listener fails to start), and aedes has no MQTT 5. So mosquitto
 * listens on loopback TCP and a `ws` server relays each WebSocket (subprotocol `mqtt`) to it, byte for byte,
 * as a websockify-style gateway would: the broker's MQTT is untouched.
 */
export async function startMosquitto(): Promise<RunningServer> {
  const binary = findExecutable('mosquitto', [process.env.MOSQUITTO_PATH, '/usr/sbin/mosquitto'], 'apt-get install mosquitto (.ci/run does), or set MOSQUITTO_PATH.');
  const tcpPort = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'studio-mosquitto-'));
  writeFileSync(join(dir, 'mosquitto.conf'), `listener ${tcpPort} 127.0.0.1\nallow_anonymous true\npersistence false\n`);
  const { child, log } = spawnLogged(binary, ['-c', join(dir, 'mosquitto.conf')]);
  const cleanup = async () => {
    await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(tcpPort, child, log, 15_000, 'mosquitto');
  } catch (error) {
    await cleanup();
    throw error;
  }
  const http = createServer((_request, response) => response.writeHead(404).end());
  const wss = new WebSocketServer({ server: http, handleProtocols: (protocols) => (protocols.has('mqtt') ? 'mqtt' : false) });
  wss.on('connection', (socket) => {
    const tcp = tcpConnect({ host: '127.0.0.1', port: tcpPort });
    tcp.on('data', (data) => socket.send(data));
    tcp.on('close', () => socket.close());
    tcp.on('error', () => socket.terminate());
    socket.on('message', (data) => tcp.write(data as Buffer));
    socket.on('close', () => tcp.end());
    socket.on('error', () => tcp.destroy());
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    async stop() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await cleanup();
    },
  };
}
