import { Client } from '@stomp/stompjs';
import type { IFrame, IMessage } from '@stomp/stompjs';
import { LiveError } from '../liveErrors';
import type { Adapter, AdapterSession } from './adapter';
import { closeDetail } from './webSocketAdapter';
import { payloadOf } from './payload';

/** Headers STOMP (and RabbitMQ, ActiveMQ) put on every MESSAGE frame: protocol facts, not application headers. */
const FRAME_HEADERS = new Set([
  'destination',
  'message-id',
  'subscription',
  'ack',
  'content-length',
  'content-type',
  'receipt',
  'redelivered',
  'persistent',
  'expires',
  'priority',
  'timestamp',
]);

const AUTH_WORDS = /access refused|login|passcode|authenticat|credential|not authori[sz]ed/i;

function errorOfFrame(frame: IFrame): LiveError {
  const detail = [frame.headers.message, frame.body].filter((part) => part && part.trim() !== '').join(': ').trim();
  return new LiveError(AUTH_WORDS.test(detail) ? 'auth' : 'protocol', detail || 'ERROR frame');
}

function split(message: IMessage): { headers: Record<string, string>; meta: Record<string, string> } {
  const headers: Record<string, string> = {};
  const meta: Record<string, string> = {};
  for (const [key, value] of Object.entries(message.headers)) (FRAME_HEADERS.has(key) ? meta : headers)[key] = value;
  return { headers, meta };
}

/** STOMP over WebSocket (RabbitMQ web-stomp, ActiveMQ, Artemis) with @stomp/stompjs; STOMP headers are the headers. */
export const stompAdapter: Adapter = {
  kind: 'stomp',
  open(context) {
    const { settings, credentials, env, maxMessageBytes } = context;
    const WebSocketImpl = env.WebSocket ?? globalThis.WebSocket;
    if (!WebSocketImpl) return Promise.reject(new LiveError('unsupported', 'this environment has no WebSocket'));
    if (!/^wss?:\/\//i.test(settings.url)) return Promise.reject(new LiveError('bad-url', `${settings.url} is not a ws:// or wss:// URL`));
    const host = settings.stomp?.virtualHost ?? new URL(settings.url).hostname;

    return new Promise<AdapterSession>((resolve, reject) => {
      let connected = false;
      let closing = false;
      let nextReceipt = 1;
      const pending = new Set<(error: LiveError) => void>();
      const failPending = (error: LiveError) => {
        for (const fail of [...pending]) fail(error);
        pending.clear();
      };
      const client = new Client({
        webSocketFactory: () => new WebSocketImpl(settings.url, ['v12.stomp', 'v11.stomp', 'v10.stomp']),
        connectHeaders: {
          host,
          ...(credentials.username !== undefined ? { login: credentials.username } : {}),
          ...(credentials.password !== undefined ? { passcode: credentials.password } : {}),
        },
        reconnectDelay: 0,
        connectionTimeout: context.connectTimeoutMs,
        heartbeatIncoming: 10_000,
        heartbeatOutgoing: 10_000,
        debug: () => undefined,
      });

      // Waits for the broker's RECEIPT, so a refused SUBSCRIBE or SEND surfaces here rather than as a lost connection.
      const withReceipt = (send: (receipt: string) => void) =>
        new Promise<void>((done, fail) => {
          const receipt = `studio-${nextReceipt++}`;
          const settle = (error?: LiveError) => {
            env.timers.clear(timer);
            pending.delete(settle);
            if (error) fail(error);
            else done();
          };
          const timer = env.timers.set(() => settle(new LiveError('timeout', 'the broker sent no receipt')), context.connectTimeoutMs);
          pending.add(settle);
          client.watchForReceipt(receipt, () => settle());
          send(receipt);
        });

      const session: AdapterSession = {
        async subscribe(destination, deliver) {
          let subscription: { unsubscribe: () => void } | null = null;
          await withReceipt((receipt) => {
            subscription = client.subscribe(
              destination,
              (message) => {
                const { headers, meta } = split(message);
                const body = message.isBinaryBody ? message.binaryBody : message.body;
                deliver({ address: message.headers.destination ?? destination, subscription: destination, headers, meta, payload: payloadOf(body, maxMessageBytes), receivedAt: env.now() });
              },
              { receipt },
            );
          });
          return async () => {
            if (client.connected) subscription?.unsubscribe();
          };
        },
        async publish(destination, payload, headers, options) {
          if (!client.connected) throw new LiveError('not-connected');
          const frameHeaders = { ...headers, ...(options.contentType ? { 'content-type': options.contentType } : {}) };
          await withReceipt((receipt) =>
            client.publish(
              typeof payload === 'string'
                ? { destination, body: payload, headers: { ...frameHeaders, receipt } }
                : { destination, binaryBody: payload, headers: { ...frameHeaders, receipt } },
            ),
          );
        },
        async close() {
          closing = true;
          await client.deactivate();
        },
      };

      client.onConnect = () => {
        connected = true;
        resolve(session);
      };
      client.onStompError = (frame) => {
        const error = errorOfFrame(frame);
        failPending(error);
        if (!connected) {
          closing = true;
          void client.deactivate();
          reject(error);
        } else if (!closing) {
          closing = true;
          void client.deactivate();
          context.onLost(error);
        }
      };
      client.onWebSocketClose = (event: CloseEvent) => {
        failPending(new LiveError('lost', closeDetail(event)));
        if (!connected) reject(new LiveError('refused', closeDetail(event)));
        else if (!closing) {
          closing = true;
          context.onLost(new LiveError('lost', closeDetail(event)));
        }
      };
      client.activate();
    });
  },
};
