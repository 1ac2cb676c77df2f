import { describe, expect, it } from 'vitest';
import { fromParserUri, joinInside, parserUriOf, resolveRef, toParserUri } from './workspacePath';

describe('resolveRef', () => {
  it('resolves ./ and ../ against the referring file’s folder', () => {
    expect(resolveRef('services/comments/asyncapi.yaml', './schemas.yaml#/User')).toEqual({ kind: 'file', path: 'services/comments/schemas.yaml', pointer: '/User' });
    expect(resolveRef('services/comments/asyncapi.yaml', '../../common/messages.yaml#/commentLiked')).toEqual({ kind: 'file', path: 'common/messages.yaml', pointer: '/commentLiked' });
    expect(resolveRef('asyncapi.yaml', 'schemas/user.avsc')).toEqual({ kind: 'file', path: 'schemas/user.avsc', pointer: '' });
    expect(resolveRef('a/b.yaml', './c/../d/./e.json')).toEqual({ kind: 'file', path: 'a/d/e.json', pointer: '' });
  });

  it('decodes percent-escapes in paths and pointers', () => {
    expect(resolveRef('a.yaml', './my%20schemas.yaml#/User%20Created')).toEqual({ kind: 'file', path: 'my schemas.yaml', pointer: '/User Created' });
  });

  it('treats fragments and refs to the file itself as local', () => {
    expect(resolveRef('a/b.yaml', '#/components/schemas/X')).toEqual({ kind: 'local', pointer: '/components/schemas/X' });
    expect(resolveRef('a/b.yaml', './b.yaml#/x')).toEqual({ kind: 'local', pointer: '/x' });
    expect(resolveRef('a/b.yaml', '../a/b.yaml#/x')).toEqual({ kind: 'local', pointer: '/x' });
  });

  it('refuses anything outside the folder', () => {
    expect(resolveRef('asyncapi.yaml', '../../../etc/passwd')).toEqual({ kind: 'outside', reason: 'climbs-out' });
    expect(resolveRef('a/b/c.yaml', '../../../x.yaml')).toEqual({ kind: 'outside', reason: 'climbs-out' });
    expect(resolveRef('a/b/c.yaml', '../../x.yaml')).toEqual({ kind: 'file', path: 'x.yaml', pointer: '' });
    expect(resolveRef('a.yaml', '/etc/passwd')).toEqual({ kind: 'outside', reason: 'absolute-path' });
    expect(resolveRef('a.yaml', 'file:///etc/passwd')).toEqual({ kind: 'outside', reason: 'file-url' });
    expect(resolveRef('a.yaml', 'C:\\Windows\\win.ini')).toEqual({ kind: 'outside', reason: 'absolute-path' });
  });

  it('names the origin and host of http(s) refs, and refuses other schemes', () => {
    expect(resolveRef('a.yaml', 'https://schemas.example.com:8443/user.yaml#/User')).toEqual({
      kind: 'remote',
      url: 'https://schemas.example.com:8443/user.yaml#/User',
      origin: 'https://schemas.example.com:8443',
      host: 'schemas.example.com:8443',
    });
    expect(resolveRef('a.yaml', 'urn:example:schema')).toEqual({ kind: 'unsupported', scheme: 'urn' });
  });
});

describe('parser URIs', () => {
  it('round-trips workspace paths and rejects everything outside the root', () => {
    expect(fromParserUri(toParserUri('common/messages.yaml'))).toBe('common/messages.yaml');
    expect(fromParserUri(`file://${toParserUri('a b.yaml').replace(' ', '%20')}`)).toBe('a b.yaml');
    expect(fromParserUri('/etc/passwd')).toBeUndefined();
    expect(fromParserUri('file:///etc/passwd')).toBeUndefined();
    expect(fromParserUri(toParserUri('../x.yaml'))).toBeUndefined();
    expect(joinInside('', '..')).toBeUndefined();
  });

  it('predicts the URI the parser computes for a ref, so refused refs are recognised when it asks', () => {
    expect(parserUriOf('services/a/asyncapi.yaml', '../../../../etc/passwd')).toBe('/etc/passwd');
    expect(parserUriOf('services/a/asyncapi.yaml', '../../common/m.yaml#/x')).toBe(toParserUri('common/m.yaml'));
    // The parser joins an absolute path to the referring file's folder.
    expect(parserUriOf('services/a/asyncapi.yaml', '/etc/passwd')).toBe(toParserUri('services/a/etc/passwd'));
    expect(parserUriOf('a.yaml', 'file:///etc/passwd')).toBe('/etc/passwd');
  });
});
