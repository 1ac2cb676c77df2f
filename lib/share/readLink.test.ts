import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { describeLinkError, LINK_ERROR_MESSAGES } from './linkErrors';
import type { LinkErrorCode } from './linkErrors';
import { decodeBase64Param, readIncomingLink, withoutIncomingLink } from './readLink';
import type { IncomingLink } from './readLink';
import { buildShareUrl } from './shareCodec';

const STUDIO = 'https://studio.asyncapi.com/';
// Chosen because its base64 holds both '+' and '/', the characters query strings mangle.
const doc = readCorpus('spec-examples/3.0.0/websocket-gemini-asyncapi.yml');
const studioBase64 = Buffer.from(doc, 'utf8').toString('base64');

function errorCode(link: IncomingLink): LinkErrorCode | undefined {
  return link.kind === 'error' ? link.error.code : undefined;
}

describe('readIncomingLink', () => {
  it('reads our own share link, with readOnly', () => {
    const link = readIncomingLink(buildShareUrl('https://example.org/studio/', doc, { readOnly: true }));
    expect(link).toEqual({ kind: 'text', text: doc, source: 'share', readOnly: true, looksLikeAsyncApi: true });
    expect(readIncomingLink(buildShareUrl('https://example.org/', doc))).toMatchObject({ readOnly: false });
  });

  it('decodes a Studio ?base64= link of a corpus document to the exact text', () => {
    expect(studioBase64).toContain('+');
    const escaped = readIncomingLink(`${STUDIO}?base64=${encodeURIComponent(studioBase64)}`);
    expect(escaped).toEqual({ kind: 'text', text: doc, source: 'base64', readOnly: false, looksLikeAsyncApi: true });
    // Unescaped: '+' is read as a space by query parsing, and '=' padding stays literal.
    const raw = readIncomingLink(`${STUDIO}?base64=${studioBase64}&readOnly=true`);
    expect(raw).toEqual({ kind: 'text', text: doc, source: 'base64', readOnly: true, looksLikeAsyncApi: true });
  });

  it('keeps non-ASCII text from a ?base64= link', () => {
    const text = 'asyncapi: 3.0.0\ninfo:\n  title: Grüße 👋\n';
    expect(decodeBase64Param(Buffer.from(text).toString('base64'))).toEqual({ ok: true, text, looksLikeAsyncApi: true });
  });

  it('returns text that is not AsyncAPI, flagged', () => {
    const link = readIncomingLink(`${STUDIO}?base64=${Buffer.from('just a note').toString('base64')}`);
    expect(link).toMatchObject({ kind: 'text', text: 'just a note', looksLikeAsyncApi: false });
    const junk = readIncomingLink(`${STUDIO}?base64=${Buffer.from([0, 255, 1, 2, 254, 0]).toString('base64')}`);
    expect(junk).toMatchObject({ kind: 'text', looksLikeAsyncApi: false });
  });

  it('turns ?url= and ?load= into a fetch instruction for http(s) only', () => {
    const target = 'https://raw.example.com/specs/a.yaml?ref=main';
    expect(readIncomingLink(`${STUDIO}?url=${encodeURIComponent(target)}`)).toEqual({
      kind: 'url',
      url: target,
      readOnly: false,
    });
    expect(readIncomingLink(`${STUDIO}?load=http://localhost:8080/a.yml&readOnly=true`)).toEqual({
      kind: 'url',
      url: 'http://localhost:8080/a.yml',
      readOnly: true,
    });
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/plain,hi', '/relative/a.yml', 'ftp://x/y']) {
      const link = readIncomingLink(`${STUDIO}?url=${encodeURIComponent(bad)}`);
      expect(errorCode(link), bad).toBe('bad-url');
    }
  });

  it('explains that Studio ?share=<id> links live on Studio servers', () => {
    const link = readIncomingLink(`${STUDIO}?share=abc`);
    expect(errorCode(link)).toBe('studio-share-id');
    if (link.kind !== 'error') throw new Error('expected an error');
    expect(describeLinkError(link.error)).toMatch(/AsyncAPI Studio's own servers/);
  });

  it('reports damaged and empty links with their codes', () => {
    expect(errorCode(readIncomingLink(`${STUDIO}#share=`))).toBe('empty');
    expect(errorCode(readIncomingLink(`${STUDIO}#share=%%%`))).toBe('bad-base64');
    expect(errorCode(readIncomingLink(`${STUDIO}?base64=`))).toBe('empty');
    expect(errorCode(readIncomingLink(`${STUDIO}?base64=***`))).toBe('bad-base64');
    expect(errorCode(readIncomingLink(`${STUDIO}?url=`))).toBe('empty');
    expect(readIncomingLink(`${STUDIO}?base64=***&readOnly=true`)).toMatchObject({ kind: 'error', readOnly: true });
  });

  it('sees no link in an ordinary address', () => {
    for (const href of [STUDIO, `${STUDIO}?readOnly=true`, `${STUDIO}#/docs`, '', 'not a url at all', 'http://[']) {
      expect(readIncomingLink(href), href).toEqual({ kind: 'none' });
    }
  });

  it('never throws on any string, and answers with a known kind', () => {
    const kinds = ['none', 'text', 'url', 'error'];
    const arbitraryHref = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .tuple(fc.constantFrom('#share=', '?base64=', '?url=', '?load=', '?share=', '?readOnly=true#share='), fc.string({ unit: 'binary', maxLength: 300 }))
        .map(([prefix, rest]) => `${STUDIO}${prefix}${rest}`),
      fc
        .tuple(fc.constantFrom('#share=', '?base64='), fc.uint8Array({ maxLength: 300 }))
        .map(([prefix, bytes]) => `${STUDIO}${prefix}${encodeURIComponent(Buffer.from(bytes).toString('base64'))}`),
    );
    fc.assert(
      fc.property(arbitraryHref, (href) => {
        const link = readIncomingLink(href);
        expect(kinds).toContain(link.kind);
        if (link.kind === 'error') expect(LINK_ERROR_MESSAGES[link.error.code]).toBeTypeOf('string');
      }),
      { numRuns: 1500 },
    );
  });
});

