import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/e2e/support/live/process';
import { startMosquitto, startMqttBroker } from '@/e2e/support/liveServers';
import type { RunningServer } from '@/e2e/support/liveServers';
import { connect } from '../connection';
import { inbox, statusReached } from '../testing/liveTestKit';
import { mqttTopicMatches } from './mqttAdapter';

let broker: RunningServer;
let guarded: RunningServer;
beforeAll(async () => {
  broker = await startMqttBroker();
  guarded = await startMqttBroker({ auth: { username: 'alice', password: 'right' } });
});
afterAll(async () => {
  await broker.stop();
  await guarded.stop();
});

describe('MQTT topic filters', () => {
  it.each([
    ['home/+/temperature', 'home/kitchen/temperature', true],
    ['home/+/temperature', 'home/kitchen/humidity', false],
    ['home/#', 'home', true],
    ['home/#', 'home/a/b', true],
    ['#', '$SYS/broker', false],
    ['home/kitchen', 'home/kitchen/x', false],
  ])('%s matches %s: %s', (filter, topic, expected) => {
    expect(mqttTopicMatches(filter, topic)).toBe(expected);
  });
});

describe('MQTT adapter against aedes over WebSocket', () => {
  it('falls back to MQTT 3.1.1 when the broker refuses 5, then publishes and receives on a wildcard subscription', async () => {
    const connection = connect({ settings: { adapter: 'mqtt', url: broker.url } });
    const connected = await statusReached(connection, 'connected');
    expect(connected.note).toMatch(/MQTT 3\.1\.1: the broker refused MQTT 5/);
    expect(connection.capabilities.headers).toBe(false);
    const box = inbox();
    await connection.subscribe('home/+/temperature', box.deliver);
    await connection.publish('home/kitchen/temperature', '{"celsius":21.5}', {}, { qos: 1 });
    const message = await box.next();
    expect(message).toMatchObject({ address: 'home/kitchen/temperature', subscription: 'home/+/temperature', meta: { qos: 1, retain: false } });
    expect(JSON.parse(message.payload.text)).toEqual({ celsius: 21.5 });
    await expect(connection.publish('home/kitchen/temperature', '{}', { unit: 'C' })).rejects.toMatchObject({ code: 'unsupported', message: /no headers/ });
    await connection.close();
  });

  it('with MQTT 5 asked for explicitly, says the broker refused it', async () => {
    const connection = connect({ settings: { adapter: 'mqtt', url: broker.url, mqtt: { protocolVersion: 5 } } });
    const closed = await statusReached(connection, 'closed');
    expect(closed.reason.code).toBe('protocol');
  });

  it('says "auth" for wrong credentials and connects with the right ones', async () => {
    const wrong = connect({ settings: { adapter: 'mqtt', url: guarded.url, mqtt: { protocolVersion: 4 } }, credentials: { username: 'alice', password: 'wrong' } });
    const closed = await statusReached(wrong, 'closed');
    expect(closed.reason.code).toBe('auth');
    const right = connect({ settings: { adapter: 'mqtt', url: guarded.url, mqtt: { protocolVersion: 4 } }, credentials: { username: 'alice', password: 'right' } });
    await statusReached(right, 'connected');
    expect(JSON.stringify(right)).not.toContain('right');
    await right.close();
  });

  it('says "refused" when nothing listens', async () => {
    const connection = connect({ settings: { adapter: 'mqtt', url: `ws://127.0.0.1:${await freePort()}` } });
    expect((await statusReached(connection, 'closed')).reason.code).toBe('refused');
  });
});

describe('MQTT adapter against mosquitto (MQTT 5) over WebSocket', () => {
  let mosquitto: RunningServer;
  beforeAll(async () => {
    mosquitto = await startMosquitto();
  });
  afterAll(async () => {
    await mosquitto.stop();
  });

  it('sends and receives MQTT 5 user properties as headers, and the content type', async () => {
    const connection = connect({ settings: { adapter: 'mqtt', url: mosquitto.url } });
    const connected = await statusReached(connection, 'connected');
    expect(connected.note).toBeUndefined();
    expect(connection.capabilities.headers).toBe(true);
    const box = inbox();
    await connection.subscribe('parcels/#', box.deliver);
    await connection.publish('parcels/p-1/location', '{"lat":1,"lon":2}', { traceId: 'abc-123', source: 'studio' }, { contentType: 'application/json' });
    const message = await box.next();
    expect(message.address).toBe('parcels/p-1/location');
    expect(message.headers).toEqual({ traceId: 'abc-123', source: 'studio' });
    expect(message.meta.contentType).toBe('application/json');
    await connection.close();
  });
});
