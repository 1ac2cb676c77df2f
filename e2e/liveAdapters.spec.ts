import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { freePort } from './support/live/process';
import {
  startKafkaBridgeStandIn,
  startMosquitto,
  startMqttBroker,
  startNatsServer,
  startRabbitStomp,
  startSseHub,
  startWebSocketHub,
} from './support/liveServers';
import type { KafkaBridgeStandIn, RunningRabbit, RunningServer, SseHub, WebSocketHub } from './support/liveServers';
import type { ConnectionSettings, LiveCredentials, PublishOptions } from '../lib/live/types';

// The live engine inside Chromium, before the panel exists: each adapter with the browser's own
// WebSocket, EventSource and fetch (cross-origin, so CORS is exercised), against real servers on
// loopback. The page is a small bundle of lib/live (no studio build needed for what it checks).
test.describe.configure({ mode: 'serial' });

interface RoundTrip {
  settings: ConnectionSettings;
  credentials?: LiveCredentials;
  subscribe: string;
  publish: string;
  payload: string;
  headers?: Record<string, string>;
  options?: PublishOptions;
  /** A second connection that sends (HTTP → SSE); default: the same connection. */
  sender?: ConnectionSettings;
}

interface RoundTripResult {
  message: { address: string; headers: Record<string, string>; meta: Record<string, unknown>; payload: { text: string } };
  note?: string;
  headersCapable: boolean;
}

async function roundTrip(page: Page, args: RoundTrip): Promise<RoundTripResult> {
  return page.evaluate(async (a) => {
    const live = window.studioLive!;
    const opened = (settings: typeof a.settings) => {
      const connection = live.connect({ settings, credentials: a.credentials });
      return new Promise<typeof connection>((resolve, reject) =>
        connection.onStatus((s) => {
          if (s.state === 'connected') resolve(connection);
          if (s.state === 'closed') reject(new Error(`${s.reason.code}: ${s.reason.message}`));
        }),
      );
    };
    const receiver = await opened(a.settings);
    const sender = a.sender ? await opened(a.sender) : receiver;
    let received: (m: unknown) => void = () => undefined;
    const arrived = new Promise((resolve) => (received = resolve));
    await receiver.subscribe(a.subscribe, (m) => received(m));
    await sender.publish(a.publish, a.payload, a.headers ?? {}, a.options ?? {});
    const message = (await arrived) as RoundTripResult['message'];
    const status = receiver.status;
    const result = { message, note: status.state === 'connected' ? status.note : undefined, headersCapable: sender.capabilities.headers };
    await receiver.close();
    if (sender !== receiver) await sender.close();
    return result;
  }, args);
}

async function closedReason(page: Page, settings: ConnectionSettings): Promise<string> {
  return page.evaluate(
    (s) =>
      new Promise<string>((resolve) => {
        const connection = window.studioLive!.connect({ settings: s });
        connection.onStatus((status) => {
          if (status.state === 'closed') resolve(status.reason.code);
          if (status.state === 'connected') resolve('connected');
        });
      }),
    settings,
  );
}

let harness: { url: string; stop(): Promise<void> };
let wsHub: WebSocketHub;
let sseHub: SseHub;
let aedes: RunningServer;
let mosquitto: RunningServer;
let nats: RunningServer;
let rabbit: RunningRabbit;
let bridge: KafkaBridgeStandIn;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // A dynamic import: the bench's .mjs module stays ESM (as e2e/visualizer.spec.ts loads generateDocument).
  const { serveLiveHarness } = await import('../bench/liveHarness.mjs');
  [harness, wsHub, sseHub, aedes, mosquitto, nats, rabbit, bridge] = await Promise.all([
    serveLiveHarness(),
    startWebSocketHub(),
    startSseHub(),
    startMqttBroker(),
    startMosquitto(),
    startNatsServer(),
    startRabbitStomp(),
    startKafkaBridgeStandIn(),
  ]);
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await Promise.all([harness, wsHub, sseHub, aedes, mosquitto, nats, rabbit, bridge].filter(Boolean).map((server) => server.stop()));
});

