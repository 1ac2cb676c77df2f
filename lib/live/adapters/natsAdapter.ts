import { AuthorizationError, headers as natsHeaders, PermissionViolationError, UserAuthenticationExpiredError, wsconnect } from '@nats-io/nats-core';
import type { MsgHdrs, NatsConnection, WsConnectionOptions } from '@nats-io/nats-core';
import { LiveError } from '../liveErrors';
import type { Adapter, AdapterSession } from './adapter';
import { payloadOf } from './payload';

function connectError(error: unknown): LiveError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof AuthorizationError || error instanceof UserAuthenticationExpiredError || /authori[sz]ation/i.test(message)) {
    return new LiveError('auth', message);
  }
  return new LiveError('refused', message);
}

function headersOf(msgHeaders: MsgHdrs | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (!msgHeaders) return result;
  for (const [key, values] of msgHeaders) result[key] = values.join(', ');
  return result;
}

/** NATS over WebSocket with @nats-io/nats-core's `wsconnect`; NATS message headers are the headers. */
export const natsAdapter: Adapter = {
  kind: 'nats',
  async open(context) {
    const { settings, credentials, env, maxMessageBytes } = context;
    if (!/^wss?:\/\//i.test(settings.url)) throw new LiveError('bad-url', `${settings.url} is not a ws:// or wss:// URL (browsers reach NATS over WebSocket only)`);
    const options: WsConnectionOptions = {
      servers: settings.url,
      name: 'AsyncAPI Studio',
      reconnect: false,
      timeout: context.connectTimeoutMs,
      user: credentials.username,
      pass: credentials.password,
      token: credentials.token,
    };
    const WebSocketImpl = env.WebSocket;
    // Only a test host passes its own WebSocket; in a browser wsconnect uses the page's.
    if (WebSocketImpl) options.wsFactory = async (url) => ({ socket: new WebSocketImpl(url), encrypted: url.startsWith('wss:') });
    let connection: NatsConnection;
    try {
      connection = await wsconnect(options);
    } catch (error) {
      throw connectError(error);
    }
    let closing = false;
    void connection.closed().then((error) => {
      if (!closing) context.onLost(new LiveError('lost', error ? error.message : undefined));
    });

    const session: AdapterSession = {
      async subscribe(subject, deliver) {
        const subscription = connection.subscribe(subject, {
          callback: (error, msg) => {
            if (error) return;
            const meta: Record<string, string> = {};
            if (msg.reply) meta.reply = msg.reply;
            deliver({ address: msg.subject, subscription: subject, headers: headersOf(msg.headers), meta, payload: payloadOf(msg.data, maxMessageBytes), receivedAt: env.now() });
          },
        });
        // The server answers a refused SUB asynchronously; a flush round trip lets the refusal arrive first.
        await connection.flush();
        if (subscription.isClosed()) throw new LiveError('rejected', `the server refused the subscription to ${subject}`);
        return async () => {
          if (!subscription.isClosed()) subscription.unsubscribe();
        };
      },
      async publish(subject, payload, headers) {
        const entries = Object.entries(headers);
        let msgHeaders: MsgHdrs | undefined;
        if (entries.length > 0) {
          msgHeaders = natsHeaders();
          for (const [key, value] of entries) msgHeaders.set(key, value);
        }
        try {
          connection.publish(subject, payload, { headers: msgHeaders });
          await connection.flush();
        } catch (error) {
          if (error instanceof PermissionViolationError) throw new LiveError('rejected', error.message);
          throw error;
        }
      },
      async close() {
        closing = true;
        await connection.close();
      },
    };
    return session;
  },
};
