import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebSocketHub } from '@/e2e/support/liveServers';
import type { WebSocketHub } from '@/e2e/support/liveServers';
import { payloadOf } from './adapters/payload';
import { connect } from './connection';
import { LiveLog } from './liveLog';
import type { NewEntry } from './liveLog';
import { nodeEnv, statusReached } from './testing/liveTestKit';

function entry(text: string, extra: Partial<NewEntry> = {}): NewEntry {
  return { at: Date.UTC(2026, 0, 2, 3, 4, 5), direction: 'in', endpointKey: 'ws ws://x', channelId: 'prices', address: '/prices', headers: {}, meta: {}, payload: payloadOf(text, 1 << 20), ...extra };
}

describe('LiveLog', () => {
  it('keeps the newest rows up to its capacity, oldest first, and finds rows by seq until they leave', () => {
    const log = new LiveLog({ capacity: 3 });
    for (let i = 1; i <= 5; i++) log.append(entry(`m${i}`));
    expect(log.entries().map((e) => [e.seq, e.payload.text])).toEqual([
      [3, 'm3'],
      [4, 'm4'],
      [5, 'm5'],
    ]);
    expect(log.evicted).toBe(2);
    expect(log.setCheck(2, { state: 'valid', violations: [] })).toBe(false);
    expect(log.setCheck(4, { state: 'invalid', violations: [{ part: 'payload', path: ['a'], message: 'must be number' }] })).toBe(true);
    expect(log.find(4)!.check.state).toBe('invalid');
    expect(log.find(3)!.check).toEqual({ state: 'pending' });
  });

  it('also bounds memory: big payloads push out old rows before the byte budget is passed', () => {
    const log = new LiveLog({ capacity: 1000, maxBytes: 8 * 1024 * 1024 });
    const mebibyte = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 50; i++) log.append(entry(mebibyte));
    expect(log.heldBytes).toBeLessThanOrEqual(8 * 1024 * 1024);
    expect(log.size).toBe(3);
  });

  it('skips (and counts) messages while paused, clears, and tells listeners of each change', () => {
    const log = new LiveLog();
    let calls = 0;
    const dispose = log.subscribe(() => calls++);
    log.append(entry('a'));
    log.pause();
    expect(log.append(entry('b'))).toBeNull();
    expect(log.skippedWhilePaused).toBe(1);
    log.resume();
    log.append(entry('c'));
    expect(log.entries().map((e) => e.payload.text)).toEqual(['a', 'c']);
    log.clear();
    expect(log.size).toBe(0);
    dispose();
    log.append(entry('d'));
    expect(calls).toBe(6);
  });

  it('exports JSON Lines: JSON payloads as JSON, others as text, with the verdict', () => {
    const log = new LiveLog();
    const first = log.append(entry('{"price":1.5}', { headers: { traceId: 't' } }))!;
    log.append(entry('plain text', { direction: 'out' }));
    log.setCheck(first.seq, { state: 'invalid', messageId: 'm', violations: [{ part: 'payload', path: ['price'], message: 'must be integer' }] });
    const lines = log.toJsonLines().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]!)).toEqual({
      seq: 1,
      time: '2026-01-02T03:04:05.000Z',
      direction: 'in',
      endpoint: 'ws ws://x',
      channel: 'prices',
      address: '/prices',
      headers: { traceId: 't' },
      meta: {},
      payload: { price: 1.5 },
      encoding: 'utf8',
      bytes: 13,
      truncated: false,
      valid: false,
      message: 'm',
      violations: [{ part: 'payload', path: ['price'], message: 'must be integer' }],
    });
    expect(JSON.parse(lines[1]!)).toMatchObject({ direction: 'out', payload: 'plain text', valid: null });
  });
});

describe('a fast feed over a real WebSocket', () => {
  let hub: WebSocketHub;
  beforeAll(async () => {
    hub = await startWebSocketHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  it('keeps 1,000 rows of 10,000 messages, in order, with memory held to those rows', async () => {
    const log = new LiveLog({ capacity: 1000 });
    const connection = connect({ settings: { adapter: 'ws', url: hub.url }, env: nodeEnv });
    await statusReached(connection, 'connected');
    const total = 10_000;
    let finished: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (finished = resolve));
    await connection.subscribe('/feed', (message) => {
      log.append({ at: message.receivedAt, direction: 'in', endpointKey: 'feed', channelId: 'feed', address: message.address, headers: message.headers, meta: message.meta, payload: message.payload });
      if (log.size + log.evicted === total) finished();
    });
    const body = JSON.stringify({ symbol: 'ACME', price: 12.5, volume: 1000, side: 'buy', venue: 'XNAS', note: 'x'.repeat(120) });
    for (let i = 0; i < total; i++) hub.broadcast(body.replace('ACME', `A${i}`));
    await done;
    expect(log.size).toBe(1000);
    expect(log.evicted).toBe(total - 1000);
    const rows = log.entries();
    expect(JSON.parse(rows[0]!.payload.text).symbol).toBe(`A${total - 1000}`);
    expect(JSON.parse(rows[999]!.payload.text).symbol).toBe(`A${total - 1}`);
    expect(rows.every((row, i) => i === 0 || row.seq === rows[i - 1]!.seq + 1)).toBe(true);
    expect(log.heldBytes).toBeLessThan(1000 * (body.length + 16) * 2 + 1000 * 300);
    await connection.close();
  });
});
