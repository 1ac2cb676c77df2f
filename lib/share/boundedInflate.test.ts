import { Inflate, deflateSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inflateBounded } from './boundedInflate';

const MB = 1024 * 1024;

describe('inflateBounded', () => {
  afterEach(() => vi.restoreAllMocks());

  it('stops feeding a deflate bomb as soon as the output passes the cap (counted in input fed, not time)', () => {
    const bomb = deflateSync(new Uint8Array(50 * MB), { level: 9 });
    const push = vi.spyOn(Inflate.prototype, 'push');
    expect(inflateBounded(bomb, 2 * MB)).toEqual({ ok: false, reason: 'too-large' });
    const fed = push.mock.calls.reduce((sum, [chunk]) => sum + chunk.length, 0);
    // Raw deflate expands at most ~1032:1, so a 2 MB cap is passed within about 2 KB of input plus one step;
    // reading the whole bomb would feed all of it (~50 KB).
    expect(fed).toBeLessThanOrEqual(4 * 1024);
    expect(fed).toBeLessThan(bomb.length / 10);
  });

  it('inflates what fits, exactly', () => {
    const text = new TextEncoder().encode('asyncapi: 3.1.0\n'.repeat(10_000));
    const result = inflateBounded(deflateSync(text), 1 * MB);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe(new TextDecoder().decode(text));
    expect(inflateBounded(deflateSync(text), text.length - 1)).toEqual({ ok: false, reason: 'too-large' });
  });
});
