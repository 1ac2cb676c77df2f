import { describe, expect, it } from 'vitest';
import { messageOf } from './messageOf';

describe('messageOf', () => {
  it("gives an Error's message and anything else as text", () => {
    expect(messageOf(new TypeError('bad input'))).toBe('bad input');
    expect(messageOf('plain')).toBe('plain');
    expect(messageOf(42)).toBe('42');
  });
});
