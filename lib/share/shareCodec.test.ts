import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { bytesToBase64Url } from './base64';
import type { DecodeResult } from './decodeResult';
import {
  buildShareUrl,
  decodeShareFragment,
  describeLinkLength,
  encodeShareFragment,
  LINK_LENGTH_RISKY,
  LINK_LENGTH_TOO_LONG,
} from './shareCodec';

const utf8RoundTrip = (s: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(s));

function expectText(result: DecodeResult): string {
  if (!result.ok) throw new Error(`expected text, got ${result.error.code}`);
  return result.text;
}

function expectError(result: DecodeResult, code: string): void {
  expect(result.ok ? 'ok' : result.error.code).toBe(code);
}

describe('encodeShareFragment / decodeShareFragment', () => {
  it('round-trips a corpus document and flags it as AsyncAPI', () => {
    const text = readCorpus('spec-examples/3.0.0/mercure-asyncapi.yml');
    const payload = encodeShareFragment(text);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(text.length);
    const result = decodeShareFragment(payload);
    expect(result).toEqual({ ok: true, text, looksLikeAsyncApi: true });
  });

  it('keeps a leading BOM, non-ASCII text and the empty string exactly', () => {
    for (const text of ['\uFEFFasyncapi: 3.0.0', 'title: "Grüße 👋🏽 日本語"', '']) {
      expect(expectText(decodeShareFragment(encodeShareFragment(text)))).toBe(text);
    }
  });

  it('round-trips any well-formed Unicode string exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(expectText(decodeShareFragment(encodeShareFragment(text)))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('turns lone surrogates into U+FFFD (UTF-8 cannot carry them) and keeps the rest', () => {
    expect(expectText(decodeShareFragment(encodeShareFragment('a\uD800b')))).toBe('a\uFFFDb');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(expectText(decodeShareFragment(encodeShareFragment(text)))).toBe(utf8RoundTrip(text));
      }),
    );
  });

  it('never throws for any string, and always answers with a typed result', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (payload) => {
        const result = decodeShareFragment(payload);
        expect(result.ok ? typeof result.text : result.error.code).toBeTypeOf('string');
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws for arbitrary bytes in valid base64url', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = decodeShareFragment(bytesToBase64Url(bytes));
        expect(result.ok || ['bad-deflate', 'empty', 'too-large'].includes(result.error.code)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('names each broken input', () => {
    expectError(decodeShareFragment(''), 'empty');
    expectError(decodeShareFragment('   '), 'empty');
    expectError(decodeShareFragment('abc$def'), 'bad-base64');
    expectError(decodeShareFragment('A'), 'bad-base64');
    expectError(decodeShareFragment('_____w'), 'bad-deflate');
    const payload = encodeShareFragment(readCorpus('spec-examples/3.0.0/mercure-asyncapi.yml'));
    expectError(decodeShareFragment(payload.slice(0, 4 * Math.floor(payload.length / 8))), 'bad-deflate');
  });

  // How early it stops is measured in input fed, not time: boundedInflate.test.ts.
  it('refuses a deflate bomb (50 MB of zeros) as too large', () => {
    const bomb = bytesToBase64Url(deflateSync(new Uint8Array(50 * 1024 * 1024), { level: 9 }));
    expectError(decodeShareFragment(bomb), 'too-large');
    expectError(decodeShareFragment(encodeShareFragment('x'.repeat(2000)), 1000), 'too-large');
  });

  it('refuses an enormous payload before decoding it', () => {
    expectError(decodeShareFragment('A'.repeat(20_000), 1000), 'too-large');
  });

  it('flags decoded text that is not AsyncAPI without refusing it', () => {
    const result = decodeShareFragment(encodeShareFragment('hello world'));
    expect(result).toEqual({ ok: true, text: 'hello world', looksLikeAsyncApi: false });
    const json = decodeShareFragment(encodeShareFragment('{"asyncapi":"3.0.0","info":{}}'));
    expect(json.ok && json.looksLikeAsyncApi).toBe(true);
  });
});

describe('buildShareUrl', () => {
  it('puts the payload in the fragment and readOnly in the query', () => {
    const url = buildShareUrl('https://studio.example/app/?x=1#old', 'asyncapi: 3.0.0', { readOnly: true });
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe('https://studio.example/app/');
    expect(parsed.search).toBe('?readOnly=true');
    expect(parsed.hash).toBe(`#share=${encodeShareFragment('asyncapi: 3.0.0')}`);
    expect(new URL(buildShareUrl('https://studio.example/', 'a')).search).toBe('');
  });
});

describe('describeLinkLength', () => {
  it('grades links against the chat-tool thresholds', () => {
    expect(describeLinkLength('x'.repeat(LINK_LENGTH_RISKY)).level).toBe('ok');
    expect(describeLinkLength('x'.repeat(LINK_LENGTH_RISKY + 1)).level).toBe('risky');
    const long = describeLinkLength('x'.repeat(LINK_LENGTH_TOO_LONG + 1));
    expect(long).toMatchObject({ level: 'too-long', length: LINK_LENGTH_TOO_LONG + 1 });
    expect(long.message).toMatch(/too long/);
  });
});
