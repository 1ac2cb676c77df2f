import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/e2e/support/live/process';
import { startRabbitStomp } from '@/e2e/support/liveServers';
import type { RunningRabbit } from '@/e2e/support/liveServers';
import { connect } from '../connection';
import { inbox, nodeEnv, statusReached } from '../testing/liveTestKit';

let rabbit: RunningRabbit;
beforeAll(async () => {
  rabbit = await startRabbitStomp();
}, 90_000);
afterAll(async () => {
  await rabbit?.stop();
}, 30_000);

describe('STOMP adapter against RabbitMQ web-stomp', () => {
  it('connects, publishes with headers, receives them back, and closes', async () => {
    const credentials = { username: rabbit.username, password: rabbit.password };
    const connection = connect({ settings: { adapter: 'stomp', url: rabbit.url, stomp: { virtualHost: '/' } }, credentials, env: nodeEnv });
    await statusReached(connection, 'connected');
    const box = inbox();
    await connection.subscribe('/topic/orders.*', box.deliver);
    await connection.publish('/topic/orders.placed', '{"orderId":"o-1"}', { 'trace-id': 'x-1' }, { contentType: 'application/json' });
    const message = await box.next();
    expect(message.address).toBe('/topic/orders.placed');
    expect(message.headers).toMatchObject({ 'trace-id': 'x-1' });
    expect(message.headers).not.toHaveProperty('message-id');
    expect(message.meta).toMatchObject({ 'content-type': 'application/json', subscription: expect.any(String) });
    expect(JSON.parse(message.payload.text)).toEqual({ orderId: 'o-1' });
    await connection.close();
  });

  it('says "auth" when RabbitMQ refuses the login', async () => {
    const connection = connect({ settings: { adapter: 'stomp', url: rabbit.url, stomp: { virtualHost: '/' } }, credentials: { username: 'guest', password: 'wrong' }, env: nodeEnv });
    const closed = await statusReached(connection, 'closed');
    expect(closed.reason.code).toBe('auth');
  });

  it('closes with the broker\'s error when a destination is refused', async () => {
    const credentials = { username: rabbit.username, password: rabbit.password };
    const connection = connect({ settings: { adapter: 'stomp', url: rabbit.url, stomp: { virtualHost: '/' } }, credentials, env: nodeEnv });
    await statusReached(connection, 'connected');
    await expect(connection.subscribe('no-such-kind/x', () => undefined)).rejects.toMatchObject({ code: 'protocol' });
    const closed = await statusReached(connection, 'closed');
    expect(closed.reason.code).toBe('protocol');
  });

  it('says "refused" when nothing listens', async () => {
    const connection = connect({ settings: { adapter: 'stomp', url: `ws://127.0.0.1:${await freePort()}/ws` }, env: nodeEnv });
    expect((await statusReached(connection, 'closed')).reason.code).toBe('refused');
  });
});