describe('withoutIncomingLink', () => {
  it('drops link parameters and keeps the rest', () => {
    const shared = buildShareUrl('https://example.org/studio/?theme=dark', 'asyncapi: 3.0.0', { readOnly: true });
    expect(withoutIncomingLink(shared)).toBe('https://example.org/studio/');
    expect(withoutIncomingLink('https://x.org/?base64=YQ&theme=dark#/docs')).toBe('https://x.org/?theme=dark#/docs');
    expect(withoutIncomingLink('https://x.org/?url=https%3A%2F%2Fa.b%2Fc.yml&load=x&share=abc')).toBe('https://x.org/');
    expect(withoutIncomingLink('not a url')).toBe('not a url');
    expect(readIncomingLink(withoutIncomingLink(shared))).toEqual({ kind: 'none' });
  });
});

describe('the readOnly parameter', () => {
  it('reads a bare ?readOnly, "true" and "1" as read-only, as AsyncAPI Studio does; "false" and absent as editable', () => {
    const base64 = encodeURIComponent(Buffer.from('asyncapi: 3.1.0\n').toString('base64'));
    for (const form of ['&readOnly', '&readOnly=', '&readOnly=true', '&readOnly=1', '&readonly=TRUE'.replace('readonly', 'readOnly')]) {
      expect(readIncomingLink(`https://s.test/?base64=${base64}${form}`), form).toMatchObject({ readOnly: true });
    }
    for (const form of ['', '&readOnly=false', '&readOnly=0']) {
      expect(readIncomingLink(`https://s.test/?base64=${base64}${form}`), form).toMatchObject({ readOnly: false });
    }
  });
});

describe('linked document addresses', () => {
  it('refuses plain http from other hosts with its own reason; loopback http (a local dev server) is allowed', () => {
    expect(readIncomingLink('https://s.test/?url=http%3A%2F%2Fexample.org%2Fa.yaml')).toMatchObject({ kind: 'error', error: { code: 'insecure-url' } });
    expect(readIncomingLink('https://s.test/?url=http%3A%2F%2F127.0.0.1%3A8080%2Fa.yaml')).toMatchObject({ kind: 'url', url: 'http://127.0.0.1:8080/a.yaml' });
    expect(readIncomingLink('https://s.test/?url=https%3A%2F%2Fexample.org%2Fa.yaml')).toMatchObject({ kind: 'url' });
  });
});
