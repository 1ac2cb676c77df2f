import { stringify } from '@asyncapi/parser';
import { describe, expect, it } from 'vitest';
import { parseCorpus, parseText } from '@/lib/docs/testDocuments';
import { labMessages } from '@/lib/messageLab/labMessages';
import { findTemplate } from '@/lib/templates';
import { liveViewFromJson } from './liveView';
import type { LiveView } from './liveView';
import { planLive } from './plan';

/** As the worker hands it over: the parser's `stringify(document)`, read back. */
async function viewOfCorpus(path: string): Promise<LiveView> {
  return liveViewFromJson(stringify(await parseCorpus(path))!);
}

async function viewOfTemplate(id: string): Promise<LiveView> {
  return liveViewFromJson(stringify(await parseText(findTemplate(id)!.text))!);
}

describe('buildLiveView on 3.x and 2.x documents', () => {
  it('reads servers with their variables, channels with parameters, and operations with the panel\'s role (3.0)', async () => {
    const document = await parseCorpus('spec-examples/3.0.0/streetlights-mqtt-asyncapi.yml');
    const view = liveViewFromJson(stringify(document)!);
    expect(view.specVersion).toBe('3.0.0');
    expect(view.servers).toEqual([
      expect.objectContaining({
        id: 'production',
        protocol: 'mqtt',
        urlTemplate: 'mqtt://test.mosquitto.org:{port}',
        variables: [expect.objectContaining({ name: 'port', defaultValue: '1883', enum: ['1883', '8883'] })],
        route: expect.objectContaining({ kind: 'gateway', adapter: 'mqtt' }),
      }),
    ]);
    const measured = view.channels.find((c) => c.id === 'lightingMeasured')!;
    expect(measured.address).toBe('smartylighting/streetlights/1/0/event/{streetlightId}/lighting/measured');
    expect(measured.parameters).toEqual([expect.objectContaining({ name: 'streetlightId' })]);
    const receive = view.operations.find((o) => o.id === 'receiveLightMeasurement')!;
    expect(receive).toMatchObject({ action: 'receive', role: 'send', channelId: 'lightingMeasured', bindings: { mqttQos: 1 } });
    expect(view.operations.find((o) => o.id === 'turnOn')).toMatchObject({ action: 'send', role: 'receive' });
    // Every message id is the lab's own id, so the lab's schemas and generated examples apply.
    const labIds = new Set(labMessages(document).map((m) => m.id));
    for (const operation of view.operations) for (const id of operation.messageIds) expect(labIds.has(id)).toBe(true);
    expect(view.messages.find((m) => m.id === receive.messageIds[0])).toMatchObject({ name: 'lightMeasured', contentType: 'application/json', payload: { kind: 'json-schema' } });
  });

  it('reads 2.x: the URL as written, operationIds, and publish/subscribe as receive/send', async () => {
    const view = await viewOfCorpus('spec-examples/2.6.0/streetlights-mqtt.yml');
    expect(view.servers[0]).toMatchObject({ urlTemplate: 'mqtt://test.mosquitto.org:{port}', variables: [{ name: 'port', defaultValue: '1883' }] });
    expect(view.operations.find((o) => o.id === 'receiveLightMeasurement')).toMatchObject({ action: 'receive', role: 'send' });
    expect(view.operations.find((o) => o.id === 'turnOn')).toMatchObject({ action: 'send', role: 'receive', messageIds: [expect.any(String)] });
    const gitter = await viewOfCorpus('spec-examples/2.6.0/gitter-streaming.yml');
    expect(gitter.servers[0]).toMatchObject({ urlTemplate: 'https://stream.gitter.im/v1', route: { kind: 'direct', send: 'http', receive: 'sse' } });
    expect(gitter.operations[0]!.messageIds).toHaveLength(2);
  });
});

