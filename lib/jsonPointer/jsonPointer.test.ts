import { describe, expect, it } from 'vitest';
import { escapeToken, formatPointer, pointerTokens, refTokens, unescapeToken, valueAt, valueAtRef } from './jsonPointer';

describe('tokens', () => {
  it('escapes `~` before `/`, and unescapes `~1` before `~0`', () => {
    expect(escapeToken('a/b~c')).toBe('a~1b~0c');
    expect(escapeToken('~1')).toBe('~01');
    expect(escapeToken('/~')).toBe('~1~0');
    expect(escapeToken(3)).toBe('3');
    expect(unescapeToken('~01')).toBe('~1');
    expect(unescapeToken('~10')).toBe('/0');
    expect(unescapeToken('a~1b~0c')).toBe('a/b~c');
  });

  it('round-trips any key', () => {
    for (const key of ['', '~', '/', '~0', '~1', '~01', 'a/b/c', '~~//', '%2F', ' ']) expect(unescapeToken(escapeToken(key))).toBe(key);
  });
});

describe('formatPointer and pointerTokens', () => {
  it('the root is the empty pointer', () => {
    expect(formatPointer([])).toBe('');
    expect(pointerTokens('')).toEqual([]);
  });

  it('formats and splits keys, array indexes included', () => {
    expect(formatPointer(['channels', 'a/b', 'messages', 0])).toBe('/channels/a~1b/messages/0');
    expect(pointerTokens('/channels/a~1b/messages/0')).toEqual(['channels', 'a/b', 'messages', '0']);
    expect(pointerTokens('/a~01')).toEqual(['a~1']);
  });

  it('keeps empty keys', () => {
    expect(formatPointer([''])).toBe('/');
    expect(pointerTokens('/')).toEqual(['']);
    expect(pointerTokens('#/components/schemas/a~1b')).toEqual(['components', 'schemas', 'a/b']);
    expect(pointerTokens('#')).toEqual([]);
    expect(pointerTokens('/a//b/')).toEqual(['a', '', 'b', '']);
  });

  it('does not percent-decode', () => {
    expect(pointerTokens('/a%20b')).toEqual(['a%20b']);
  });
});

describe('refTokens', () => {
  it('names the keys of a local $ref, percent-decoded', () => {
    expect(refTokens('#')).toEqual([]);
    expect(refTokens('#/')).toEqual(['']);
    expect(refTokens('#/components/schemas/a~1b')).toEqual(['components', 'schemas', 'a/b']);
    expect(refTokens('#/channels/user%7Bid%7D/a%20b')).toEqual(['channels', 'user{id}', 'a b']);
  });

  it('decodes each token before unescaping it', () => {
    // %7E is `~`: the decoded `~1` is an escaped `/`.
    expect(refTokens('#/a%7E1b')).toEqual(['a/b']);
    // An encoded `/` is part of its key, not a separator.
    expect(refTokens('#/a%2Fb/c')).toEqual(['a/b', 'c']);
  });

  it('is null for other documents, fragments that are not pointers, and malformed escapes', () => {
    expect(refTokens('other.yaml#/a')).toBeNull();
    expect(refTokens('')).toBeNull();
    expect(refTokens('/a')).toBeNull();
    expect(refTokens('#name')).toBeNull();
    expect(refTokens('#/a/100%')).toBeNull();
    expect(refTokens('#/a%E0%A4%A')).toBeNull();
  });
});

describe('valueAt', () => {
  const root = { a: { 'b/c': [10, { d: null }] }, e: 0 };

  it('walks objects and arrays', () => {
    expect(valueAt(root, [])).toBe(root);
    expect(valueAt(root, ['a', 'b/c', '0'])).toBe(10);
    expect(valueAt(root, ['a', 'b/c', '1', 'd'])).toBeNull();
    expect(valueAt(root, ['e'])).toBe(0);
  });

  it('is undefined where a step is missing or leads through a value that is not an object or array', () => {
    expect(valueAt(root, ['x'])).toBeUndefined();
    expect(valueAt(root, ['a', 'b/c', '2'])).toBeUndefined();
    expect(valueAt(root, ['a', 'b/c', '01'])).toBeUndefined();
    expect(valueAt(root, ['e', 'x'])).toBeUndefined();
    expect(valueAt(root, ['a', 'b/c', '1', 'd', 'x'])).toBeUndefined();
    expect(valueAt(undefined, ['a'])).toBeUndefined();
    expect(valueAt('text', ['length'])).toBeUndefined();
  });

  it('reads own keys only', () => {
    expect(valueAt(root, ['constructor'])).toBeUndefined();
    expect(valueAt(root, ['__proto__'])).toBeUndefined();
    expect(valueAt(root, ['a', 'b/c', 'map'])).toBeUndefined();
    expect(valueAt(JSON.parse('{"__proto__": 1}'), ['__proto__'])).toBe(1);
  });
});

describe('valueAtRef', () => {
  it('follows a local $ref, or gives undefined', () => {
    const root = { components: { schemas: { 'a b': { type: 'string' } } } };
    expect(valueAtRef(root, '#')).toBe(root);
    expect(valueAtRef(root, '#/components/schemas/a%20b')).toEqual({ type: 'string' });
    expect(valueAtRef(root, '#/components/schemas/missing')).toBeUndefined();
    expect(valueAtRef(root, '#/components/schemas/a%2')).toBeUndefined();
    expect(valueAtRef(root, 'other.yaml#/components')).toBeUndefined();
  });
});
