import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/e2e/support/live/process';
import { startKafkaBridgeStandIn } from '@/e2e/support/liveServers';
import type { KafkaBridgeStandIn } from '@/e2e/support/liveServers';
import { connect } from '../connection';
import { inbox, statusReached } from '../testing/liveTestKit';

// Against a stand-in that answers the Strimzi Kafka Bridge's published API (no Kafka on this machine):
// it proves the requests follow that contract, not that a real bridge accepts them.
let bridge: KafkaBridgeStandIn;
beforeAll(async () => {
  bridge = await startKafkaBridgeStandIn();
});
afterAll(async () => {
  await bridge.stop();
});

describe('Kafka through the Strimzi bridge API', () => {
  it('produces binary records with headers and a key, consumes them back, and deletes its consumer on close', async () => {
    const connection = connect({ settings: { adapter: 'kafka-bridge', url: `${bridge.url}/`, kafka: { pollTimeoutMs: 200 } } });
    const connected = await statusReached(connection, 'connected');
    expect(connected.note).toMatch(/Strimzi Kafka Bridge/);
    const box = inbox();
    await connection.subscribe('orders.placed', box.deliver);
    expect(bridge.consumerCount()).toBe(1);
    await connection.publish('orders.placed', '{"orderId":"o-7"}', { 'trace-id': 'k-1' }, { key: 'o-7' });
    expect(bridge.records('orders.placed')).toEqual([{ value: '{"orderId":"o-7"}', key: 'o-7', headers: { 'trace-id': 'k-1' } }]);
    const message = await box.next();
    expect(message).toMatchObject({ address: 'orders.placed', headers: { 'trace-id': 'k-1' }, meta: { key: 'o-7', partition: 0, offset: 0 } });
    expect(JSON.parse(message.payload.text)).toEqual({ orderId: 'o-7' });

    bridge.produce('orders.placed', '{"orderId":42}');
    expect(JSON.parse((await box.next()).payload.text)).toEqual({ orderId: 42 });
    await connection.close();
    expect(bridge.consumerCount()).toBe(0);
  });

  it('says "refused" when no bridge listens', async () => {
    const connection = connect({ settings: { adapter: 'kafka-bridge', url: `http://127.0.0.1:${await freePort()}` } });
    const closed = await statusReached(connection, 'closed');
    expect(closed.reason.code).toBe('refused');
    expect(closed.reason.message).toMatch(/CORS/);
  });
});
