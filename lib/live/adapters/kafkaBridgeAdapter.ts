import { authorizationOf } from '../credentials';
import { LiveError } from '../liveErrors';
import type { IncomingMessage } from '../types';
import type { Adapter, AdapterSession } from './adapter';
import { httpStatusError, networkError } from './httpAdapter';
import { base64OfBytes, base64OfText, bytesOf, bytesOfBase64, payloadOf } from './payload';

/**
 * Kafka through the Strimzi Kafka Bridge's HTTP API (the REST Proxy "v2" dialect: `/topics/{topic}` to
 * produce, `/consumers/{group}` instances to consume). It is the one bridge API that both produces and
 * consumes with record headers: Confluent REST Proxy v3 cannot consume, and its v2 has no headers (its v2
 * produce/consume without headers is the same dialect, so it should work too, headers aside).
 * Records use the `binary` embedded format (base64), so any payload arrives byte for byte.
 */
const V2 = 'application/vnd.kafka.v2+json';
const BINARY = 'application/vnd.kafka.binary.v2+json';
const IDLE_POLL_DELAY_MS = 200;

interface BridgeRecord {
  topic: string;
  key?: string | null;
  value?: string | null;
  partition?: number;
  offset?: number;
  timestamp?: number;
  headers?: Array<{ key: string; value: string }>;
}

function textOfBase64(value: string): string {
  return new TextDecoder().decode(bytesOfBase64(value));
}

