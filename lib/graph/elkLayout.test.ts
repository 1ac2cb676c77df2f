import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { APPLICATION_ID } from './deriveGraph';
import { elkLayout, layoutInputOf, layoutKey, MAX_HUB_EDGES } from './elkLayout';
import type { FlowGraph } from './flowGraph';
import { graphOfText } from './graphTestKit';
import type { NodeBox, Point } from './nodeSize';

function overlaps(a: NodeBox, b: NodeBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function onBorder(p: Point, box: NodeBox): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  const inX = p.x >= box.x - 1 && p.x <= box.x + box.width + 1;
  const inY = p.y >= box.y - 1 && p.y <= box.y + box.height + 1;
  return (inY && (near(p.x, box.x) || near(p.x, box.x + box.width))) || (inX && (near(p.y, box.y) || near(p.y, box.y + box.height)));
}

/** Whether a horizontal or vertical segment runs through the inside of a box (not along its border). */
function crossesInside(a: Point, b: Point, box: NodeBox): boolean {
  const inset = { x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4 };
  const seg = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x) || 0.1, height: Math.abs(a.y - b.y) || 0.1 };
  return overlaps(seg, inset);
}

/** A 3.0 document whose application sends and receives on `count` channels. */
function manyChannels(count: number): string {
  const channels: string[] = [];
  const operations: string[] = [];
  for (let i = 0; i < count; i++) {
    channels.push(`  c${i}:\n    address: topic.${i}\n    messages:\n      m${i}:\n        payload:\n          type: string`);
    operations.push(`  send${i}:\n    action: send\n    channel:\n      $ref: '#/channels/c${i}'`);
    operations.push(`  receive${i}:\n    action: receive\n    channel:\n      $ref: '#/channels/c${i}'`);
  }
  return `asyncapi: 3.0.0\ninfo:\n  title: Many\n  version: 1.0.0\nchannels:\n${channels.join('\n')}\noperations:\n${operations.join('\n')}\n`;
}

async function laidOut(graph: FlowGraph) {
  const { input, hidden } = layoutInputOf(graph);
  return { input, hidden, layout: await elkLayout(input, new ELK()) };
}

describe('elkLayout', () => {
  it('places every card without overlap and routes every edge orthogonally from border to border, around the cards', async () => {
    const { graph } = await graphOfText(DEFAULT_DOCUMENT);
    const { layout } = await laidOut(graph);
    const boxes = graph.nodes.map((n) => [n.id, layout.boxes[n.id]!] as const);
    for (const [id, box] of boxes) expect(box, id).toBeDefined();
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]![1], boxes[j]![1]), `${boxes[i]![0]} / ${boxes[j]![0]}`).toBe(false);

    for (const edge of graph.edges) {
      const route = layout.routes[edge.id]!;
      expect(route.length, edge.id).toBeGreaterThanOrEqual(2);
      expect(onBorder(route[0]!, layout.boxes[edge.source]!), `${edge.id} starts on its source`).toBe(true);
      expect(onBorder(route.at(-1)!, layout.boxes[edge.target]!), `${edge.id} ends on its target`).toBe(true);
      for (let i = 1; i < route.length; i++) {
        const [a, b] = [route[i - 1]!, route[i]!];
        expect(Math.abs(a.x - b.x) < 0.5 || Math.abs(a.y - b.y) < 0.5, `${edge.id} segment ${i} is straight`).toBe(true);
        for (const [id, box] of boxes) {
          if (id === edge.source || id === edge.target) continue;
          expect(crossesInside(a, b, box), `${edge.id} crosses ${id}`).toBe(false);
        }
      }
    }
  });

  it('puts the application first, producers before channels before consumers', async () => {
    const { graph } = await graphOfText(DEFAULT_DOCUMENT);
    const { layout } = await laidOut(graph);
    const b = layout.boxes;
    const left = (id: string) => b[id]!.x;
    expect(Math.min(...Object.values(b).map((box) => box.x))).toBe(left(APPLICATION_ID));
    expect(left('operation:reportLocation')).toBeLessThan(left('channel:parcelLocation'));
    expect(left('channel:parcelLocation')).toBeLessThan(left('operation:trackLocation'));
  });

  it('leaves the application\'s links out of a large graph (and says how many), laying out the rest', async () => {
    const { graph } = await graphOfText(manyChannels(30));
    const { input, hidden, layout } = await laidOut(graph);
    expect(hidden.application).toBe(60);
    expect(hidden.application).toBeGreaterThan(MAX_HUB_EDGES);
    expect(input.edges.some((e) => e.source === APPLICATION_ID || e.target === APPLICATION_ID)).toBe(false);
    expect(Object.keys(layout.boxes)).toHaveLength(graph.nodes.length);
    expect(Object.keys(layout.routes)).toHaveLength(input.edges.length);
  });

  it('keys a layout by ids, sizes and edges, not by labels that fit', async () => {
    const a = await graphOfText(DEFAULT_DOCUMENT);
    const b = await graphOfText(DEFAULT_DOCUMENT.replace('summary: A courier', 'summary: The courier'));
    const c = await graphOfText(DEFAULT_DOCUMENT.replace('address: parcels.{parcelId}.delivered', 'address: parcels.{parcelId}.delivered.and.signed.for.by.someone'));
    expect(layoutKey(layoutInputOf(b.graph).input)).toBe(layoutKey(layoutInputOf(a.graph).input));
    expect(layoutKey(layoutInputOf(c.graph).input)).not.toBe(layoutKey(layoutInputOf(a.graph).input));
  });
});
