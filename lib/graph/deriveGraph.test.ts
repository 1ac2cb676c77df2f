import { describe, expect, it } from 'vitest';
import { corpusManifest } from '@/lib/testing/corpus';
import { graphSignature } from './deriveGraph';
import type { FlowGraph } from './flowGraph';
import { edgeBetween, graphOfCorpus, graphOfText, lineOf, nodeById, nodesOfKind } from './graphTestKit';
import type { ParsedGraph } from './graphTestKit';

const STREETLIGHTS_2_0 = 'spec-examples/2.0.0/streetlights.yml';
const STREETLIGHTS_2_6 = 'spec-examples/2.6.0/streetlights-kafka.yml';
const STREETLIGHTS_3_0 = 'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml';
const KRAKEN_3_0 = 'spec-examples/3.0.0/kraken-websocket-request-reply-multiple-channels-asyncapi.yml';
const RPC_SERVER_3_0 = 'spec-examples/3.0.0/rpc-server-asyncapi.yml';

function expectWellFormed(graph: FlowGraph): void {
  const ids = new Set(graph.nodes.map((n) => n.id));
  expect(ids.size).toBe(graph.nodes.length);
  expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  for (const edge of graph.edges) {
    expect(ids, `source of ${edge.id}`).toContain(edge.source);
    expect(ids, `target of ${edge.id}`).toContain(edge.target);
  }
  // Must survive postMessage's structured clone unchanged.
  expect(structuredClone(graph)).toEqual(graph);
}

function expectCountsMatchModel({ document, graph }: ParsedGraph): void {
  expect(nodesOfKind(graph, 'application')).toHaveLength(1);
  expect(nodesOfKind(graph, 'server')).toHaveLength(document.servers().length);
  expect(nodesOfKind(graph, 'channel')).toHaveLength(document.channels().length);
  expect(nodesOfKind(graph, 'operation')).toHaveLength(document.operations().length);
  expect(nodesOfKind(graph, 'message')).toHaveLength(document.messages().length);
}

