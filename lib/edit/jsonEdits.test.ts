import { describe, expect, it } from 'vitest';
import type { EditOp } from './editOps';
import { planEdits } from './planEdits';

const edit = (text: string, ...ops: EditOp[]) => planEdits(text, ops).text;

describe('JSON edits keep the file’s indentation and layout', () => {
  it('a new channel in a 4-space file is written with 4 spaces, at its depth', () => {
    const text = '{\n    "asyncapi": "3.0.0",\n    "channels": {\n        "a": {\n            "address": "a"\n        }\n    }\n}\n';
    expect(edit(text, { op: 'add', pointer: '/channels/b', value: { address: 'b', messages: {} } })).toBe(
      '{\n    "asyncapi": "3.0.0",\n    "channels": {\n        "a": {\n            "address": "a"\n        },\n        "b": {\n            "address": "b",\n            "messages": {}\n        }\n    }\n}\n',
    );
  });

  it('tabs and CRLF stay tabs and CRLF', () => {
    const text = '{\r\n\t"info": {\r\n\t\t"title": "x"\r\n\t}\r\n}';
    expect(edit(text, { op: 'set', pointer: '/info/contact', value: { name: 'me' } })).toBe('{\r\n\t"info": {\r\n\t\t"title": "x",\r\n\t\t"contact": {\r\n\t\t\t"name": "me"\r\n\t\t}\r\n\t}\r\n}');
  });

  it('a one-line container stays on one line, in its own spacing', () => {
    const text = '{\n  "info": { "title": "x", "version": "1" }\n}\n';
    expect(edit(text, { op: 'set', pointer: '/info/contact', value: { name: 'me' } })).toBe('{\n  "info": { "title": "x", "version": "1", "contact": { "name": "me" } }\n}\n');
    expect(edit('{"a":[1,2]}', { op: 'append', pointer: '/a', value: 3 })).toBe('{"a":[1,2,3]}');
  });

  it('rename, remove and set touch only their node', () => {
    const text = '{\n  "channels": {\n    "a": { "address": "a" },\n    "b": { "address": "b" }\n  }\n}\n';
    expect(edit(text, { op: 'rename', pointer: '/channels/a', key: 'alpha' })).toBe(text.replace('"a": {', '"alpha": {'));
    expect(edit(text, { op: 'remove', pointer: '/channels/a' })).toBe('{\n  "channels": {\n    "b": { "address": "b" }\n  }\n}\n');
    expect(edit(text, { op: 'remove', pointer: '/channels/b' })).toBe('{\n  "channels": {\n    "a": { "address": "a" }\n  }\n}\n');
    expect(edit(text, { op: 'set', pointer: '/channels/b/address', value: 'beta' })).toBe(text.replace('"address": "b"', '"address": "beta"'));
  });

  it('an empty object grows in the file’s layout', () => {
    expect(edit('{\n  "channels": {}\n}', { op: 'set', pointer: '/channels/a', value: { address: 'a' } })).toBe('{\n  "channels": {\n    "a": {\n      "address": "a"\n    }\n  }\n}');
  });
});
