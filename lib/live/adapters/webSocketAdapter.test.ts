import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/e2e/support/live/process';
import { startWebSocketHub } from '@/e2e/support/liveServers';
import type { WebSocketHub } from '@/e2e/support/liveServers';
import { connect } from '../connection';
import { inbox, nodeEnv, recordStatuses, statusReached } from '../testing/liveTestKit';

let hub: WebSocketHub;
beforeAll(async () => {
  hub = await startWebSocketHub();
});
afterAll(async () => {
  await hub.stop();
});

describe('WebSocket adapter against a real ws server', () => {
  it('connects, publishes, receives its message back, and closes', async () => {
    const connection = connect({ settings: { adapter: 'ws', url: `${hub.url}/prices` }, env: nodeEnv });
    const statuses = recordStatuses(connection);
    await statusReached(connection, 'connected');
    const box = inbox();
    await connection.subscribe('/prices', box.deliver);
    await connection.publish('/prices', JSON.stringify({ symbol: 'ACME', price: 12.5 }));
    const message = await box.next();
    expect(message.address).toBe('/prices');
    expect(JSON.parse(message.payload.text)).toEqual({ symbol: 'ACME', price: 12.5 });
    expect(message.payload).toMatchObject({ encoding: 'utf8', truncated: false, bytes: Buffer.byteLength(message.payload.text) });
    await connection.close();
    expect(statuses.map((s) => s.state)).toEqual(['connecting', 'connected', 'closed']);
    expect(connection.status).toMatchObject({ state: 'closed', reason: { code: 'closed-by-user' } });
  });

  it('keeps binary frames that are not UTF-8 as base64, and cuts payloads above the size limit', async () => {
    const connection = connect({ settings: { adapter: 'ws', url: hub.url }, env: nodeEnv, maxMessageBytes: 8 });
    await statusReached(connection, 'connected');
    const box = inbox();
    await connection.subscribe('/', box.deliver);
    await connection.publish('/', new Uint8Array([0xff, 0xfe, 0x00, 0x01]));
    expect((await box.next()).payload).toEqual({ text: '//4AAQ==', encoding: 'base64', bytes: 4, truncated: false });
    await connection.publish('/', 'héllo wörld, a long text');
    const cut = await box.next();
    expect(cut.payload.truncated).toBe(true);
    expect(cut.payload.bytes).toBe(26);
    expect(cut.payload.text).toBe('héllo w');
    await connection.close();
  });

  it('refuses headers: a WebSocket frame has none', async () => {
    const connection = connect({ settings: { adapter: 'ws', url: hub.url }, env: nodeEnv });
    await statusReached(connection, 'connected');
    await expect(connection.publish('/', '{}', { traceId: '1' })).rejects.toMatchObject({ code: 'unsupported' });
    await connection.close();
  });

  it('says "refused" when nothing listens, and when the server refuses the upgrade', async () => {
    const nothing = connect({ settings: { adapter: 'ws', url: `ws://127.0.0.1:${await freePort()}/` }, env: nodeEnv });
    const closed = await statusReached(nothing, 'closed');
    expect(closed.reason.code).toBe('refused');
    expect(closed.reason.message).toMatch(/Could not connect/);
    const forbidden = connect({ settings: { adapter: 'ws', url: `${hub.url}/refuse` }, env: nodeEnv });
    expect((await statusReached(forbidden, 'closed')).reason.code).toBe('refused');
  });

  it('refuses a URL with a password in it before connecting', async () => {
    const connection = connect({ settings: { adapter: 'ws', url: 'ws://user:secret@127.0.0.1:1/' }, env: nodeEnv });
    expect(connection.status).toMatchObject({ state: 'closed', reason: { code: 'secret-in-settings' } });
  });

  it('retries with backoff when the server goes away, then gives up', async () => {
    const lonely = await startWebSocketHub();
    const connection = connect({
      settings: { adapter: 'ws', url: lonely.url, retry: { maxAttempts: 2, initialDelayMs: 20, maxDelayMs: 40 } },
      env: nodeEnv,
    });
    const statuses = recordStatuses(connection);
    await statusReached(connection, 'connected');
    await lonely.stop();
    const closed = await statusReached(connection, 'closed');
    expect(closed.reason.code).toBe('gave-up');
    const states = statuses.map((s) => (s.state === 'retrying' ? `retrying ${s.attempt}` : s.state));
    expect(states).toEqual(['connecting', 'connected', 'retrying 1', 'connecting', 'retrying 2', 'connecting', 'closed']);
    const firstRetry = statuses.find((s) => s.state === 'retrying');
    expect(firstRetry).toMatchObject({ reason: { code: 'lost' } });
  });
});