describe('planLive', () => {
  it('fills server variables and channel parameters; subscribes with a wildcard for an empty parameter; guesses the broker\'s WebSocket URL', async () => {
    const view = await viewOfCorpus('spec-examples/3.0.0/streetlights-mqtt-asyncapi.yml');
    const plan = planLive(view, {
      serverId: 'production',
      operationIds: ['receiveLightMeasurement', 'turnOn'],
      parameterValues: { lightingMeasured: { streetlightId: 'lamp-7' } },
    });
    expect(plan).toMatchObject({ ok: true });
    if (!plan.ok) return;
    expect(plan.endpoints).toHaveLength(1);
    const [endpoint] = plan.endpoints;
    expect(endpoint!.settings).toEqual({ adapter: 'mqtt', url: 'ws://test.mosquitto.org', mqtt: { protocolVersion: 'auto' } });
    expect(endpoint!.publish).toEqual([
      expect.objectContaining({ channelId: 'lightingMeasured', address: 'smartylighting/streetlights/1/0/event/lamp-7/lighting/measured', publishOptions: { qos: 1, contentType: 'application/json' } }),
    ]);
    expect(endpoint!.subscribe).toEqual([expect.objectContaining({ channelId: 'lightTurnOn', address: 'smartylighting/streetlights/1/0/action/+/turn/on' })]);
    expect(plan.notes[0]).toMatch(/guess/);
    const given = planLive(view, { serverId: 'production', operationIds: ['turnOn'], endpointUrl: 'wss://broker.example.com:8084/mqtt' });
    expect(given.ok && given.endpoints[0]!.settings.url).toBe('wss://broker.example.com:8084/mqtt');
  });

  it('names what is missing or wrong: a variable outside its enum, a parameter that would change the topic, an unknown operation', async () => {
    const view = await viewOfCorpus('spec-examples/3.0.0/streetlights-mqtt-asyncapi.yml');
    expect(planLive(view, { serverId: 'production', serverValues: { port: '9999' }, operationIds: ['turnOn'] })).toEqual({
      ok: false,
      problems: ['Server variable “port” must be one of “1883”, “8883”, not “9999”.'],
    });
    const slash = planLive(view, { serverId: 'production', operationIds: ['receiveLightMeasurement'], parameterValues: { lightingMeasured: { streetlightId: 'a/b' } } });
    expect(slash).toEqual({ ok: false, problems: ['Parameter “streetlightId” holds a character that would change the address (“a/b”).'] });
    const none = planLive(view, { serverId: 'production', operationIds: ['receiveLightMeasurement'] });
    expect(none).toEqual({ ok: false, problems: ['Parameter “streetlightId” of channel “lightingMeasured” needs a value.'] });
    expect(planLive(view, { serverId: 'nope', operationIds: [] })).toEqual({ ok: false, problems: ['There is no server “nope” in the document.'] });
    expect(planLive(view, { serverId: 'production', operationIds: ['nope'] })).toEqual({ ok: false, problems: ['There is no operation “nope” in the document.'] });
  });

  it('puts a WebSocket channel\'s address in the URL, percent-encoded, checked against its enum', async () => {
    const view = await viewOfCorpus('spec-examples/3.0.0/websocket-gemini-asyncapi.yml');
    const plan = planLive(view, { serverId: 'public', operationIds: ['sendMarketData'], parameterValues: { marketDataV1: { symbol: 'btcusd' } } });
    expect(plan.ok && plan.endpoints.map((e) => [e.settings, e.subscribe.map((s) => s.address)])).toEqual([
      [{ adapter: 'ws', url: 'wss://api.gemini.com/v1/marketdata/btcusd' }, ['/v1/marketdata/{symbol}']],
    ]);
    const wrong = planLive(view, { serverId: 'public', operationIds: ['sendMarketData'], parameterValues: { marketDataV1: { symbol: 'doge usd' } } });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.problems[0]).toMatch(/must be one of/);
    const template = await viewOfTemplate('websocket');
    const both = planLive(template, { serverId: 'public', operationIds: template.operations.map((o) => o.id) });
    expect(both.ok && both.endpoints.map((e) => [e.settings.url, e.subscribe.length, e.publish.length])).toEqual([['wss://stream.example.com/v1/prices', 1, 1]]);
  });

  it('streams HTTP with server-sent events (event names from the message names) and sends with POST', async () => {
    const view = await viewOfTemplate('http-sse');
    const plan = planLive(view, { serverId: 'api', operationIds: ['streamBuildEvents'], parameterValues: { buildEvents: { buildId: '4812' } } });
    expect(plan.ok && plan.endpoints[0]!.settings).toEqual({ adapter: 'sse', url: 'https://ci.example.com/api/builds/4812/events', sse: { eventTypes: ['stepFinished', 'buildFinished'] } });
    const gitter = await viewOfCorpus('spec-examples/2.6.0/gitter-streaming.yml');
    const send = planLive(gitter, {
      serverId: 'production',
      operationIds: [gitter.operations[0]!.id],
      roles: { [gitter.operations[0]!.id]: 'send' },
      parameterValues: { '/rooms/{roomId}/{resource}': { roomId: 'r 1', resource: 'events' } },
    });
    expect(send.ok && send.endpoints[0]!.settings).toEqual({ adapter: 'http', url: 'https://stream.gitter.im/v1/rooms/r%201/events' });
  });

  it('reaches Kafka through the bridge the user names, and explains what a browser cannot reach', async () => {
    const kafka = await viewOfTemplate('kafka');
    const ids = kafka.operations.map((o) => o.id);
    const missing = planLive(kafka, { serverId: kafka.servers[0]!.id, operationIds: ids });
    expect(!missing.ok && missing.problems[0]).toMatch(/Strimzi Kafka Bridge/);
    const plan = planLive(kafka, { serverId: kafka.servers[0]!.id, operationIds: ids, endpointUrl: 'https://bridge.example.com' });
    expect(plan.ok && plan.endpoints.map((e) => [e.settings.adapter, [...e.subscribe, ...e.publish].map((p) => p.address).sort()])).toEqual([
      ['kafka-bridge', ['orders.placed', 'payments.completed']],
    ]);
    const amqp = await viewOfTemplate('amqp');
    const refused = planLive(amqp, { serverId: amqp.servers[0]!.id, operationIds: amqp.operations.map((o) => o.id) });
    expect(!refused.ok && refused.problems[0]).toMatch(/raw TCP.*web-stomp/);
    const nats = await viewOfTemplate('nats');
    const natsPlan = planLive(nats, { serverId: nats.servers[0]!.id, operationIds: nats.operations.filter((o) => o.role === 'receive').map((o) => o.id) });
    expect(natsPlan.ok && natsPlan.endpoints[0]!.settings.url).toBe('ws://nats.example.com');
    expect(natsPlan.ok && natsPlan.endpoints[0]!.subscribe.map((s) => s.address)).toEqual(['warehouse.*.stock']);
  });

  it('subscribes to a Mercure hub\'s topic as server-sent events', async () => {
    const view = await viewOfCorpus('spec-examples/3.0.0/mercure-asyncapi.yml');
    const operation = view.operations.find((o) => o.role === 'receive')!;
    const plan = planLive(view, { serverId: view.servers[0]!.id, operationIds: [operation.id] });
    expect(plan.ok && plan.endpoints[0]!.settings.adapter).toBe('sse');
    expect(plan.ok && plan.endpoints[0]!.settings.url).toBe(`https://demo.mercure.rocks/.well-known/mercure?topic=${encodeURIComponent('https://example.com/books/{id}')}`);
  });
});
