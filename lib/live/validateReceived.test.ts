import { beforeAll, describe, expect, it } from 'vitest';
import { loadFormatValidators } from '@/lib/messageLab/createValidator';
import type { LabSchema } from '@/lib/messageLab/createValidator';
import { payloadOf } from './adapters/payload';
import { CheckQueue } from './checkQueue';
import { validateReceived } from './validateReceived';
import type { CheckCandidate, LiveCheckInput, ReceivedForCheck } from './validateReceived';

// Avro and Protobuf validation load on demand in the workers; these tests use them directly.
beforeAll(() => loadFormatValidators());

const json = (schema: unknown): LabSchema => ({ kind: 'json-schema', native: schema, jsonSchema: schema });

const reading: CheckCandidate = {
  messageId: '/components/messages/reading',
  label: 'reading',
  payload: json({ type: 'object', required: ['celsius'], properties: { celsius: { type: 'number' } }, additionalProperties: false }),
  headers: json({ type: 'object', required: ['sensorId'], properties: { sensorId: { type: 'string' }, seq: { type: 'integer' } } }),
};
const alarm: CheckCandidate = {
  messageId: '/components/messages/alarm',
  label: 'alarm',
  payload: json({ type: 'object', required: ['alarm'], properties: { alarm: { type: 'string', enum: ['fire', 'flood'] } } }),
};

function received(seq: number, text: string, headers: Record<string, string> = {}, extra: Partial<ReceivedForCheck> = {}): ReceivedForCheck {
  return { seq, candidatesKey: 'room', payload: payloadOf(text, 1024 * 1024), headers, ...extra };
}

describe('validateReceived', () => {
  it('is valid when one of the channel\'s messages accepts payload and headers (headers read as their schema\'s types)', () => {
    const verdicts = validateReceived({
      candidates: { room: [alarm, reading] },
      messages: [received(1, '{"celsius":21.5}', { sensorId: 's-1', seq: '42' }), received(2, '{"alarm":"fire"}')],
    });
    expect(verdicts).toEqual([
      { seq: 1, state: 'valid', messageId: reading.messageId, violations: [] },
      { seq: 2, state: 'valid', messageId: alarm.messageId, violations: [] },
    ]);
  });

  it('is invalid with the violations of the closest message (fewest violations), naming payload or headers', () => {
    const [closest] = validateReceived({ candidates: { room: [alarm, reading] }, messages: [received(3, '{"alarm":"earthquake"}', { sensorId: 's' })] });
    expect(closest).toMatchObject({ state: 'invalid', messageId: alarm.messageId, violations: [{ part: 'payload', path: ['alarm'], message: 'must be one of "fire", "flood"' }] });
    const [verdict] = validateReceived({ candidates: { room: [reading] }, messages: [received(3, '{"celsius":"warm"}', { seq: 'x' })] });
    expect(verdict).toMatchObject({ seq: 3, state: 'invalid', messageId: reading.messageId });
    expect(verdict!.violations).toEqual(
      expect.arrayContaining([
        { part: 'payload', path: ['celsius'], message: 'must be number' },
        { part: 'headers', path: ['sensorId'], message: 'required property “sensorId” is missing' },
        { part: 'headers', path: ['seq'], message: 'must be integer' },
      ]),
    );
  });

  it('flags JSON-typed text that is not JSON, reads other text as a string, and does not check what it cannot read', () => {
    const text: CheckCandidate = { messageId: 't', label: 't', payload: json({ type: 'string', minLength: 3 }) };
    const verdicts = validateReceived({
      candidates: { room: [reading], plain: [text] },
      messages: [
        received(1, '{oops', {}, { contentType: 'application/json' }),
        { ...received(2, 'hello'), candidatesKey: 'plain' },
        { ...received(3, 'hi'), candidatesKey: 'plain' },
        { ...received(4, ''), payload: payloadOf(new Uint8Array([0xff, 0x00]), 100) },
        { ...received(5, ''), payload: payloadOf('{"celsius": 1234567890}', 8) },
        { ...received(6, '{}'), candidatesKey: 'unknown' },
      ],
    });
    expect(verdicts.map((v) => [v.seq, v.state])).toEqual([
      [1, 'invalid'],
      [2, 'valid'],
      [3, 'invalid'],
      [4, 'unchecked'],
      [5, 'unchecked'],
      [6, 'unchecked'],
    ]);
    expect(verdicts[0]!.violations[0]!.message).toMatch(/^application\/json payload is not JSON/);
    expect(verdicts[1]!.note).toBe('read as text (not JSON)');
    expect(verdicts[3]!.note).toBe('binary payload (not UTF-8 text)');
    expect(verdicts[4]!.note).toMatch(/size limit/);
    expect(verdicts[5]!.note).toMatch(/no message/);
  });

  it('checks Avro payloads (their JSON encoding) with the lab\'s Avro validator', () => {
    const avro: CheckCandidate = {
      messageId: 'a',
      label: 'a',
      payload: { kind: 'avro', native: { type: 'record', name: 'User', fields: [{ name: 'name', type: 'string' }, { name: 'age', type: 'int' }] }, jsonSchema: {} },
    };
    const verdicts = validateReceived({ candidates: { room: [avro] }, messages: [received(1, '{"name":"Ada","age":36}'), received(2, '{"name":"Ada","age":"old"}')] });
    expect(verdicts.map((v) => v.state)).toEqual(['valid', 'invalid']);
  });
});

describe('CheckQueue', () => {
  function fakeTimers() {
    const pending = new Map<number, () => void>();
    let next = 1;
    return {
      timers: { set: (fn: () => void) => (pending.set(next, fn), next++), clear: (h: unknown) => void pending.delete(h as number) },
      fire() {
        const all = [...pending.values()];
        pending.clear();
        for (const fn of all) fn();
      },
    };
  }

  it('keeps one batch in flight, merges what arrives meanwhile, and sends only the candidates the batch needs', () => {
    const sent: LiveCheckInput[] = [];
    const clock = fakeTimers();
    const queue = new CheckQueue({ send: (b) => sent.push(b), onSkipped: () => undefined, timers: clock.timers });
    queue.setCandidates({ room: [reading], other: [alarm] });
    queue.enqueue(received(1, '{}'));
    queue.enqueue(received(2, '{}'));
    clock.fire();
    expect(sent.map((b) => b.messages.map((m) => m.seq))).toEqual([[1, 2]]);
    expect(Object.keys(sent[0]!.candidates)).toEqual(['room']);
    queue.enqueue(received(3, '{}'));
    queue.enqueue({ ...received(4, '{}'), candidatesKey: 'other' });
    clock.fire();
    expect(sent).toHaveLength(1);
    queue.settled();
    clock.fire();
    expect(sent.map((b) => b.messages.map((m) => m.seq))).toEqual([[1, 2], [3, 4]]);
    expect(Object.keys(sent[1]!.candidates).sort()).toEqual(['other', 'room']);
  });

  it('skips the oldest waiting messages when the worker falls behind, and says which', () => {
    const skipped: number[] = [];
    const clock = fakeTimers();
    const queue = new CheckQueue({ send: () => undefined, onSkipped: (seqs) => skipped.push(...seqs), maxWaiting: 3, timers: clock.timers });
    queue.enqueue(received(1, '{}'));
    clock.fire();
    for (let seq = 2; seq <= 7; seq++) queue.enqueue(received(seq, '{}'));
    expect(skipped).toEqual([2, 3, 4]);
    expect(queue.pending).toBe(3);
  });
});