describe('deriveGraph on corpus documents', () => {
  it.each([STREETLIGHTS_2_0, STREETLIGHTS_2_6, STREETLIGHTS_3_0, KRAKEN_3_0, RPC_SERVER_3_0])(
    '%s: one node per model element, every edge between existing nodes',
    async (path) => {
      const parsed = await graphOfCorpus(path);
      expectCountsMatchModel(parsed);
      expectWellFormed(parsed.graph);
      expect(parsed.graph.nodes.length).toBeGreaterThan(4);
      // Every channel is hosted, every message travels on a channel.
      for (const channel of nodesOfKind(parsed.graph, 'channel')) {
        if (parsed.document.servers().length === 0) break;
        expect(parsed.graph.edges.some((e) => e.kind === 'hosts' && e.target === channel.id)).toBe(true);
      }
      for (const message of nodesOfKind(parsed.graph, 'message')) {
        expect(parsed.graph.edges.some((e) => e.kind === 'carries' && e.target === message.id)).toBe(true);
      }
    },
  );

  it('2.0.0: subscribe means the application sends, publish that it receives', async () => {
    const { document, graph } = await graphOfCorpus(STREETLIGHTS_2_0);
    const turnOn = document.operations().all().find((o) => o.operationId() === 'turnOn');
    expect(turnOn?.action()).toBe('subscribe');
    expect(turnOn?.isSend()).toBe(true);

    const channel = 'channel:smartylighting/streetlights/1/0/action/{streetlightId}/turn/on';
    const op = 'operation:smartylighting/streetlights/1/0/action/{streetlightId}/turn/on/subscribe';
    expect(nodeById(graph, op).label).toBe('turnOn');
    expect(edgeBetween(graph, 'application', op)?.kind).toBe('sends');
    expect(edgeBetween(graph, op, channel)?.kind).toBe('sends');
    expect(edgeBetween(graph, channel, op)).toBeUndefined();

    const measured = 'channel:smartylighting/streetlights/1/0/event/{streetlightId}/lighting/measured';
    const receive = `operation:${measured.slice('channel:'.length)}/publish`;
    expect(nodeById(graph, receive).label).toBe('receiveLightMeasurement');
    expect(edgeBetween(graph, measured, receive)?.kind).toBe('receives');
    expect(edgeBetween(graph, receive, 'application')?.kind).toBe('receives');
  });

  it('2.0.0: ranges of a channel, an operation under it, and a component message', async () => {
    const { graph, text } = await graphOfCorpus(STREETLIGHTS_2_0);
    const channel = 'smartylighting/streetlights/1/0/action/{streetlightId}/turn/on';
    const channelLine = lineOf(text, `  ${channel}:`);
    expect(nodeById(graph, `channel:${channel}`).range?.startLine).toBe(channelLine);
    expect(nodeById(graph, `operation:${channel}/subscribe`).range?.startLine).toBe(
      lineOf(text, '    subscribe:', channelLine),
    );
    const messages = lineOf(text, '  messages:', lineOf(text, 'components:'));
    expect(nodeById(graph, 'message:turnOnOff').range?.startLine).toBe(lineOf(text, '    turnOnOff:', messages));
    expect(nodeById(graph, 'application').range?.startLine).toBe(lineOf(text, 'info:'));
  });

  it('2.6.0: dimLight (subscribe) is drawn as a send, with ranges on the operation', async () => {
    const { graph, text } = await graphOfCorpus(STREETLIGHTS_2_6);
    const channel = 'channel:smartylighting.streetlights.1.0.action.{streetlightId}.dim';
    const op = `operation:smartylighting.streetlights.1.0.action.{streetlightId}.dim/subscribe`;
    expect(edgeBetween(graph, op, channel)?.kind).toBe('sends');
    const channelLine = lineOf(text, '  smartylighting.streetlights.1.0.action.{streetlightId}.dim:');
    expect(nodeById(graph, channel).range?.startLine).toBe(channelLine);
    expect(nodeById(graph, op).range?.startLine).toBe(lineOf(text, '    subscribe:', channelLine));
    expect(nodeById(graph, 'server:scram-connections').facts).toContainEqual({
      label: 'protocol',
      value: 'kafka-secure',
    });
  });

  it('3.0.0: send and receive directions, facts, and source ranges', async () => {
    const { graph, text } = await graphOfCorpus(STREETLIGHTS_3_0);
    expect(edgeBetween(graph, 'application', 'operation:turnOn')?.kind).toBe('sends');
    expect(edgeBetween(graph, 'operation:turnOn', 'channel:lightTurnOn')?.kind).toBe('sends');
    expect(edgeBetween(graph, 'channel:lightingMeasured', 'operation:receiveLightMeasurement')?.kind).toBe(
      'receives',
    );
    expect(edgeBetween(graph, 'operation:receiveLightMeasurement', 'application')?.kind).toBe('receives');
    // Two channels reference the turnOnOff component: one node, carried by both.
    expect(edgeBetween(graph, 'channel:lightTurnOn', 'message:turnOnOff')?.kind).toBe('carries');
    expect(edgeBetween(graph, 'channel:lightTurnOff', 'message:turnOnOff')?.kind).toBe('carries');
    // Channels without a `servers` list are carried by every server.
    expect(edgeBetween(graph, 'server:mtls-connections', 'channel:lightsDim')?.kind).toBe('hosts');
    expect(edgeBetween(graph, 'server:scram-connections', 'channel:lightsDim')?.kind).toBe('hosts');

    expect(nodeById(graph, 'application').label).toBe('Streetlights Kafka API');
    expect(nodeById(graph, 'channel:lightingMeasured').facts).toEqual([
      { label: 'address', value: 'smartylighting.streetlights.1.0.event.{streetlightId}.lighting.measured' },
      { label: 'parameters', value: 'streetlightId' },
    ]);
    expect(nodeById(graph, 'message:lightMeasured').facts).toContainEqual({
      label: 'content type',
      value: 'application/json',
    });

    expect(nodeById(graph, 'channel:lightingMeasured').range?.startLine).toBe(lineOf(text, '  lightingMeasured:'));
    const operations = lineOf(text, 'operations:');
    expect(nodeById(graph, 'operation:turnOn').range?.startLine).toBe(lineOf(text, '  turnOn:', operations));
    // A $ref'd message points at its component, not at the $ref.
    const messages = lineOf(text, '  messages:', lineOf(text, 'components:'));
    expect(nodeById(graph, 'message:lightMeasured').range?.startLine).toBe(
      lineOf(text, '    lightMeasured:', messages),
    );
    expect(nodeById(graph, 'server:mtls-connections').range?.startLine).toBe(lineOf(text, '  mtls-connections:'));
  });

  it('3.0.0 request/reply: an operation points at its reply channel', async () => {
    const { graph } = await graphOfCorpus(KRAKEN_3_0);
    expect(edgeBetween(graph, 'operation:receivePing', 'channel:pong')?.kind).toBe('reply');
    expect(edgeBetween(graph, 'operation:subscribe', 'channel:currencyInfo')?.kind).toBe('reply');
    expect(edgeBetween(graph, 'operation:unsubscribe', 'channel:currencyInfo')?.kind).toBe('reply');
    expect(graph.edges.filter((e) => e.kind === 'reply')).toHaveLength(3);
  });

  it('ids are stable when a description changes, and change when the structure does', async () => {
    const before = await graphOfCorpus(STREETLIGHTS_3_0);
    const edited = before.text.replace(
      'The topic on which measured values may be produced and consumed.',
      'Where lighting measurements are published.\n    # and a new comment line',
    );
    expect(edited).not.toBe(before.text);
    const after = await graphOfText(edited);
    expect(graphSignature(after.graph)).toBe(graphSignature(before.graph));
    expect(after.graph.nodes.map((n) => n.id)).toEqual(before.graph.nodes.map((n) => n.id));
    // Ranges follow the text even though ids stay put.
    const shifted = nodeById(after.graph, 'operation:turnOn').range?.startLine;
    expect(shifted).toBe((nodeById(before.graph, 'operation:turnOn').range?.startLine ?? 0) + 1);

    const renamed = await graphOfText(before.text.replace(/lightsDim/g, 'lightsDimmed'));
    expect(graphSignature(renamed.graph)).not.toBe(graphSignature(before.graph));
  });
});

