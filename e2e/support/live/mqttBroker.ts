import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Aedes } from 'aedes';
import { createWebSocketStream, WebSocketServer } from 'ws';
import type { RunningServer } from './process';

/**
 * An MQTT broker over WebSocket: aedes (MQTT 3.1.1; it refuses MQTT 5) behind a `ws` server, on loopback.
 * `auth` makes it refuse any other user name and password.
 */
export async function startMqttBroker({ auth }: { auth?: { username: string; password: string } } = {}): Promise<RunningServer> {
  const broker = await Aedes.createBroker({
    authenticate: (_client, username, password, done) => {
      if (!auth) return done(null, true);
      const ok = username === auth.username && password?.toString() === auth.password;
      if (ok) return done(null, true);
      const error = Object.assign(new Error('Bad username or password'), { returnCode: 4 });
      done(error as Parameters<typeof done>[0], false);
    },
  });
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (socket, request) => {
    const stream = createWebSocketStream(socket);
    stream.on('error', () => socket.terminate());
    broker.handle(stream, request);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    async stop() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    },
  };
}
