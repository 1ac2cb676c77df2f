import mqtt from 'mqtt';
import type { IClientOptions, MqttClient } from 'mqtt';
import { LiveError } from '../liveErrors';
import type { IncomingMessage } from '../types';
import type { Adapter, AdapterSession, OpenContext } from './adapter';
import { payloadOf } from './payload';

/** MQTT topic filter matching: `+` is one level, a trailing `#` is any number of levels (including none). */
export function mqttTopicMatches(filter: string, topic: string): boolean {
  const f = filter.split('/');
  const t = topic.split('/');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '#') return i === f.length - 1 && !(i === 0 && topic.startsWith('$'));
    if (i >= t.length) return false;
    if (f[i] === '+') {
      if (i === 0 && topic.startsWith('$')) return false;
      continue;
    }
    if (f[i] !== t[i]) return false;
  }
  return f.length === t.length;
}

const VERSION_REFUSED = new Set([1, 132]);
const AUTH_REFUSED = new Set([4, 5, 134, 135, 140]);

function connectError(error: unknown): LiveError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'number' && AUTH_REFUSED.has(code)) return new LiveError('auth', message);
  if (typeof code === 'number' && VERSION_REFUSED.has(code)) return new LiveError('protocol', message);
  if (typeof code === 'number') return new LiveError('protocol', message);
  return new LiveError('refused', message);
}

function userProperties(value: Record<string, string | string[]> | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, v] of Object.entries(value ?? {})) headers[key] = Array.isArray(v) ? v.join(', ') : String(v);
  return headers;
}

/** One CONNECT at one protocol version; resolves with the connected client, rejects with why not. */
function connectOnce(context: OpenContext, protocolVersion: 4 | 5): Promise<MqttClient> {
  // mqtt.js opens its own WebSocket: the page's in a browser build, the `ws` package's in Node.
  const { settings, credentials } = context;
  const options: IClientOptions = {
    protocolVersion,
    clientId: settings.mqtt?.clientId || `asyncapi-studio-${Math.random().toString(16).slice(2, 10)}`,
    clean: true,
    reconnectPeriod: 0,
    connectTimeout: context.connectTimeoutMs,
    username: credentials.username,
    password: credentials.password,
  };
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(settings.url, options);
    const settle = () => {
      client.off('connect', onConnect);
      client.off('error', onError);
      client.off('close', onClose);
    };
    const fail = (error: LiveError) => {
      settle();
      client.end(true);
      reject(error);
    };
    const onConnect = () => {
      settle();
      resolve(client);
    };
    const onError = (error: Error) => fail(connectError(error));
    const onClose = () => fail(new LiveError('refused', `no MQTT session at ${settings.url}`));
    client.on('connect', onConnect);
    client.on('error', onError);
    client.on('close', onClose);
  });
}

async function connectWithVersion(context: OpenContext): Promise<{ client: MqttClient; version: 4 | 5; note?: string }> {
  const wanted = context.settings.mqtt?.protocolVersion ?? 'auto';
  if (wanted !== 'auto') return { client: await connectOnce(context, wanted), version: wanted };
  try {
    return { client: await connectOnce(context, 5), version: 5 };
  } catch (error) {
    // A broker that only speaks 3.1.1 answers MQTT 5's CONNECT with "unacceptable protocol version".
    if (!(error instanceof LiveError) || error.code !== 'protocol') throw error;
    const client = await connectOnce(context, 4);
    return { client, version: 4, note: 'MQTT 3.1.1: the broker refused MQTT 5, so messages carry no headers (user properties)' };
  }
}

/** MQTT over WebSocket with mqtt.js; MQTT 5 user properties are the headers. */
export const mqttAdapter: Adapter = {
  kind: 'mqtt',
  async open(context) {
    const { settings, env, maxMessageBytes } = context;
    if (!/^wss?:\/\//i.test(settings.url)) throw new LiveError('bad-url', `${settings.url} is not a ws:// or wss:// URL (browsers reach MQTT brokers over WebSocket only)`);
    const { client, version, note } = await connectWithVersion(context);
    const subscribers = new Map<number, { filter: string; deliver: (message: IncomingMessage) => void }>();
    let nextId = 1;
    let closing = false;
    let lastError: string | undefined;

    client.on('error', (error) => {
      lastError = error.message;
    });
    client.on('close', () => {
      if (!closing) context.onLost(new LiveError('lost', lastError));
      closing = true;
    });
    client.on('message', (topic, body, packet) => {
      const payload = payloadOf(body, maxMessageBytes);
      const headers = userProperties(packet.properties?.userProperties);
      const meta: IncomingMessage['meta'] = { qos: packet.qos, retain: packet.retain };
      if (packet.properties?.contentType) meta.contentType = packet.properties.contentType;
      const receivedAt = env.now();
      for (const { filter, deliver } of subscribers.values()) {
        if (mqttTopicMatches(filter, topic)) deliver({ address: topic, subscription: filter, headers, meta, payload, receivedAt });
      }
    });

    const session: AdapterSession = {
      note,
      capabilities: { headers: version === 5 },
      async subscribe(filter, deliver) {
        const granted = await client.subscribeAsync(filter, { qos: 1 });
        if (granted.some((grant) => grant.qos >= 128)) throw new LiveError('rejected', `the broker refused the subscription to ${filter}`);
        const id = nextId++;
        subscribers.set(id, { filter, deliver });
        return async () => {
          subscribers.delete(id);
          const stillUsed = [...subscribers.values()].some((s) => s.filter === filter);
          if (!stillUsed && client.connected) await client.unsubscribeAsync(filter);
        };
      },
      async publish(topic, payload, headers, options) {
        const properties = version === 5 ? { userProperties: headers, ...(options.contentType ? { contentType: options.contentType } : {}) } : undefined;
        const body = typeof payload === 'string' ? payload : (payload as unknown as Buffer);
        await client.publishAsync(topic, body, { qos: options.qos ?? 0, retain: options.retain ?? false, properties });
      },
      async close() {
        closing = true;
        await client.endAsync();
      },
    };
    return session;
  },
};
