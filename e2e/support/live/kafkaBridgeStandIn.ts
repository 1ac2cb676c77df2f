import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningServer } from './process';

/**
 * NOT Kafka: there is no Kafka broker or bridge on this machine (Kafka is not packaged by Debian, and the
 * Strimzi bridge needs a Kafka cluster). This stand-in answers the subset of the Strimzi Kafka Bridge's
 * published HTTP API (src/main/resources/openapi.json of strimzi/strimzi-kafka-bridge) that the studio
 * uses, as strictly as that spec says: content types, binary (base64) records and headers, consumer
 * instances, subscriptions, polling. It checks our client against the published contract, not against
 * a real bridge's quirks; say so wherever its results are quoted.
 */
const V2 = 'application/vnd.kafka.v2+json';
const FORMATS: Record<string, string> = { binary: 'application/vnd.kafka.binary.v2+json', json: 'application/vnd.kafka.json.v2+json' };

interface StoredRecord {
  topic: string;
  key: string | null;
  value: string | null;
  headers: Array<{ key: string; value: string }>;
  offset: number;
}

interface Consumer {
  format: string;
  reset: string;
  topics: string[];
  positions: Map<string, number>;
}

export interface KafkaBridgeStandIn extends RunningServer {
  /** Produces a record as another client would (value and header values as UTF-8 text). */
  produce(topic: string, value: string, headers?: Record<string, string>): void;
  /** Every record of a topic, decoded (for assertions). */
  records(topic: string): Array<{ value: string; headers: Record<string, string>; key: string | null }>;
  consumerCount(): number;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const unb64 = (text: string) => Buffer.from(text, 'base64').toString('utf8');
const isBase64 = (text: unknown) => typeof text === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 === 0;

export async function startKafkaBridgeStandIn(): Promise<KafkaBridgeStandIn> {
  const topics = new Map<string, StoredRecord[]>();
  const groups = new Map<string, Map<string, Consumer>>();
  const waiting = new Set<() => void>();
  let nextInstance = 1;

  const log = (topic: string) => {
    if (!topics.has(topic)) topics.set(topic, []);
    return topics.get(topic)!;
  };
  const append = (topic: string, record: Omit<StoredRecord, 'offset' | 'topic'>) => {
    const records = log(topic);
    records.push({ ...record, topic, offset: records.length });
    for (const wake of [...waiting]) wake();
  };

  const send = (response: ServerResponse, status: number, body?: unknown, type = V2) => {
    if (body === undefined) return void response.writeHead(status).end();
    response.writeHead(status, { 'Content-Type': type }).end(JSON.stringify(body));
  };
  const fail = (response: ServerResponse, status: number, message: string) => send(response, status, { error_code: status, message });

  async function readJson(request: IncomingMessage): Promise<unknown> {
    let text = '';
    for await (const chunk of request) text += chunk;
    return text === '' ? undefined : JSON.parse(text);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://bridge');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (request.method === 'GET' && parts.length === 0) return send(response, 200, { bridge_version: 'stand-in (not a real bridge)' }, 'application/json');

    if (parts[0] === 'topics' && parts.length === 2 && request.method === 'POST') {
      const format = Object.entries(FORMATS).find(([, type]) => type === contentType)?.[0];
      if (!format) return fail(response, 415, `unsupported Content-Type ${contentType}`);
      const body = (await readJson(request)) as { records?: Array<Record<string, unknown>> } | undefined;
      if (!body || !Array.isArray(body.records)) return fail(response, 422, 'records missing');
      const offsets = [];
      for (const record of body.records) {
        const extra = Object.keys(record).filter((k) => !['key', 'value', 'partition', 'timestamp', 'headers'].includes(k));
        if (extra.length > 0) return fail(response, 422, `unknown record fields ${extra.join(', ')}`);
        if (format === 'binary' && !(record.value === null || isBase64(record.value))) return fail(response, 422, 'binary value must be base64');
        if (format === 'binary' && record.key !== undefined && !isBase64(record.key)) return fail(response, 422, 'binary key must be base64');
        const headers = (record.headers ?? []) as Array<{ key: unknown; value: unknown }>;
        if (!Array.isArray(headers) || headers.some((h) => typeof h.key !== 'string' || !isBase64(h.value))) return fail(response, 422, 'headers must be [{key, value: base64}]');
        const value = format === 'binary' ? (record.value as string | null) : b64(JSON.stringify(record.value));
        const key = record.key === undefined ? null : format === 'binary' ? (record.key as string) : b64(JSON.stringify(record.key));
        append(parts[1]!, { key, value, headers: headers as StoredRecord['headers'] });
        offsets.push({ partition: 0, offset: log(parts[1]!).length - 1 });
      }
      return send(response, 200, { offsets });
    }

    if (parts[0] !== 'consumers' || parts.length < 2) return fail(response, 404, 'not found');
    const group = parts[1]!;
    if (parts.length === 2 && request.method === 'POST') {
      if (contentType !== V2) return fail(response, 415, `consumer creation needs Content-Type ${V2}`);
      const body = ((await readJson(request)) ?? {}) as { name?: string; format?: string; 'auto.offset.reset'?: string };
      const name = body.name ?? `consumer-${nextInstance++}`;
      if (!groups.has(group)) groups.set(group, new Map());
      if (groups.get(group)!.has(name)) return fail(response, 409, 'A consumer instance with the specified name already exists in the Kafka Bridge.');
      const format = body.format ?? 'binary';
      if (!FORMATS[format]) return fail(response, 422, `unknown format ${format}`);
      groups.get(group)!.set(name, { format, reset: body['auto.offset.reset'] ?? 'latest', topics: [], positions: new Map() });
      return send(response, 200, { instance_id: name, base_uri: `http://${request.headers.host}/consumers/${group}/instances/${name}` });
    }
    const consumer = parts[2] === 'instances' && parts[3] ? groups.get(group)?.get(parts[3]) : undefined;
    if (!consumer) return fail(response, 404, 'The specified consumer instance was not found.');
    const rest = parts.slice(4).join('/');
    if (rest === '' && request.method === 'DELETE') {
      groups.get(group)!.delete(parts[3]!);
      return send(response, 204);
    }
    if (rest === 'subscription' && request.method === 'POST') {
      if (contentType !== V2) return fail(response, 415, `subscription needs Content-Type ${V2}`);
      const body = (await readJson(request)) as { topics?: unknown };
      if (!body || !Array.isArray(body.topics)) return fail(response, 422, 'topics missing');
      consumer.topics = body.topics as string[];
      for (const topic of consumer.topics) {
        if (!consumer.positions.has(topic)) consumer.positions.set(topic, consumer.reset === 'earliest' ? 0 : log(topic).length);
      }
      return send(response, 204);
    }
    if (rest === 'subscription' && request.method === 'DELETE') {
      consumer.topics = [];
      return send(response, 204);
    }
    if (rest === 'records' && request.method === 'GET') {
      if (request.headers.accept !== FORMATS[consumer.format]) return fail(response, 406, `this consumer's format needs Accept: ${FORMATS[consumer.format]}`);
      const take = () => {
        const out = [];
        for (const topic of consumer.topics) {
          const records = log(topic);
          for (let i = consumer.positions.get(topic) ?? records.length; i < records.length; i++) {
            const r = records[i]!;
            out.push({ topic, key: r.key, value: r.value, partition: 0, offset: r.offset, headers: r.headers });
          }
          consumer.positions.set(topic, records.length);
        }
        return out;
      };
      let out = take();
      if (out.length === 0) {
        const timeout = Math.min(Number(url.searchParams.get('timeout') ?? 0) || 0, 5_000);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiting.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, timeout);
          waiting.add(wake);
        });
        out = take();
      }
      return send(response, 200, out, FORMATS[consumer.format]);
    }
    return fail(response, 404, 'not found');
  }

  const http = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
    response.setHeader('Access-Control-Allow-Headers', request.headers['access-control-request-headers'] ?? '*');
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    handle(request, response).catch((error: unknown) => fail(response, 500, String(error)));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    produce(topic, value, headers = {}) {
      append(topic, { key: null, value: b64(value), headers: Object.entries(headers).map(([key, v]) => ({ key, value: b64(v) })) });
    },
    records(topic) {
      return log(topic).map((r) => ({
        value: r.value === null ? '' : unb64(r.value),
        key: r.key === null ? null : unb64(r.key),
        headers: Object.fromEntries(r.headers.map((h) => [h.key, unb64(h.value)])),
      }));
    },
    consumerCount: () => [...groups.values()].reduce((n, g) => n + g.size, 0),
    async stop() {
      for (const wake of [...waiting]) wake();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
