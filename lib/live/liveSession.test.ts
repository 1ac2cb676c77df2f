import { stringify } from '@asyncapi/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { parseText } from '@/lib/docs/testDocuments';
import { startNatsServer, startWebSocketHub } from '@/e2e/support/liveServers';
import type { RunningServer, WebSocketHub } from '@/e2e/support/liveServers';
import { liveViewFromJson } from './document/liveView';
import type { LiveView } from './document/liveView';
import { planLive } from './document/plan';
import { LiveSession } from './liveSession';
import type { LogEntry } from './liveLog';
import { nodeEnv } from './testing/liveTestKit';
import { validateReceived } from './validateReceived';

function documentFor(host: string, protocol: string, address: string): string {
  return `asyncapi: 3.0.0
info: { title: Prices, version: 1.0.0 }
servers:
  local: { host: '${host}', protocol: ${protocol} }
channels:
  prices:
    address: '${address}'
    parameters:
      venue: { enum: [xnas, xlon] }
    messages:
      price:
        name: price
        payload:
          type: object
          required: [symbol, price]
          properties:
            symbol: { type: string, pattern: '^[A-Z]+$' }
            price: { type: number, minimum: 0 }
operations:
  publishPrices: { action: send, channel: { $ref: '#/channels/prices' } }
  takeOrders: { action: receive, channel: { $ref: '#/channels/prices' } }
`;
}

async function viewOf(text: string): Promise<LiveView> {
  return liveViewFromJson(stringify(await parseText(text))!);
}

/** Resolves with the log's rows once `count` of them have a verdict. */
function checkedRows(session: LiveSession, count: number): Promise<LogEntry[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fewer than ${count} checked rows: ${JSON.stringify(session.log.entries())}`)), 20_000);
    const look = () => {
      const rows = session.log.entries().filter((row) => row.check.state !== 'pending');
      if (rows.length >= count) {
        clearTimeout(timer);
        dispose();
        resolve(session.log.entries());
      }
    };
    const dispose = session.onChange(look);
    look();
  });
}

let hub: WebSocketHub;
let nats: RunningServer;
beforeAll(async () => {
  [hub, nats] = await Promise.all([startWebSocketHub(), startNatsServer()]);
});
afterAll(async () => {
  await Promise.all([hub.stop(), nats.stop()]);
});

describe('LiveSession: plan → connections → log → checks', () => {
  it('over WebSocket: the generated example comes back valid; another client\'s wrong message is flagged with its violation', async () => {
    const view = await viewOf(documentFor(new URL(hub.url).host, 'ws', '/prices/{venue}'));
    const plan = planLive(view, { serverId: 'local', operationIds: ['publishPrices', 'takeOrders'], parameterValues: { prices: { venue: 'xnas' } } });
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    const session = new LiveSession({ view, endpoints: plan.endpoints, env: nodeEnv, check: async (batch) => validateReceived(batch) });
    await session.start();
    expect(session.subscriptionProblems()).toEqual([]);
    const [endpoint] = plan.endpoints;
    expect(endpoint!.settings.url).toBe(`${hub.url}/prices/xnas`);
    const example = view.messages.find((m) => m.name === 'price')!.generated.payload;
    await session.send(endpoint!.key, 'prices', JSON.stringify(example));
    const other = new NodeWebSocket(`${hub.url}/prices/xnas`);
    await new Promise((resolve) => other.once('open', resolve));
    other.send(JSON.stringify({ symbol: 'acme', price: -1 }));
    const rows = await checkedRows(session, 3);
    other.close();
    const summary = rows.map((r) => [r.direction, r.channelId, r.check.state]);
    expect(summary).toEqual([
      ['out', 'prices', 'valid'],
      ['in', 'prices', 'valid'],
      ['in', 'prices', 'invalid'],
    ]);
    const invalid = rows.find((r) => r.check.state === 'invalid')!;
    expect(invalid.check.state === 'invalid' && invalid.check.violations.map((v) => v.path.join('.')).sort()).toEqual(['price', 'symbol']);
    expect(session.log.toJsonLines()).toContain('"valid":false');
    await session.close();
    expect(session.statuses().every((s) => s.status.state === 'closed')).toBe(true);
  });

  it('over NATS: subscribes with a wildcard for the empty parameter, sends on the filled one', async () => {
    const view = await viewOf(documentFor('127.0.0.1:4222', 'nats', 'prices.{venue}'));
    const receive = planLive(view, { serverId: 'local', operationIds: ['publishPrices'], endpointUrl: nats.url });
    const send = planLive(view, { serverId: 'local', operationIds: ['takeOrders'], endpointUrl: nats.url, parameterValues: { prices: { venue: 'xlon' } } });
    if (!receive.ok || !send.ok) throw new Error('plans failed');
    expect(receive.endpoints[0]!.subscribe[0]!.address).toBe('prices.*');
    const endpoints = [{ ...receive.endpoints[0]!, publish: send.endpoints[0]!.publish }];
    const session = new LiveSession({ view, endpoints, env: nodeEnv, check: async (batch) => validateReceived(batch) });
    await session.start();
    await session.send(endpoints[0]!.key, 'prices', '{"symbol":"ACME","price":"cheap"}');
    const rows = await checkedRows(session, 2);
    expect(session.statuses().map((s) => s.status.state)).toEqual(['connected']);
    const incoming = rows.find((r) => r.direction === 'in')!;
    expect(incoming.address).toBe('prices.xlon');
    expect(incoming.check).toMatchObject({ state: 'invalid', violations: [{ part: 'payload', path: ['price'], message: 'must be number' }] });
    await session.close();
  });
});
