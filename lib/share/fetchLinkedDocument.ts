import { MAX_DOCUMENT_BYTES } from './decodeResult';
import type { DecodeResult } from './decodeResult';
import { checkDocumentUrl } from './documentUrl';
import { LinkError } from './linkErrors';
import { formatBytes } from './shareCodec';
import { decodeUtf8, hasNulByte, looksLikeAsyncApi } from './textSniff';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchLinkedOptions {
  fetchImpl?: FetchLike;
  maxBytes?: number;
  timeoutMs?: number;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;

// Types no AsyncAPI document is ever served as. octet-stream is not here: some hosts serve .yaml
// that way, so it is judged by its bytes (a NUL byte) instead.
const BINARY_TYPE = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-gzip|x-tar|x-7z-compressed|wasm)\b/i;

class Stop extends Error {
  constructor(readonly linkError: LinkError) {
    super(linkError.message);
  }
}

/**
 * Downloads the document a `?url=` link names, as the user asked by opening it. Never throws: network
 * failure, non-2xx, binary content, size over `maxBytes` (the body is read as a stream and dropped past
 * the cap) and the timeout (which covers the body too) each come back as a typed error.
 */
export async function fetchLinkedDocument(url: string, options: FetchLinkedOptions = {}): Promise<DecodeResult> {
  const checked = checkDocumentUrl(url);
  if (!checked.ok) return checked;
  const fetchImpl = options.fetchImpl ?? ((input: string, init?: RequestInit) => fetch(input, init));
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS);
  // Raced against every await, so the timeout holds even if a fetch or stream ignores the signal.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('aborted')));
  });
  aborted.catch(() => undefined);
  try {
    const request = fetchImpl(checked.url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' });
    const response = await Promise.race([request, aborted]);
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return fail(new LinkError('http-status', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`));
    }
    const type = response.headers.get('content-type') ?? '';
    if (BINARY_TYPE.test(type.trim())) {
      void response.body?.cancel().catch(() => undefined);
      return fail(new LinkError('not-text', type.split(';')[0]?.trim()));
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return fail(tooLarge(maxBytes));
    }
    const bytes = await readCapped(response, maxBytes, aborted);
    if (hasNulByte(bytes)) return fail(new LinkError('not-text', type.split(';')[0]?.trim() || undefined));
    const text = decodeUtf8(bytes, false);
    return { ok: true, text, looksLikeAsyncApi: looksLikeAsyncApi(text) };
  } catch (error) {
    if (error instanceof Stop) return fail(error.linkError);
    if (timedOut) return fail(new LinkError('timeout'));
    return fail(new LinkError('fetch-failed', error instanceof Error && error.message ? error.message : undefined));
  } finally {
    clearTimeout(timer);
  }
}

function fail(error: LinkError): DecodeResult {
  return { ok: false, error };
}

function tooLarge(maxBytes: number): LinkError {
  return new LinkError('too-large', `over ${formatBytes(maxBytes)}`);
}

async function readCapped(response: Response, maxBytes: number, aborted: Promise<never>): Promise<Uint8Array> {
  const body = response.body;
  if (body === null) {
    const whole = new Uint8Array(await Promise.race([response.arrayBuffer(), aborted]));
    if (whole.length > maxBytes) throw new Stop(tooLarge(maxBytes));
    return whole;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await Promise.race([reader.read(), aborted]);
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new Stop(tooLarge(maxBytes));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
