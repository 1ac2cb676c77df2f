import { describe, expect, it } from 'vitest';
import type { FlowGraph } from './flowGraph';
import { graphOfCorpus, graphOfText, nodesOfKind } from './graphTestKit';
import { estimateNodeSize, layoutGraph } from './layoutGraph';
import type { NodeBox } from './layoutGraph';

/** A 3.0 document with `count` channels, each with a send, a receive and a message. */
function generatedDocument(count: number): string {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    channels[`channel${i}`] = {
      address: `service.${i % 7}.events.{entityId}.topic${i}`,
      parameters: { entityId: {} },
      messages: { [`event${i}`]: { contentType: 'application/json', payload: { type: 'object' } } },
    };
    operations[`publish${i}`] = { action: 'send', channel: { $ref: `#/channels/channel${i}` } };
    operations[`consume${i}`] = {
      action: 'receive',
      summary: `Consumes the events of topic ${i}.`,
      channel: { $ref: `#/channels/channel${i}` },
    };
  }
  return JSON.stringify({
    asyncapi: '3.0.0',
    info: { title: 'Generated', version: '1.0.0' },
    servers: {
      primary: { host: 'broker-a.example.com:9092', protocol: 'kafka' },
      secondary: { host: 'broker-b.example.com:9092', protocol: 'kafka' },
    },
    channels,
    operations,
  });
}

function overlaps(a: NodeBox, b: NodeBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectNoOverlap(graph: FlowGraph, boxes: Record<string, NodeBox>): void {
  const placed = graph.nodes.map((n) => {
    const box = boxes[n.id];
    expect(box, `box of ${n.id}`).toBeDefined();
    return { id: n.id, box: box! };
  });
  // Sweep along x so the check stays near-linear on a thousand boxes.
  placed.sort((a, b) => a.box.x - b.box.x);
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i]!;
    for (let j = i + 1; j < placed.length; j++) {
      const b = placed[j]!;
      if (b.box.x >= a.box.x + a.box.width) break;
      expect(overlaps(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
}

function centerX(box: NodeBox | undefined): number {
  return (box?.x ?? NaN) + (box?.width ?? NaN) / 2;
}

describe('layoutGraph', () => {
  it('lays out a 300-channel document with no overlapping nodes, left to right', async () => {
    const { graph, document } = await graphOfText(generatedDocument(300));
    expect(nodesOfKind(graph, 'channel')).toHaveLength(300);
    expect(nodesOfKind(graph, 'operation')).toHaveLength(document.operations().length);
    expect(nodesOfKind(graph, 'message')).toHaveLength(300);

    const boxes = layoutGraph(graph);
    expect(Object.keys(boxes)).toHaveLength(graph.nodes.length);
    expectNoOverlap(graph, boxes);
    for (const i of [0, 150, 299]) {
      expect(centerX(boxes[`operation:publish${i}`])).toBeLessThan(centerX(boxes[`channel:channel${i}`]));
      expect(centerX(boxes[`channel:channel${i}`])).toBeLessThan(centerX(boxes[`operation:consume${i}`]));
    }
    expect(centerX(boxes['application'])).toBeLessThan(centerX(boxes['operation:publish0']));
    // Servers sit in a row above everything they host.
    const channelTop = Math.min(...nodesOfKind(graph, 'channel').map((n) => boxes[n.id]!.y));
    for (const server of nodesOfKind(graph, 'server')) {
      expect(boxes[server.id]!.y + boxes[server.id]!.height).toBeLessThan(channelTop);
    }
    for (const box of Object.values(boxes)) {
      expect(Number.isFinite(box.x) && Number.isFinite(box.y)).toBe(true);
      expect(Math.min(box.x, box.y)).toBeGreaterThanOrEqual(0);
    }
  }, 60_000);

  it('keeps corpus layouts free of overlaps and puts a sending application on the left', async () => {
    const { graph } = await graphOfCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml');
    const boxes = layoutGraph(graph);
    expectNoOverlap(graph, boxes);
    const appX = centerX(boxes['application']);
    for (const channel of nodesOfKind(graph, 'channel')) {
      expect(appX).toBeLessThan(centerX(boxes[channel.id]));
    }
    expect(centerX(boxes['channel:lightingMeasured'])).toBeLessThan(
      centerX(boxes['operation:receiveLightMeasurement']),
    );
  });

  it('puts an application that only receives on the right, as the consumer', async () => {
    const { graph } = await graphOfCorpus('spec-examples/2.0.0/streetlights.yml');
    const receiveOnly: FlowGraph = {
      nodes: graph.nodes.filter((n) => n.kind !== 'operation' || n.id.endsWith('/publish')),
      edges: graph.edges.filter((e) => e.kind !== 'sends'),
    };
    const boxes = layoutGraph(receiveOnly);
    const measured = 'smartylighting/streetlights/1/0/event/{streetlightId}/lighting/measured';
    expect(centerX(boxes[`channel:${measured}`])).toBeLessThan(centerX(boxes[`operation:${measured}/publish`]));
    expect(centerX(boxes[`operation:${measured}/publish`])).toBeLessThan(centerX(boxes['application']));
  });

  it('sizes nodes from their text unless measured sizes are given', async () => {
    const { graph } = await graphOfCorpus('spec-examples/3.0.0/rpc-server-asyncapi.yml');
    const channel = graph.nodes.find((n) => n.id === 'channel:queue')!;
    const estimated = estimateNodeSize(channel);
    expect(estimated.width).toBeGreaterThanOrEqual(160);
    expect(estimated.width).toBeLessThanOrEqual(320);
    expect(estimated.height).toBeGreaterThan(estimateNodeSize({ ...channel, facts: [] }).height);

    const boxes = layoutGraph(graph, { 'channel:queue': { width: 500, height: 300 } });
    expect(boxes['channel:queue']).toMatchObject({ width: 500, height: 300 });
    expect(boxes['channel:rpc_queue']).toMatchObject(estimateNodeSize(nodesOfKind(graph, 'channel')[1]!));
    expectNoOverlap(graph, boxes);
  });
});