test('each protocol connects, publishes and receives back inside Chromium; its client loads only when used', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(harness.url);
  await expect.poll(() => page.evaluate(() => typeof window.studioLive)).toBe('object');
  const loaded = (name: string) => scripts.some((path) => path.includes(name));
  expect(['mqttAdapter', 'natsAdapter', 'stompAdapter', 'kafkaBridgeAdapter'].filter(loaded)).toEqual([]);

  await test.step('WebSocket', async () => {
    const result = await roundTrip(page, { settings: { adapter: 'ws', url: `${wsHub.url}/prices` }, subscribe: '/prices', publish: '/prices', payload: '{"price":1}' });
    expect(result.message.payload.text).toBe('{"price":1}');
    expect(loaded('mqttAdapter')).toBe(false);
  });

  await test.step('MQTT 5 over WebSocket (mosquitto): user properties are the headers', async () => {
    const result = await roundTrip(page, {
      settings: { adapter: 'mqtt', url: mosquitto.url },
      subscribe: 'parcels/+/location',
      publish: 'parcels/p-9/location',
      payload: '{"lat":1}',
      headers: { traceId: 't-1' },
      options: { contentType: 'application/json', qos: 1 },
    });
    expect(result.message).toMatchObject({ address: 'parcels/p-9/location', headers: { traceId: 't-1' }, meta: { contentType: 'application/json' } });
    expect(loaded('mqttAdapter')).toBe(true);
    expect(loaded('natsAdapter')).toBe(false);
  });

  await test.step('MQTT 3.1.1 (aedes): falls back from 5 and says so', async () => {
    const result = await roundTrip(page, { settings: { adapter: 'mqtt', url: aedes.url }, subscribe: 'a/#', publish: 'a/b', payload: 'hi' });
    expect(result.message.payload.text).toBe('hi');
    expect(result.note).toMatch(/MQTT 3\.1\.1/);
    expect(result.headersCapable).toBe(false);
  });

  await test.step('NATS over WebSocket: NATS headers', async () => {
    const result = await roundTrip(page, { settings: { adapter: 'nats', url: nats.url }, subscribe: 'w.*', publish: 'w.1', payload: '{}', headers: { 'Trace-Id': 'n-1' } });
    expect(result.message).toMatchObject({ address: 'w.1', headers: { 'Trace-Id': 'n-1' } });
    expect(loaded('natsAdapter')).toBe(true);
  });

  await test.step('STOMP over WebSocket (RabbitMQ web-stomp): STOMP headers', async () => {
    const result = await roundTrip(page, {
      settings: { adapter: 'stomp', url: rabbit.url, stomp: { virtualHost: '/' } },
      credentials: { username: rabbit.username, password: rabbit.password },
      subscribe: '/topic/orders.*',
      publish: '/topic/orders.placed',
      payload: '{"id":1}',
      headers: { 'trace-id': 's-1' },
    });
    expect(result.message).toMatchObject({ address: '/topic/orders.placed', headers: { 'trace-id': 's-1' } });
  });

  await test.step('HTTP send (fetch, cross-origin with a preflight) and server-sent events receive', async () => {
    const result = await roundTrip(page, {
      settings: { adapter: 'sse', url: `${sseHub.url}/events`, sse: { eventTypes: ['built'] } },
      sender: { adapter: 'http', url: `${sseHub.url}/events` },
      credentials: { token: 'browser-token' },
      subscribe: '/events',
      publish: '/events',
      payload: '{"ok":true}',
      headers: { 'X-Event': 'built' },
    });
    expect(result.message).toMatchObject({ meta: { event: 'built' }, payload: { text: '{"ok":true}' } });
    expect(sseHub.requests.at(-1)!.headers.authorization).toBe('Bearer browser-token');
  });

  await test.step('Kafka through the bridge API (the stand-in, cross-origin)', async () => {
    const result = await roundTrip(page, {
      settings: { adapter: 'kafka-bridge', url: bridge.url, kafka: { pollTimeoutMs: 200 } },
      subscribe: 'orders',
      publish: 'orders',
      payload: '{"n":1}',
      headers: { h: 'v' },
      options: { key: 'k' },
    });
    expect(result.message).toMatchObject({ address: 'orders', headers: { h: 'v' }, meta: { key: 'k' } });
  });
});

test('a refused connection says so inside Chromium, for a socket and for a stream', async ({ page }) => {
  await page.goto(harness.url);
  await expect.poll(() => page.evaluate(() => typeof window.studioLive)).toBe('object');
  const port = await freePort();
  expect(await closedReason(page, { adapter: 'ws', url: `ws://127.0.0.1:${port}/` })).toBe('refused');
  expect(await closedReason(page, { adapter: 'nats', url: `ws://127.0.0.1:${port}/` })).toBe('refused');
  expect(await closedReason(page, { adapter: 'sse', url: `${sseHub.url}/missing` })).toBe('refused');
  expect(await closedReason(page, { adapter: 'mqtt', url: `ws://127.0.0.1:${port}/` })).toBe('refused');
});
