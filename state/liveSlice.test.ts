import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { buildLiveView } from '@/lib/live/document/liveView';
import { parseText } from '@/lib/docs/testDocuments';
import { nodeEnv } from '@/lib/live/testing/liveTestKit';
import { validateReceived } from '@/lib/live/validateReceived';
import { freePort } from '@/e2e/support/live/process';
import { startWebSocketHub } from '@/e2e/support/liveServers';
import type { WebSocketHub } from '@/e2e/support/liveServers';
import { createLabClient } from '@/workers/labClient';
import type { WorkerLike } from '@/workers/latestJobRunner';
import type { LabWorkerRequest } from '@/workers/protocol';
import { startEffects } from './effects';
import type { StudioServices } from './services';
import { createStudioStore } from './store';
import type { StudioStore } from './store';
import type { StudioState } from './studioState';
import { answerAnalysis, outcome } from './testing';

/** The lab worker's live check, in-process (answering on a later task, as a worker does). */
function liveCheckWorker(): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {},
    postMessage: (message) => {
      const request = message as LabWorkerRequest;
      if (request.type !== 'live-check') throw new Error('only live checks here');
      setTimeout(() => worker.onmessage?.({ data: { type: 'live-check-result', id: request.id, version: request.version, verdicts: validateReceived(request.batch) } } as MessageEvent), 0);
    },
  };
  return worker;
}

function documentFor(host: string): string {
  return `asyncapi: 3.0.0
info: { title: Prices, version: 1.0.0 }
servers:
  local: { host: '${host}', protocol: ws }
channels:
  prices:
    address: /prices
    messages:
      price:
        payload:
          type: object
          required: [symbol, price]
          properties:
            symbol: { type: string, pattern: '^[A-Z]+$' }
            price: { type: number, minimum: 0 }
operations:
  publishPrices: { action: send, channel: { $ref: '#/channels/prices' } }
  takePrices: { action: receive, channel: { $ref: '#/channels/prices' } }
`;
}

/** A store whose active file is `text`, analysed as the worker would (with the Try panel's view), the panel open. */
async function storeWith(text: string): Promise<StudioStore> {
  const services = { lab: createLabClient({ createWorker: liveCheckWorker }) } as StudioServices;
  const store = createStudioStore(text, { services, live: { env: nodeEnv } });
  const view = buildLiveView(await parseText(text));
  answerAnalysis(store, { ...outcome(), views: { liveView: view } });
  store.getState().togglePanel('try');
  return store;
}

