import { LiveError } from '../liveErrors';
import type { IncomingMessage } from '../types';
import type { Adapter, AdapterSession } from './adapter';
import { payloadOf } from './payload';

/**
 * Server-sent events: one EventSource per endpoint URL, receive only. EventSource's own reconnection is
 * stopped at the first error so that the connection's backoff (and its status) is the only one.
 * Browsers give an EventSource no headers of its own: only cookies (`withCredentials`).
 */
export const sseAdapter: Adapter = {
  kind: 'sse',
  open(context) {
    const { settings, env, maxMessageBytes } = context;
    const EventSourceImpl = env.EventSource ?? globalThis.EventSource;
    if (!EventSourceImpl) return Promise.reject(new LiveError('unsupported', 'this environment has no EventSource'));
    if (!/^https?:\/\//i.test(settings.url)) return Promise.reject(new LiveError('bad-url', `${settings.url} is not an http:// or https:// URL`));

    return new Promise<AdapterSession>((resolve, reject) => {
      const source = new EventSourceImpl(settings.url, { withCredentials: settings.sse?.withCredentials === true });
      const subscribers = new Map<number, { address: string; deliver: (message: IncomingMessage) => void }>();
      let nextId = 1;
      let opened = false;
      let closing = false;

      const onEvent = (event: Event) => {
        const message = event as MessageEvent<string>;
        const payload = payloadOf(message.data, maxMessageBytes);
        const meta: Record<string, string> = { event: message.type };
        if (message.lastEventId) meta.id = message.lastEventId;
        const receivedAt = env.now();
        for (const { address, deliver } of subscribers.values()) deliver({ address, subscription: address, headers: {}, meta, payload, receivedAt });
      };
      for (const type of new Set(['message', ...(settings.sse?.eventTypes ?? [])])) source.addEventListener(type, onEvent);

      source.onopen = () => {
        opened = true;
        resolve({
          async subscribe(address, deliver) {
            const id = nextId++;
            subscribers.set(id, { address, deliver });
            return async () => {
              subscribers.delete(id);
            };
          },
          async publish() {
            throw new LiveError('unsupported', 'server-sent events only receive');
          },
          async close() {
            closing = true;
            source.close();
          },
        });
      };
      source.onerror = () => {
        const wasOpen = opened;
        source.close();
        if (!wasOpen) reject(new LiveError('refused', 'the event stream could not be opened: an HTTP error, a Content-Type other than text/event-stream, or no CORS permission'));
        else if (!closing) context.onLost(new LiveError('lost', 'the event stream ended or broke'));
      };
    });
  },
};