export const kafkaBridgeAdapter: Adapter = {
  kind: 'kafka-bridge',
  async open(context) {
    const { settings, env, credentials, maxMessageBytes } = context;
    const fetchImpl = env.fetch ?? globalThis.fetch.bind(globalThis);
    if (!/^https?:\/\//i.test(settings.url)) throw new LiveError('bad-url', `${settings.url} is not the http:// or https:// URL of a Kafka HTTP bridge`);
    const base = settings.url.replace(/\/+$/, '');
    const authorization = authorizationOf(credentials);
    const closing = new AbortController();

    async function call(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
      const headers: Record<string, string> = { ...(init.headers ?? {}) };
      if (authorization) headers.Authorization = authorization;
      let response: Response;
      try {
        response = await fetchImpl(`${base}${path}`, { ...init, headers, signal: init.signal ?? closing.signal });
      } catch (error) {
        throw networkError(error);
      }
      if (!response.ok) {
        const failure = httpStatusError(response);
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        throw body?.message ? new LiveError(failure.code, `${failure.detail}: ${body.message}`) : failure;
      }
      return response;
    }

    // The bridge's info endpoint: proves the URL is a reachable bridge (and that CORS lets this page in).
    const info = (await (await call('/', { headers: { Accept: 'application/json' } })).json().catch(() => ({}))) as { bridge_version?: string };
    const group = settings.kafka?.consumerGroup || `asyncapi-studio-${Math.random().toString(16).slice(2, 10)}`;
    const subscribers = new Map<number, { topic: string; deliver: (message: IncomingMessage) => void }>();
    let nextId = 1;
    let instance: string | null = null;
    let polling = false;
    let lost = false;

    const instancePath = () => `/consumers/${encodeURIComponent(group)}/instances/${encodeURIComponent(instance ?? '')}`;
    const topics = () => [...new Set([...subscribers.values()].map((s) => s.topic))];

    async function ensureConsumer(): Promise<void> {
      if (instance) return;
      const response = await call(`/consumers/${encodeURIComponent(group)}`, {
        method: 'POST',
        headers: { 'Content-Type': V2, Accept: V2 },
        body: JSON.stringify({ format: 'binary', 'auto.offset.reset': settings.kafka?.offsetReset ?? 'latest', 'enable.auto.commit': true }),
      });
      const created = (await response.json()) as { instance_id?: string };
      if (!created.instance_id) throw new LiveError('protocol', 'the bridge created no consumer instance');
      instance = created.instance_id;
    }

    async function syncSubscription(): Promise<void> {
      const wanted = topics();
      if (wanted.length === 0) {
        if (instance) await call(`${instancePath()}/subscription`, { method: 'DELETE' });
        return;
      }
      await ensureConsumer();
      await call(`${instancePath()}/subscription`, { method: 'POST', headers: { 'Content-Type': V2 }, body: JSON.stringify({ topics: wanted }) });
    }

    function deliverAll(records: BridgeRecord[]): void {
      const receivedAt = env.now();
      for (const record of records) {
        const headers: Record<string, string> = {};
        for (const header of record.headers ?? []) headers[header.key] = textOfBase64(header.value);
        const meta: IncomingMessage['meta'] = {};
        if (record.partition !== undefined) meta.partition = record.partition;
        if (record.offset !== undefined) meta.offset = record.offset;
        if (record.timestamp !== undefined) meta.timestamp = record.timestamp;
        if (record.key) meta.key = textOfBase64(record.key);
        const payload = payloadOf(record.value ? bytesOfBase64(record.value) : new Uint8Array(), maxMessageBytes);
        for (const { topic, deliver } of subscribers.values()) {
          if (topic === record.topic) deliver({ address: record.topic, subscription: topic, headers, meta, payload, receivedAt });
        }
      }
    }

    async function pollLoop(): Promise<void> {
      if (polling) return;
      polling = true;
      const timeout = settings.kafka?.pollTimeoutMs ?? 1000;
      try {
        while (!closing.signal.aborted && subscribers.size > 0) {
          const response = await call(`${instancePath()}/records?timeout=${timeout}`, { headers: { Accept: BINARY } });
          const records = (await response.json()) as BridgeRecord[];
          if (records.length > 0) deliverAll(records);
          else await new Promise((r) => env.timers.set(() => r(undefined), IDLE_POLL_DELAY_MS));
        }
      } catch (error) {
        // A bridge restart forgets its consumers (404): the connection reconnects and subscribes again.
        if (!closing.signal.aborted && !lost) {
          lost = true;
          context.onLost(error instanceof LiveError ? new LiveError('lost', error.detail ?? error.message) : new LiveError('lost'));
        }
      } finally {
        polling = false;
      }
    }

    const session: AdapterSession = {
      note: info.bridge_version ? `Strimzi Kafka Bridge ${info.bridge_version}` : undefined,
      async subscribe(topic, deliver) {
        const id = nextId++;
        subscribers.set(id, { topic, deliver });
        try {
          await syncSubscription();
        } catch (error) {
          subscribers.delete(id);
          throw error;
        }
        void pollLoop();
        return async () => {
          subscribers.delete(id);
          if (!closing.signal.aborted) await syncSubscription();
        };
      },
      async publish(topic, payload, headers, options) {
        const record: Record<string, unknown> = { value: base64OfBytes(bytesOf(payload)) };
        if (options.key !== undefined) record.key = base64OfText(options.key);
        const entries = Object.entries(headers);
        if (entries.length > 0) record.headers = entries.map(([key, value]) => ({ key, value: base64OfText(value) }));
        const response = await call(`/topics/${encodeURIComponent(topic)}`, {
          method: 'POST',
          headers: { 'Content-Type': BINARY, Accept: V2 },
          body: JSON.stringify({ records: [record] }),
        });
        const result = (await response.json().catch(() => ({}))) as { offsets?: Array<{ error_code?: number; message?: string }> };
        const failed = result.offsets?.find((offset) => offset.error_code !== undefined);
        if (failed) throw new LiveError('rejected', `Kafka error ${failed.error_code}${failed.message ? `: ${failed.message}` : ''}`);
      },
      async close() {
        closing.abort();
        subscribers.clear();
        if (!instance) return;
        // keepalive: the bridge should forget this consumer even when the tab is closing.
        const headers: Record<string, string> = authorization ? { Authorization: authorization } : {};
        await fetchImpl(`${base}${instancePath()}`, { method: 'DELETE', headers, keepalive: true }).catch(() => undefined);
      },
    };
    return session;
  },
};

