import { authorizationOf } from '../credentials';
import { LiveError } from '../liveErrors';
import type { Adapter } from './adapter';

/** An HTTP failure status as a LiveError: 401/403 are the credentials, anything else the server's refusal. */
export function httpStatusError(response: Response): LiveError {
  const detail = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return new LiveError(response.status === 401 || response.status === 403 ? 'auth' : 'rejected', detail);
}

/** fetch() rejects with a TypeError for network failures and for CORS refusals alike (browsers hide which). */
export function networkError(error: unknown): LiveError {
  if (error instanceof LiveError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new LiveError('refused', `${detail}; if the server is up, it may not allow this page's origin (CORS)`);
}

/**
 * Plain HTTP, send only: each publish is one request to the endpoint URL (server URL + channel address).
 * There is no session to open, so "connected" only means the URL is usable.
 */
export const httpAdapter: Adapter = {
  kind: 'http',
  async open(context) {
    const { settings, env, credentials } = context;
    const fetchImpl = env.fetch ?? globalThis.fetch.bind(globalThis);
    if (!/^https?:\/\//i.test(settings.url)) throw new LiveError('bad-url', `${settings.url} is not an http:// or https:// URL`);
    const authorization = authorizationOf(credentials);
    const method = settings.http?.method ?? 'POST';
    const inFlight = new Set<AbortController>();
    return {
      note: `HTTP has no session: each send is one ${method} request`,
      async subscribe() {
        throw new LiveError('unsupported', 'plain HTTP only sends; use server-sent events to receive');
      },
      async publish(_address, payload, headers, options) {
        const requestHeaders: Record<string, string> = { 'Content-Type': options.contentType ?? 'application/json', ...headers };
        if (authorization) requestHeaders.Authorization = authorization;
        const abort = new AbortController();
        inFlight.add(abort);
        const timer = env.timers.set(() => abort.abort(), context.connectTimeoutMs);
        try {
          const response = await fetchImpl(settings.url, { method, headers: requestHeaders, body: payload as BodyInit, signal: abort.signal });
          if (!response.ok) throw httpStatusError(response);
          await response.body?.cancel();
        } catch (error) {
          if (abort.signal.aborted) throw new LiveError('timeout', `no answer from ${settings.url}`);
          throw networkError(error);
        } finally {
          env.timers.clear(timer);
          inFlight.delete(abort);
        }
      },
      async close() {
        for (const abort of inFlight) abort.abort();
      },
    };
  },
};