const INLINE_3_0 = `asyncapi: 3.0.0
info:
  title: Inline
  version: 0.1.0
servers:
  east:
    host: east.example.com
    protocol: mqtt
    protocolVersion: '5'
  west:
    host: west.example.com
    protocol: mqtt
channels:
  requests:
    address: requests
    servers:
      - $ref: '#/servers/east'
    messages:
      ask:
        payload:
          type: string
  answers:
    address: null
    messages:
      answer:
        contentType: text/plain
        payload:
          type: string
operations:
  answerQuestion:
    action: receive
    summary: Answers questions.
    channel:
      $ref: '#/channels/requests'
    reply:
      address:
        location: $message.header#/replyTo
  askWithChannel:
    action: send
    channel:
      $ref: '#/channels/requests'
    reply:
      address:
        location: $message.header#/replyTo
      channel:
        $ref: '#/channels/answers'
`;

describe('deriveGraph on an inline 3.0 document', () => {
  it('hosts only listed servers, and draws replies to a channel or to a bare address', async () => {
    const parsed = await graphOfText(INLINE_3_0);
    const { graph } = parsed;
    expectWellFormed(graph);
    expect(edgeBetween(graph, 'server:east', 'channel:requests')?.kind).toBe('hosts');
    expect(edgeBetween(graph, 'server:west', 'channel:requests')).toBeUndefined();
    expect(edgeBetween(graph, 'server:west', 'channel:answers')?.kind).toBe('hosts');

    expect(edgeBetween(graph, 'operation:askWithChannel', 'channel:answers')).toMatchObject({
      kind: 'reply',
      label: '$message.header#/replyTo',
    });
    const bare = nodeById(graph, 'reply-address:answerQuestion');
    expect(bare.kind).toBe('channel');
    expect(edgeBetween(graph, 'operation:answerQuestion', bare.id)?.kind).toBe('reply');
    expect(bare.range?.startLine).toBe(lineOf(parsed.text, '      address:'));
    // The bare reply address is the one channel node the model does not count.
    expect(nodesOfKind(graph, 'channel')).toHaveLength(parsed.document.channels().length + 1);

    expect(nodeById(graph, 'server:east').facts).toEqual([
      { label: 'protocol', value: 'mqtt 5' },
      { label: 'host', value: 'east.example.com' },
    ]);
    expect(nodeById(graph, 'operation:answerQuestion').facts).toEqual([
      { label: 'action', value: 'receive' },
      { label: 'summary', value: 'Answers questions.' },
    ]);
    // Inline messages are keyed by where they are defined.
    const answer = nodeById(graph, 'message:/channels/answers/messages/answer');
    expect(answer.label).toBe('answer');
    expect(answer.facts[0]).toEqual({ label: 'content type', value: 'text/plain' });
    expect(answer.range?.startLine).toBe(lineOf(parsed.text, '      answer:'));
  });
});

describe('deriveGraph on every parseable corpus document', () => {
  const entries = corpusManifest().filter(
    (e) => e.kind === 'document' && e.parser_errors === 0 && e.path.startsWith('spec-examples/'),
  );

  it.each(entries.map((e) => e.path))('%s', async (path) => {
    const parsed = await graphOfCorpus(path);
    expectWellFormed(parsed.graph);
    expect(nodesOfKind(parsed.graph, 'application')).toHaveLength(1);
    expect(nodesOfKind(parsed.graph, 'operation')).toHaveLength(parsed.document.operations().length);
    expect(nodesOfKind(parsed.graph, 'message')).toHaveLength(parsed.document.messages().length);
    const replyAddresses = parsed.graph.nodes.filter((n) => n.id.startsWith('reply-address:')).length;
    expect(nodesOfKind(parsed.graph, 'channel')).toHaveLength(parsed.document.channels().length + replyAddresses);
    // Messages and servers may live in another file; everything keyed in this one has a range.
    for (const node of parsed.graph.nodes.filter((n) => n.kind === 'channel' || n.kind === 'operation')) {
      expect(node.range, `range of ${node.id}`).toBeDefined();
    }
  });
});
