import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '@/e2e/support/live/process';
import { startWebSocketHub } from '@/e2e/support/liveServers';
import { backoffDelay, DEFAULT_RETRY } from './backoff';
import { connect } from './connection';
import { splitCredentials } from './credentials';
import { inbox, nodeEnv, recordStatuses, statusReached } from './testing/liveTestKit';

describe('backoff', () => {
  it('doubles from the initial delay up to the cap, with half of it random', () => {
    const policy = { ...DEFAULT_RETRY, initialDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect([1, 2, 3].map((n) => backoffDelay(n, policy, () => 0))).toEqual([50, 100, 200]);
  });
});

describe('splitCredentials', () => {
  it('moves a user and password out of a URL', () => {
    expect(splitCredentials('wss://al%40ice:s3cr%3At@broker.example.com:8084/mqtt')).toEqual({
      url: 'wss://broker.example.com:8084/mqtt',
      credentials: { username: 'al@ice', password: 's3cr:t' },
    });
    expect(splitCredentials('ws://host/')).toEqual({ url: 'ws://host/', credentials: {} });
  });
});

describe('connect: status, retries and subscriptions across reconnects (real ws server)', () => {
  it('never keeps credentials where they could be persisted or logged', async () => {
    const hub = await startWebSocketHub();
    const connection = connect({ settings: { adapter: 'ws', url: hub.url }, credentials: { username: 'u', password: 'hunter2', token: 'tok' }, env: nodeEnv });
    const statuses = recordStatuses(connection);
    await statusReached(connection, 'connected');
    const visible = JSON.stringify({ connection, settings: connection.settings, statuses, capabilities: connection.capabilities });
    expect(visible).not.toMatch(/hunter2|tok\b/);
    await connection.close();
    await hub.stop();
  });

  it('subscriptions made before "connected" wait for it; after the server comes back they are made again', async () => {
    const first = await startWebSocketHub();
    const port = Number(new URL(first.url).port);
    const connection = connect({ settings: { adapter: 'ws', url: first.url, retry: { initialDelayMs: 50, maxDelayMs: 100, maxAttempts: 40 } }, env: nodeEnv });
    const box = inbox();
    await connection.subscribe('/', box.deliver);
    await first.stop();
    await statusReached(connection, 'retrying');
    const second = await startWebSocketHub({ port });
    await statusReached(connection, 'connected');
    second.broadcast('back again');
    expect((await box.next()).payload.text).toBe('back again');
    await connection.close();
    await second.stop();
  });

  it('with retryFirstConnect, waits for a server that is not up yet', async () => {
    const port = await freePort();
    const connection = connect({
      settings: { adapter: 'ws', url: `ws://127.0.0.1:${port}`, retry: { retryFirstConnect: true, initialDelayMs: 50, maxDelayMs: 100, maxAttempts: 40 } },
      env: nodeEnv,
    });
    await statusReached(connection, 'retrying');
    const hub = await startWebSocketHub({ port });
    await statusReached(connection, 'connected');
    await connection.close();
    await hub.stop();
  });

  it('times out a server that accepts the connection but never answers the handshake', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const connection = connect({ settings: { adapter: 'ws', url: `ws://127.0.0.1:${port}`, connectTimeoutMs: 300 }, env: nodeEnv });
    const closed = await statusReached(connection, 'closed');
    expect(closed.reason).toEqual({ code: 'timeout', message: 'The server did not answer in time. (no answer within 0.3 s)' });
    silent.close();
  });

  it('rejects sends and subscriptions while not connected and after close', async () => {
    const hub = await startWebSocketHub();
    const connection = connect({ settings: { adapter: 'ws', url: hub.url }, env: nodeEnv });
    await expect(connection.publish('/', 'early')).rejects.toMatchObject({ code: 'not-connected' });
    await statusReached(connection, 'connected');
    await connection.close();
    await expect(connection.publish('/', 'late')).rejects.toMatchObject({ code: 'not-connected' });
    await expect(connection.subscribe('/', () => undefined)).rejects.toMatchObject({ code: 'not-connected' });
    await hub.stop();
  });
});
