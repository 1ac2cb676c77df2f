import { describe, expect, it } from 'vitest';
import { EditError } from './editOps';
import type { EditOp } from './editOps';
import { planEdits } from './planEdits';

const edit = (text: string, ...ops: EditOp[]) => planEdits(text, ops).text;

const DOC = `# The API
asyncapi: 3.0.0 # version
info:
  title: "Hello"   # quoted title
  version: '1.0'
channels:
  # the first channel
  a: &shared
    address: x/y
    messages:
      m: {$ref: '#/components/messages/M'}
  # shared with a
  b: *shared
  c: {}
`;

describe('YAML edits keep the text around the edited node', () => {
  it('a scalar keeps its quoting and the comment after it', () => {
    expect(edit(DOC, { op: 'set', pointer: '/info/title', value: 'New' })).toContain('  title: "New"   # quoted title\n');
    expect(edit(DOC, { op: 'set', pointer: '/info/version', value: '2.0' })).toContain("  version: '2.0'\n");
  });

  it('a renamed key keeps its anchor, its value and the comment above it', () => {
    expect(edit(DOC, { op: 'rename', pointer: '/channels/a', key: 'alpha' })).toBe(DOC.replace('  a: &shared', '  alpha: &shared'));
  });

  it('a new entry lands after its sibling (or last), in the map’s indentation, comments untouched', () => {
    const after = edit(DOC, { op: 'add', pointer: '/channels/d', value: { address: 'd' }, position: { after: 'a' } });
    expect(after).toBe(DOC.replace('  # shared with a\n', '  d:\n    address: d\n  # shared with a\n'));
    expect(edit(DOC, { op: 'add', pointer: '/channels/d', value: { address: 'd' } })).toBe(`${DOC}  d:\n    address: d\n`);
  });

  it('a flow map gets a flow entry; an empty one in block context becomes a block', () => {
    expect(edit(DOC, { op: 'set', pointer: '/channels/a/messages/m/summary', value: 'x, y' })).toContain("m: {$ref: '#/components/messages/M', summary: 'x, y'}");
    expect(edit(DOC, { op: 'set', pointer: '/channels/c/address', value: 'c' })).toContain('  c:\n    address: c\n');
  });

  it('editing through an alias is refused: the anchored value is the one to edit', () => {
    expect(() => edit(DOC, { op: 'set', pointer: '/channels/b/address', value: 'z' })).toThrow(EditError);
    expect(edit(DOC, { op: 'set', pointer: '/channels/a/address', value: 'z' })).toContain('    address: z\n    messages:');
  });

  it('removing an entry takes its lines only; the last entry of a map leaves {}', () => {
    expect(edit(DOC, { op: 'remove', pointer: '/channels/b' })).toBe(DOC.replace('  b: *shared\n', ''));
    expect(edit(DOC, { op: 'remove', pointer: '/channels/a/messages/m' })).toContain('    messages: {}\n');
  });

  it('a missing section is created where the specification lists it', () => {
    const after = edit(DOC, { op: 'set', pointer: '/operations/o', value: { action: 'send', channel: { $ref: '#/channels/a' } } });
    // The document quotes with single quotes more than double: new strings follow.
    expect(after).toBe(`${DOC}operations:\n  o:\n    action: send\n    channel:\n      $ref: '#/channels/a'\n`);
    const withServers = edit(DOC, { op: 'set', pointer: '/servers/s', value: { host: 'h', protocol: 'mqtt' } });
    expect(withServers.indexOf('servers:')).toBeLessThan(withServers.indexOf('channels:'));
    expect(withServers.indexOf('servers:')).toBeGreaterThan(withServers.indexOf('info:'));
  });

  it('follows a 4-space document, CRLF line ends and unindented sequences', () => {
    const fourSpaces = 'a:\r\n    b:\r\n        c: 1\r\n';
    expect(edit(fourSpaces, { op: 'set', pointer: '/a/d', value: { e: { f: [1] } } })).toBe(`${fourSpaces}    d:\r\n        e:\r\n            f:\r\n                - 1\r\n`);
    const unindented = 'a:\n  b:\n    c: 1\n  list:\n  - x\n';
    expect(edit(unindented, { op: 'set', pointer: '/a/d', value: { e: [1] } })).toBe(`${unindented}  d:\n    e:\n    - 1\n`);
    expect(edit(unindented, { op: 'append', pointer: '/a/list', value: { k: 'v' } })).toBe(`${unindented}  - k: v\n`);
  });

  it('works at the end of a text without a final line break', () => {
    expect(edit('a:\n  b: 1', { op: 'add', pointer: '/a/c', value: 2 })).toBe('a:\n  b: 1\n  c: 2');
    expect(edit('a:\n  b: 1\n  c: 2', { op: 'remove', pointer: '/a/c' })).toBe('a:\n  b: 1');
  });

  it('a list item that shares its line with the dash', () => {
    const text = 'tags:\n  - name: a\n    description: first\n  - name: b\n';
    expect(edit(text, { op: 'remove', pointer: '/tags/0/name' })).toBe('tags:\n  - description: first\n  - name: b\n');
    expect(edit(text, { op: 'remove', pointer: '/tags/0' })).toBe('tags:\n  - name: b\n');
    expect(edit(text, { op: 'set', pointer: '/tags/1', value: { name: 'c', description: 'third' } })).toBe('tags:\n  - name: a\n    description: first\n  - name: c\n    description: third\n');
  });

  it('a value replaced by a block keeps the comment on its line', () => {
    expect(edit('a: 1 # note\nb: 2\n', { op: 'set', pointer: '/a', value: { x: 1 } })).toBe('a: # note\n  x: 1\nb: 2\n');
  });

  it('multi-line strings become literal blocks', () => {
    expect(edit('info:\n  description: short\n', { op: 'set', pointer: '/info/description', value: 'line 1\nline 2' })).toBe('info:\n  description: |-\n    line 1\n    line 2\n');
  });

  it('a syntax error is reported, not guessed around', () => {
    expect(() => edit('a: [1, 2\nb: c', { op: 'set', pointer: '/b', value: 'd' })).toThrow(/cannot be read/);
  });
});
