import { checkSyntax } from '@/lib/analysis/syntaxCheck';
import { messageOf } from '@/lib/errors/messageOf';

/** `origin`: where the text came from after redirects (asked again on every reuse of a cached text). */
export type RemoteText = { ok: true; text: string; origin: string } | { ok: false; reason: string };

/** Reads an http(s) $ref target. `isOriginAllowed` is asked again for the origin a redirect ends at. */
export type RemoteReader = (url: string, isOriginAllowed: (origin: string) => boolean) => Promise<RemoteText>;

export interface RemoteReaderOptions {
  fetch: typeof fetch;
  /** Per request; the analysis job itself is stopped after 12 s (workers/analysisClient.ts). */
  timeoutMs?: number;
  maxBytes?: number;
  /** How long a fetched text (or a failure) is reused, so typing does not refetch on every keystroke. */
  ttlMs?: number;
  failureTtlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export const REMOTE_LIMITS = { timeoutMs: 5_000, maxBytes: 5 * 1024 * 1024, ttlMs: 5 * 60_000, failureTtlMs: 30_000, maxEntries: 64 } as const;

class TooLarge extends Error {}

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

async function readLimited(response: Response, maxBytes: number, abort: () => void): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    if (text.length > maxBytes) throw new TooLarge();
    return text;
  }
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      abort();
      throw new TooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Fetches $ref targets on hosts the user allowed, with a time limit, a size limit, no credentials, and a
 * short-lived cache. A redirect is followed only to an allowed origin; the text must pass the same guards as
 * a workspace file (binary, depth, alias bombs) before the parser sees it.
 */
export function createRemoteReader(options: RemoteReaderOptions): RemoteReader {
  const timeoutMs = options.timeoutMs ?? REMOTE_LIMITS.timeoutMs;
  const maxBytes = options.maxBytes ?? REMOTE_LIMITS.maxBytes;
  const ttlMs = options.ttlMs ?? REMOTE_LIMITS.ttlMs;
  const failureTtlMs = options.failureTtlMs ?? REMOTE_LIMITS.failureTtlMs;
  const maxEntries = options.maxEntries ?? REMOTE_LIMITS.maxEntries;
  const now = options.now ?? (() => Date.now());
  const cache = new Map<string, { at: number; result: Promise<RemoteText> }>();

  const load = async (url: string, isOriginAllowed: (origin: string) => boolean): Promise<RemoteText> => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await options.fetch(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' });
      const finalOrigin = new URL(response.url || url).origin;
      if (!isOriginAllowed(finalOrigin)) {
        controller.abort();
        return { ok: false, reason: `it redirects to ${finalOrigin}, which you have not allowed` };
      }
      if (!response.ok) return { ok: false, reason: `the server answered ${response.status}` };
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) throw new TooLarge();
      const text = await readLimited(response, maxBytes, () => controller.abort());
      const check = checkSyntax(text);
      if (!check.ok) return { ok: false, reason: check.diagnostics[0]?.message ?? 'unreadable' };
      return { ok: true, text, origin: finalOrigin };
    } catch (error) {
      if (error instanceof TooLarge) return { ok: false, reason: `it is larger than ${size(maxBytes)}` };
      if (timedOut) return { ok: false, reason: `no answer within ${timeoutMs / 1000} s` };
      // What a browser's fetch says about a network error or a refused cross-origin read: nothing more precise.
      if (error instanceof TypeError) return { ok: false, reason: 'the request failed (the host is unreachable, or does not allow cross-origin reads)' };
      return { ok: false, reason: messageOf(error) };
    } finally {
      clearTimeout(timer);
    }
  };

  return (url, isOriginAllowed) => {
    const at = now();
    const cached = cache.get(url);
    if (cached) {
      return cached.result.then((r) => {
        if (at - cached.at >= (r.ok ? ttlMs : failureTtlMs)) return fetchAndKeep();
        if (r.ok && !isOriginAllowed(r.origin)) return { ok: false, reason: `it redirects to ${r.origin}, which you have not allowed` };
        return r;
      });
    }
    return fetchAndKeep();

    function fetchAndKeep(): Promise<RemoteText> {
      const result = load(url, isOriginAllowed);
      cache.delete(url);
      cache.set(url, { at, result });
      while (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      return result;
    }
  };
}
