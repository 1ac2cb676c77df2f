import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/docs/testDocuments';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { buildLiveView } from './document/liveView';
import { planLive } from './document/plan';
import { chosenChannels, credentialFields, defaultChoice, describeStatus, endpointField, generatedTexts, headersFromText, operationChoices, withStompVirtualHost } from './panelModel';

const MIXED = `asyncapi: 3.0.0
info: { title: Mixed, version: 1.0.0 }
servers:
  events: { host: 'api.example.com', protocol: https }
  queue: { host: 'amqp.example.com', protocol: amqp }
  broker: { host: 'broker.example.com:{port}', protocol: stomp, pathname: /ws, variables: { port: { default: '15674' } } }
channels:
  orders:
    address: /topic/orders.{kind}
    parameters: { kind: { enum: [placed, paid] } }
    messages:
      order:
        payload: { type: object, properties: { id: { type: string } } }
        headers: { type: object, properties: { attempt: { type: integer } } }
  audit:
    address: /audit
    servers: [{ $ref: '#/servers/events' }]
operations:
  placeOrder: { action: receive, channel: { $ref: '#/channels/orders' } }
  orderEvents: { action: send, channel: { $ref: '#/channels/orders' } }
  auditTrail: { action: send, channel: { $ref: '#/channels/audit' } }
`;

describe('the Try panel\'s model of a document', () => {
  it('lists each operation for a server with the client it would use, or why it cannot', async () => {
    const view = buildLiveView(await parseText(MIXED));
    const forQueue = operationChoices(view, 'queue');
    expect(forQueue.every((c) => c.adapter === undefined && /raw TCP/.test(c.unavailable!))).toBe(true);
    const forBroker = operationChoices(view, 'broker');
    expect(forBroker.map((c) => [c.operation.id, c.adapter ?? c.unavailable])).toEqual([
      ['placeOrder', 'stomp'],
      ['orderEvents', 'stomp'],
      ['auditTrail', 'its channel is not on server “broker”'],
    ]);
    // HTTP sends with fetch and receives as server-sent events.
    expect(operationChoices(view, 'events').map((c) => c.adapter)).toEqual(['http', 'sse', 'sse']);
  });

  it('starts with the first server a browser can reach and every operation it can do there', async () => {
    const view = buildLiveView(await parseText(MIXED));
    expect(defaultChoice(view)).toEqual({ serverId: 'events', operationIds: ['placeOrder', 'orderEvents', 'auditTrail'] });
    expect(chosenChannels(view, ['placeOrder']).map((c) => c.id)).toEqual(['orders']);
    expect(chosenChannels(view, ['auditTrail'])).toEqual([]);
  });

  it('suggests the gateway URL from the server URL and its variables, and asks for credentials the client can carry', async () => {
    const view = buildLiveView(await parseText(MIXED));
    const broker = view.servers.find((s) => s.id === 'broker')!;
    expect(endpointField(broker, {})?.suggestion).toBe('ws://broker.example.com:15674/ws');
    expect(endpointField(broker, { port: '15675' })?.suggestion).toBe('ws://broker.example.com:15675/ws');
    expect(endpointField(view.servers.find((s) => s.id === 'events')!, {})).toBeNull();
    expect(credentialFields(broker)).toEqual(['username', 'password']);
    expect(credentialFields(view.servers.find((s) => s.id === 'events'))).toEqual(['username', 'password', 'token']);

    const kafka = buildLiveView(await parseText(DEFAULT_DOCUMENT)).servers.find((s) => s.protocol === 'kafka')!;
    expect(endpointField(kafka, {})).toMatchObject({ suggestion: '', label: 'Kafka HTTP bridge URL' });
  });

  it('gives STOMP endpoints the virtual host typed in', async () => {
    const view = buildLiveView(await parseText(MIXED));
    const plan = withStompVirtualHost(planLive(view, { serverId: 'broker', operationIds: ['placeOrder'], parameterValues: { orders: { kind: 'paid' } } }), '/');
    expect(plan.ok && plan.endpoints.map((e) => e.settings.stomp)).toEqual([{ virtualHost: '/' }]);
  });

  it('starts the send form from the lab\'s generated example, headers as text', async () => {
    const view = buildLiveView(await parseText(MIXED));
    const texts = generatedTexts(view.messages[0]);
    expect(JSON.parse(texts.payload)).toEqual(expect.objectContaining({ id: expect.any(String) }));
    // A header travels as text: an integer header is written as its digits.
    expect(JSON.parse(texts.headers)).toEqual({ attempt: expect.stringMatching(/^\d+$/) });
  });

  it('reads the headers field as a JSON object of texts, and says what is wrong otherwise', () => {
    expect(headersFromText('')).toEqual({ ok: true, headers: {} });
    expect(headersFromText('{"a": "x", "n": 2, "o": {"k": true}}')).toEqual({ ok: true, headers: { a: 'x', n: '2', o: '{"k":true}' } });
    expect(headersFromText('[1]')).toMatchObject({ ok: false, message: expect.stringMatching(/JSON object/) });
    expect(headersFromText('{')).toMatchObject({ ok: false, message: expect.stringMatching(/^Headers must be a JSON object: /) });
  });

  it('says each status in words, with the reason and the backoff', () => {
    expect(describeStatus({ state: 'connecting', attempt: 1 })).toBe('Connecting…');
    expect(describeStatus({ state: 'connected', since: 0, note: 'MQTT 3.1.1' })).toBe('Connected (MQTT 3.1.1)');
    expect(describeStatus({ state: 'retrying', attempt: 2, delayMs: 1234, reason: { code: 'lost', message: 'The connection was lost.' } })).toBe(
      'Connection lost; retrying in 1.2 s (attempt 2). The connection was lost.',
    );
    expect(describeStatus({ state: 'closed', reason: { code: 'refused', message: 'Could not connect.' } })).toBe('Closed: Could not connect.');
  });
});
