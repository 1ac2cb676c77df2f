import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/e2e/support/live/process';
import { startNatsServer } from '@/e2e/support/liveServers';
import type { RunningServer } from '@/e2e/support/liveServers';
import { connect } from '../connection';
import { inbox, nodeEnv, statusReached } from '../testing/liveTestKit';

let nats: RunningServer;
let guarded: RunningServer;
beforeAll(async () => {
  [nats, guarded] = await Promise.all([startNatsServer(), startNatsServer({ auth: { user: 'bob', password: 'pw-right' } })]);
});
afterAll(async () => {
  await Promise.all([nats.stop(), guarded.stop()]);
});

describe('NATS adapter against nats-server over WebSocket', () => {
  it('connects, publishes with headers, receives them back on a wildcard subject, and closes', async () => {
    const connection = connect({ settings: { adapter: 'nats', url: nats.url }, env: nodeEnv });
    await statusReached(connection, 'connected');
    const box = inbox();
    await connection.subscribe('warehouse.*.movements', box.deliver);
    await connection.publish('warehouse.w7.movements', '{"sku":"A-1","delta":-2}', { 'Trace-Id': 't-9', Source: 'studio' });
    const message = await box.next();
    expect(message.address).toBe('warehouse.w7.movements');
    expect(message.subscription).toBe('warehouse.*.movements');
    expect(message.headers).toEqual({ 'Trace-Id': 't-9', Source: 'studio' });
    expect(JSON.parse(message.payload.text)).toEqual({ sku: 'A-1', delta: -2 });
    await connection.close();
    expect(connection.status).toMatchObject({ state: 'closed', reason: { code: 'closed-by-user' } });
  });

  it('stops delivering after unsubscribe', async () => {
    const connection = connect({ settings: { adapter: 'nats', url: nats.url }, env: nodeEnv });
    await statusReached(connection, 'connected');
    const gone = inbox();
    const kept = inbox();
    const subscription = await connection.subscribe('a.b', gone.deliver);
    await connection.subscribe('a.b', kept.deliver);
    await subscription.unsubscribe();
    await connection.publish('a.b', 'one');
    expect((await kept.next()).payload.text).toBe('one');
    expect(gone.all).toEqual([]);
    await connection.close();
  });

  it('says "auth" for a wrong password and connects with the right one', async () => {
    const wrong = connect({ settings: { adapter: 'nats', url: guarded.url }, credentials: { username: 'bob', password: 'nope' }, env: nodeEnv });
    expect((await statusReached(wrong, 'closed')).reason.code).toBe('auth');
    const right = connect({ settings: { adapter: 'nats', url: guarded.url }, credentials: { username: 'bob', password: 'pw-right' }, env: nodeEnv });
    await statusReached(right, 'connected');
    await right.close();
  });

  it('says "refused" when nothing listens', async () => {
    const connection = connect({ settings: { adapter: 'nats', url: `ws://127.0.0.1:${await freePort()}` }, env: nodeEnv });
    expect((await statusReached(connection, 'closed')).reason.code).toBe('refused');
  });
});
