import { LiveError } from '../liveErrors';
import type { IncomingMessage } from '../types';
import type { Adapter, AdapterSession } from './adapter';
import { payloadOf } from './payload';

const CLOSE_CODES: Readonly<Record<number, string>> = {
  1000: 'closed normally',
  1001: 'the server is going away',
  1002: 'protocol error',
  1003: 'unsupported data',
  1006: 'closed without a close frame',
  1008: 'policy violation',
  1009: 'message too big',
  1011: 'server error',
  1015: 'TLS handshake failed',
};

export function closeDetail(event: { code?: number; reason?: string }): string {
  const code = event.code ?? 1006;
  const known = CLOSE_CODES[code];
  return `WebSocket code ${code}${known ? `, ${known}` : ''}${event.reason ? `: ${event.reason}` : ''}`;
}

/**
 * A plain WebSocket: one socket per endpoint URL (the channel address is already in the URL). Frames have
 * no address and no headers, so every subscriber of the connection gets every frame, tagged with its own
 * address.
 */
export const webSocketAdapter: Adapter = {
  kind: 'ws',
  open(context) {
    const { settings, env, maxMessageBytes } = context;
    const WebSocketImpl = env.WebSocket ?? globalThis.WebSocket;
    if (!WebSocketImpl) return Promise.reject(new LiveError('unsupported', 'this environment has no WebSocket'));
    if (!/^wss?:\/\//i.test(settings.url)) return Promise.reject(new LiveError('bad-url', `${settings.url} is not a ws:// or wss:// URL`));

    return new Promise<AdapterSession>((resolve, reject) => {
      let socket: WebSocket;
      try {
        socket = new WebSocketImpl(settings.url);
      } catch (error) {
        reject(new LiveError('bad-url', error instanceof Error ? error.message : String(error)));
        return;
      }
      socket.binaryType = 'arraybuffer';
      const subscribers = new Map<number, { address: string; deliver: (message: IncomingMessage) => void }>();
      let nextId = 1;
      let opened = false;
      let closing = false;

      const session: AdapterSession = {
        async subscribe(address, deliver) {
          const id = nextId++;
          subscribers.set(id, { address, deliver });
          return async () => {
            subscribers.delete(id);
          };
        },
        async publish(_address, payload) {
          if (socket.readyState !== socket.OPEN) throw new LiveError('not-connected');
          socket.send(payload);
        },
        close() {
          closing = true;
          if (socket.readyState === socket.CLOSED) return Promise.resolve();
          return new Promise<void>((done) => {
            socket.addEventListener('close', () => done(), { once: true });
            socket.close(1000, 'closed by the user');
          });
        },
      };

      socket.onopen = () => {
        opened = true;
        resolve(session);
      };
      socket.onclose = (event) => {
        if (!opened) reject(new LiveError('refused', closeDetail(event)));
        else if (!closing) context.onLost(new LiveError('lost', closeDetail(event)));
      };
      socket.onmessage = (event: MessageEvent) => {
        const payload = payloadOf(event.data as string | ArrayBuffer, maxMessageBytes);
        const receivedAt = env.now();
        for (const { address, deliver } of subscribers.values()) {
          deliver({ address, subscription: address, headers: {}, meta: {}, payload, receivedAt });
        }
      };
    });
  },
};
