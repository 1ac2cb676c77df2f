import { describe, expect, it } from 'vitest';
import { placePath } from './pathLines';

const YAML = `asyncapi: 3.0.0
info:
  title: A
  # a comment
  version: 1.0.0
operations:
  "send-it":
    action: publish
    channel:
      $ref: '#/channels/a'
servers:
  - host: a.example.com
    protocol: mqtt
  -
    host: b.example.com
tags:
- name: first
- name: second
  description: two
`;

const lineOf = (text: string, path: Array<string | number>) => placePath(text, path)?.range.startLine;

describe('placePath', () => {
  it('finds a key by indentation, quoted or not, past comments', () => {
    expect(lineOf(YAML, ['info', 'version'])).toBe(5);
    // A scalar on its key's line: its value's range, as the parser gives it (quick fixes replace exactly that).
    expect(placePath(YAML, ['operations', 'send-it', 'action'])).toEqual({
      range: { startLine: 8, startColumn: 13, endLine: 8, endColumn: 20 },
      depth: 3,
    });
    // A key holding a block: the key.
    expect(placePath(YAML, ['operations', 'send-it', 'channel'])).toEqual({
      range: { startLine: 9, startColumn: 5, endLine: 9, endColumn: 12 },
      depth: 3,
    });
  });

  it('counts list items, indented or at their key\'s indentation', () => {
    expect(lineOf(YAML, ['servers', '0', 'protocol'])).toBe(13);
    expect(lineOf(YAML, ['servers', 1, 'host'])).toBe(15);
    expect(lineOf(YAML, ['tags', '1', 'description'])).toBe(19);
    expect(lineOf(YAML, ['tags', '1', 'name'])).toBe(18);
  });

  it('answers the deepest key it found when the rest is not there or not in block style', () => {
    expect(placePath(YAML, ['info', 'contact', 'email'])).toMatchObject({ range: { startLine: 2 }, depth: 1 });
    expect(placePath('info: { title: A }\n', ['info', 'title'])).toMatchObject({ range: { startLine: 1 }, depth: 1 });
    expect(placePath(YAML, ['nowhere'])).toBeUndefined();
  });

  it('does not take a key of a sibling block for the one asked', () => {
    expect(lineOf(YAML, ['info', 'protocol'])).toBe(2);
    expect(lineOf(YAML, ['servers', '0', 'description'])).toBe(12);
  });

  it('reads pretty-printed JSON the same way', () => {
    const json = JSON.stringify({ asyncapi: '3.0.0', info: { title: 'A', version: '1' }, operations: { o: { action: 'publish' } } }, null, 2);
    expect(placePath(json, ['operations', 'o', 'action'])).toMatchObject({ range: { startLine: 9, startColumn: 17, endColumn: 26 }, depth: 3 });
  });
});
