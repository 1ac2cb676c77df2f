import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import type { DecodeResult } from './decodeResult';
import { fetchLinkedDocument } from './fetchLinkedDocument';
import type { FetchLike } from './fetchLinkedDocument';

const URL_OK = 'https://raw.example.com/a.yaml';
const doc = readCorpus('spec-examples/3.0.0/mercure-asyncapi.yml');

/** A fake server at the fetch seam: answers every request with the response `make` builds. */
function serve(make: () => Response): FetchLike & { calls: Array<{ url: string; init?: RequestInit }> } {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fetchImpl = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return make();
  };
  return Object.assign(fetchImpl, { calls });
}

/** A body that yields `chunk` forever, counting how many chunks were pulled. */
function endlessBody(chunk: Uint8Array): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls++;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulls };
}

function code(result: DecodeResult): string {
  return result.ok ? 'ok' : result.error.code;
}

describe('fetchLinkedDocument', () => {
  it('returns the text of a good answer, flagged as AsyncAPI, without credentials', async () => {
    const fetchImpl = serve(() => new Response(doc, { headers: { 'content-type': 'text/yaml' } }));
    const result = await fetchLinkedDocument(URL_OK, { fetchImpl });
    expect(result).toEqual({ ok: true, text: doc, looksLikeAsyncApi: true });
    expect(fetchImpl.calls[0]?.init?.credentials).toBe('omit');
  });

  it('accepts octet-stream that is really text, and flags non-AsyncAPI text', async () => {
    const octet = serve(() => new Response(doc, { headers: { 'content-type': 'application/octet-stream' } }));
    expect(await fetchLinkedDocument(URL_OK, { fetchImpl: octet })).toMatchObject({ ok: true, looksLikeAsyncApi: true });
    const html = serve(() => new Response('<html>login</html>', { headers: { 'content-type': 'text/html' } }));
    expect(await fetchLinkedDocument(URL_OK, { fetchImpl: html })).toMatchObject({ ok: true, looksLikeAsyncApi: false });
  });

  it('refuses non-http(s) addresses without fetching', async () => {
    const fetchImpl = serve(() => new Response(doc));
    expect(code(await fetchLinkedDocument('file:///etc/passwd', { fetchImpl }))).toBe('bad-url');
    expect(code(await fetchLinkedDocument('javascript:alert(1)', { fetchImpl }))).toBe('bad-url');
    expect(fetchImpl.calls).toHaveLength(0);
  });

  it('reports a network failure', async () => {
    const fetchImpl: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    const result = await fetchLinkedDocument(URL_OK, { fetchImpl });
    expect(result).toMatchObject({ ok: false, error: { code: 'fetch-failed', detail: 'Failed to fetch' } });
  });

  it('reports a non-2xx status with the status in the detail', async () => {
    const fetchImpl = serve(() => new Response('nope', { status: 404, statusText: 'Not Found' }));
    const result = await fetchLinkedDocument(URL_OK, { fetchImpl });
    expect(result).toMatchObject({ ok: false, error: { code: 'http-status', detail: 'HTTP 404 Not Found' } });
  });

  it('refuses images and NUL-bearing binaries', async () => {
    const png = serve(() => new Response(new Uint8Array([137, 80, 78, 71]), { headers: { 'content-type': 'image/png' } }));
    expect(await fetchLinkedDocument(URL_OK, { fetchImpl: png })).toMatchObject({
      ok: false,
      error: { code: 'not-text', detail: 'image/png' },
    });
    const binary = serve(
      () => new Response(new Uint8Array([1, 2, 0, 3]), { headers: { 'content-type': 'application/octet-stream' } }),
    );
    expect(code(await fetchLinkedDocument(URL_OK, { fetchImpl: binary }))).toBe('not-text');
  });

  it('stops reading an endless body just past the size cap', async () => {
    const body = endlessBody(new Uint8Array(1024).fill(97));
    const fetchImpl = serve(() => new Response(body.stream));
    const result = await fetchLinkedDocument(URL_OK, { fetchImpl, maxBytes: 64 * 1024 });
    expect(code(result)).toBe('too-large');
    expect(body.pulled()).toBeLessThan(80);
  });

  it('refuses a declared Content-Length over the cap before reading', async () => {
    const body = endlessBody(new Uint8Array(1024));
    const fetchImpl = serve(() => new Response(body.stream, { headers: { 'content-length': '999999999' } }));
    expect(code(await fetchLinkedDocument(URL_OK, { fetchImpl, maxBytes: 1000 }))).toBe('too-large');
  });

  it('times out a server that never answers, and a body that never ends', async () => {
    const silent: FetchLike = () => new Promise<Response>(() => undefined);
    expect(code(await fetchLinkedDocument(URL_OK, { fetchImpl: silent, timeoutMs: 20 }))).toBe('timeout');

    const stalled = serve(() => new Response(new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) })));
    expect(code(await fetchLinkedDocument(URL_OK, { fetchImpl: stalled, timeoutMs: 20 }))).toBe('timeout');

    let aborted = false;
    const listening: FetchLike = (_url, init) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    expect(code(await fetchLinkedDocument(URL_OK, { fetchImpl: listening, timeoutMs: 20 }))).toBe('timeout');
    expect(aborted).toBe(true);
  });
});
