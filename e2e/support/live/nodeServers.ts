import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { RunningServer } from './process';

async function listen(server: ReturnType<typeof createServer>, port = 0, host = '127.0.0.1'): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return (server.address() as AddressInfo).port;
}

export interface WebSocketHub extends RunningServer {
  /** Sends a frame to every connected client, as another publisher would. */
  broadcast(data: string | Buffer): void;
  /** How many clients are connected (for tests that wait for a subscriber). */
  clientCount(): number;
}

/**
 * A WebSocket hub on loopback: every frame a client sends goes to every client (the sender too), so a test
 * publishes and receives its own message back. Any path is accepted; `/refuse` answers 403 to the upgrade.
 * `port` restarts a hub where a stopped one was (for reconnection tests).
 */
export async function startWebSocketHub({ port: wanted = 0 }: { port?: number } = {}): Promise<WebSocketHub> {
  const http = createServer((_request, response) => response.writeHead(404).end());
  const wss = new WebSocketServer({ noServer: true });
  http.on('upgrade', (request, socket, head) => {
    if (request.url?.startsWith('/refuse')) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  const broadcast = (data: string | Buffer) => {
    for (const client of wss.clients) if (client.readyState === client.OPEN) client.send(data);
  };
  wss.on('connection', (ws) => ws.on('message', (data, isBinary) => broadcast(isBinary ? (data as Buffer) : data.toString())));
  const port = await listen(http, wanted);
  return {
    url: `ws://127.0.0.1:${port}`,
    broadcast,
    clientCount: () => wss.clients.size,
    async stop() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface SseHub extends RunningServer {
  /** Sends one event to every open stream. */
  push(data: string, event?: string): void;
  /** Every non-GET request received (what the HTTP adapter sent). */
  requests: ReceivedRequest[];
  streamCount(): number;
  /** Ends every open stream (the server going away, as far as clients can tell). */
  dropStreams(): void;
}

function allowCors(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
  response.setHeader('Access-Control-Allow-Credentials', 'true');
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
  response.setHeader('Access-Control-Allow-Headers', request.headers['access-control-request-headers'] ?? '*');
}

/**
 * Server-sent events and plain HTTP on loopback, with CORS for any origin: GET on any path opens an event
 * stream (`/missing` answers 404); any POST/PUT/PATCH is recorded and its body pushed to every stream as one
 * event (named by an `X-Event` request header, if any), so HTTP sends come back over SSE.
 */
export async function startSseHub(host = '127.0.0.1'): Promise<SseHub> {
  const streams = new Set<ServerResponse>();
  const requests: ReceivedRequest[] = [];
  const push = (data: string, event?: string) => {
    const frame = `${event ? `event: ${event}\n` : ''}${data
      .split('\n')
      .map((line) => `data: ${line}`)
      .join('\n')}\n\n`;
    for (const stream of streams) stream.write(frame);
  };
  const http = createServer((request, response) => {
    allowCors(request, response);
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    if (request.method === 'GET') {
      if (request.url?.startsWith('/missing')) return void response.writeHead(404).end('no such stream');
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
      response.write(': open\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body });
      if (request.url?.startsWith('/reject')) return void response.writeHead(422).end('not accepted');
      push(body, typeof request.headers['x-event'] === 'string' ? request.headers['x-event'] : undefined);
      response.writeHead(202).end();
    });
  });
  const port = await listen(http, 0, host);
  return {
    url: `http://${host}:${port}`,
    push,
    requests,
    streamCount: () => streams.size,
    dropStreams() {
      for (const stream of streams) stream.destroy();
      streams.clear();
    },
    async stop() {
      for (const stream of streams) stream.destroy();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