/** Resolves once the store's live snapshot satisfies `test` (the store is re-read at most every FLUSH_MS). */
function until(store: StudioStore, test: (s: StudioState) => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (test(store.getState())) return resolve();
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out waiting for ${what}: ${JSON.stringify(store.getState().live, null, 1).slice(0, 2000)}`));
    }, 15_000);
    const stop = store.subscribe((s) => {
      if (!test(s)) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

/** Polls a fact outside the store (the hub's own count of sockets). */
async function eventually(fact: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!fact()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const connected = (s: StudioState) => s.live.connections.length > 0 && s.live.connections.every((c) => c.status.state === 'connected');

let hub: WebSocketHub;
beforeAll(async () => {
  hub = await startWebSocketHub();
});
afterAll(async () => {
  await hub.stop();
});

describe('live slice: the Try panel\'s session, reached through store actions', () => {
  it('connects, sends the generated example, and shows every message with its verdict; no credential reaches the store', async () => {
    const store = await storeWith(documentFor(new URL(hub.url).host));
    const secret = 'pa55-in-memory-only';
    await store.getState().liveConnect({ choice: { serverId: 'local', operationIds: ['publishPrices', 'takePrices'] }, credentials: { username: 'me', password: secret } });
    await until(store, connected, 'connected');
    const [target] = store.getState().live.targets;
    expect(target).toMatchObject({ channelId: 'prices', adapter: 'ws' });
    const example = store.getState().analyses[store.getState().activeId]!.lastValid!.views.liveView!.messages[0]!.generated.payload;
    expect(await store.getState().liveSend(target!, JSON.stringify(example), {})).toEqual({ ok: true });

    const other = new NodeWebSocket(`${hub.url}/prices`);
    await new Promise((resolve) => other.once('open', resolve));
    other.send(JSON.stringify({ symbol: 'acme', price: -1 }));
    await until(store, (s) => s.live.rows.length === 3 && s.live.rows.every((r) => r.check.state !== 'pending'), 'three checked rows');
    other.close();

    const rows = store.getState().live.rows;
    expect(rows.map((r) => [r.direction, r.channelId, r.check.state])).toEqual([
      ['out', 'prices', 'valid'],
      ['in', 'prices', 'valid'],
      ['in', 'prices', 'invalid'],
    ]);
    const wrong = rows[2]!.check;
    expect(wrong.state === 'invalid' && wrong.violations.map((v) => v.path.join('.')).sort()).toEqual(['price', 'symbol']);

    const exported = store.getState().liveExport();
    expect(exported.trim().split('\n')).toHaveLength(3);
    expect(JSON.stringify(store.getState())).not.toContain(secret);
    expect(exported).not.toContain(secret);

    await store.getState().liveDisconnect();
    expect(store.getState().live.connections.map((c) => c.status)).toEqual([{ state: 'closed', reason: { code: 'closed-by-user', message: 'Disconnected.' } }]);
    expect(store.getState().live.rows).toHaveLength(3);
  });

  it('re-reads the session at most every 100 ms, however fast messages come', async () => {
    const store = await storeWith(documentFor(new URL(hub.url).host));
    await store.getState().liveConnect({ choice: { serverId: 'local', operationIds: ['publishPrices'] } });
    await until(store, connected, 'connected');
    let updates = 0;
    const connections = store.getState().live.connections;
    const stop = store.subscribe((s) => s.live, () => updates++);
    const started = Date.now();
    for (let i = 0; i < 500; i++) hub.broadcast(JSON.stringify({ symbol: 'ACME', price: i }));
    await until(store, (s) => s.live.rows.filter((r) => r.check.state === 'valid').length === 500, '500 valid rows');
    stop();
    expect(updates).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 100) + 2);
    // No status changed: readers of the connections see the same array and do not re-render.
    expect(store.getState().live.connections).toBe(connections);
    store.getState().liveClose();
  });

  it('says why a choice cannot connect, and shows a refused connection as closed with its reason', async () => {
    const store = await storeWith(documentFor(`127.0.0.1:${await freePort()}`));
    await store.getState().liveConnect({ choice: { serverId: 'nowhere', operationIds: [] } });
    expect(store.getState().live.problems).toEqual(['There is no server “nowhere” in the document.']);
    await store.getState().liveConnect({ choice: { serverId: 'local', operationIds: ['publishPrices'] } });
    await until(store, (s) => s.live.connections[0]?.status.state === 'closed', 'closed');
    const status = store.getState().live.connections[0]!.status;
    expect(status.state === 'closed' && status.reason.code).toBe('refused');
  });

  it('a Connect still loading the engine when the panel closes opens nothing', async () => {
    const store = await storeWith(documentFor(new URL(hub.url).host));
    await eventually(() => hub.clientCount() === 0, 'no client at the hub');
    const connecting = store.getState().liveConnect({ choice: { serverId: 'local', operationIds: ['publishPrices'] } });
    store.getState().liveClose();
    await connecting;
    expect(store.getState().live.connections).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hub.clientCount()).toBe(0);
  });

  it('closes the session when the panel closes, when another document becomes active, and when the page hides', async () => {
    const store = await storeWith(documentFor(new URL(hub.url).host));
    const listeners = new Map<string, EventListener>();
    const target = {
      addEventListener: (type: string, fn: EventListenerOrEventListenerObject) => void listeners.set(type, fn as EventListener),
      removeEventListener: (type: string) => void listeners.delete(type),
    };
    const client = { checkSyntax: () => {}, analyze: () => {}, dispose: () => {}, idle: () => true, onIdle: () => () => {} };
    const stop = startEffects(store, { client, sync: null, target });
    const open = async () => {
      await store.getState().liveConnect({ choice: { serverId: 'local', operationIds: ['publishPrices'] } });
      await until(store, connected, 'connected');
      await eventually(() => hub.clientCount() === 1, 'one client at the hub');
    };
    const closedAtHub = () => eventually(() => hub.clientCount() === 0, 'the hub to see the socket close');

    await open();
    store.getState().togglePanel('try');
    expect(store.getState().live.connections).toEqual([]);
    await closedAtHub();

    store.getState().togglePanel('try');
    await open();
    store.getState().newDocument();
    expect(store.getState().live.connections).toEqual([]);
    await closedAtHub();

    store.getState().switchTo(store.getState().tabs[0]!);
    await open();
    listeners.get('pagehide')!(new Event('pagehide'));
    expect(store.getState().live.connections).toEqual([]);
    await closedAtHub();
    stop();
  });
});
