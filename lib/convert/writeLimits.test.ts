import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { readCorpus } from '@/lib/testing/corpus';
import { sharedUses, writtenSize } from './writeLimits';

describe('writtenSize', () => {
  it.each(['spec-examples/3.0.0/streetlights-kafka-asyncapi.yml', 'spec-examples/2.6.0/streetlights-mqtt.yml', 'parser/circular-refs.yaml'])(
    'measures %s close to the JSON it would be, never above it',
    (path) => {
      const value = load(readCorpus(path));
      const actual = JSON.stringify(value, null, 2).length;
      expect(writtenSize(value)).toBeLessThanOrEqual(actual);
      expect(writtenSize(value)).toBeGreaterThan(actual * 0.9);
    },
  );

  it('counts shared values once per use, and stops counting at the cap', () => {
    const leaf = { type: 'string', description: 'x'.repeat(100) };
    const value = { a: leaf, b: leaf, c: [leaf, leaf] };
    expect(writtenSize(value)).toBeLessThanOrEqual(JSON.stringify(value, null, 2).length);
    expect(writtenSize(value)).toBeGreaterThan(JSON.stringify(value, null, 2).length * 0.9);
    expect(sharedUses(value)).toBe(3);
    // Nine levels of nine aliases: 9^9 strings once written, measured in one walk of 10 arrays.
    let level: unknown = Array(9).fill('lol');
    for (let i = 0; i < 8; i++) level = Array(9).fill(level);
    expect(writtenSize(level, 1_000_000)).toBe(1_000_000);
    expect(sharedUses(level)).toBe(8 * 8);
  });

  it('throws on a value that contains itself', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => writtenSize(loop)).toThrow(/refers to the value that contains it/);
  });
});
