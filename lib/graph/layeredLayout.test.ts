import { describe, expect, it } from 'vitest';
import { layeredLayout } from './layeredLayout';
import type { LayeredBox, LayeredEdge, LayeredNode } from './layeredLayout';

const SPACING = { nodeSep: 24, rankSep: 72, bandSep: 48 };

function node(id: string, width = 160, height = 60): LayeredNode {
  return { id, width, height };
}

function edge(source: string, target: string): LayeredEdge {
  return { source, target };
}

function overlaps(a: LayeredBox, b: LayeredBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectNoOverlap(boxes: Record<string, LayeredBox>): void {
  const list = Object.entries(boxes).sort((a, b) => a[1].y - b[1].y);
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length && list[j]![1].y < list[i]![1].y + list[i]![1].height; j++) {
      expect(overlaps(list[i]![1], list[j]![1]), `${list[i]![0]} overlaps ${list[j]![0]}`).toBe(false);
    }
  }
}

const middleX = (b: LayeredBox | undefined) => (b?.x ?? NaN) + (b?.width ?? NaN) / 2;
const middleY = (b: LayeredBox | undefined) => (b?.y ?? NaN) + (b?.height ?? NaN) / 2;

/** The visualizer's usual flow: send → channel → receive, the channel carrying a message. */
function flow(i: number): { nodes: LayeredNode[]; edges: LayeredEdge[] } {
  return {
    nodes: [node(`channel${i}`, 200, 80), node(`message${i}`), node(`send${i}`), node(`receive${i}`, 240)],
    edges: [edge(`send${i}`, `channel${i}`), edge(`channel${i}`, `receive${i}`), edge(`channel${i}`, `message${i}`)],
  };
}

function flows(count: number): { nodes: LayeredNode[]; edges: LayeredEdge[] } {
  const all = Array.from({ length: count }, (_, i) => flow(i));
  return { nodes: all.flatMap((f) => f.nodes), edges: all.flatMap((f) => f.edges) };
}

describe('layeredLayout', () => {
  it('puts every edge left to right, sinks in the last column, and keeps a flow level', () => {
    const { nodes, edges } = flow(0);
    const boxes = layeredLayout(nodes, edges, SPACING);
    expect(middleX(boxes.send0)).toBeLessThan(middleX(boxes.channel0));
    expect(middleX(boxes.channel0)).toBeLessThan(middleX(boxes.receive0));
    expect(middleX(boxes.message0)).toBe(middleX(boxes.receive0));
    // The channel sits level with what it feeds, and the sender level with the channel.
    expect(middleY(boxes.channel0)).toBeCloseTo((middleY(boxes.receive0) + middleY(boxes.message0)) / 2);
    expect(middleY(boxes.send0)).toBeCloseTo(middleY(boxes.channel0));
    expectNoOverlap(boxes);
  });

  it('stacks unconnected flows in bands, in node order, sharing the columns', () => {
    const { nodes, edges } = flows(3);
    const boxes = layeredLayout(nodes, edges, SPACING);
    const bottomOf = (i: number) => Math.max(...['channel', 'message', 'send', 'receive'].map((k) => boxes[`${k}${i}`]!.y + boxes[`${k}${i}`]!.height));
    const topOf = (i: number) => Math.min(...['channel', 'message', 'send', 'receive'].map((k) => boxes[`${k}${i}`]!.y));
    expect(topOf(1)).toBeGreaterThanOrEqual(bottomOf(0) + SPACING.bandSep);
    expect(topOf(2)).toBeGreaterThanOrEqual(bottomOf(1) + SPACING.bandSep);
    expect(boxes.channel2!.x).toBe(boxes.channel0!.x);
    expect(Math.min(...Object.values(boxes).map((b) => b.y))).toBe(0);
    expect(Math.min(...Object.values(boxes).map((b) => b.x))).toBe(0);
  });

  it('lays out cycles, self loops, duplicate edges and edges to unknown nodes', () => {
    const nodes = [node('a'), node('b'), node('c')];
    const edges = [edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('b', 'b'), edge('a', 'b'), edge('a', 'ghost')];
    const boxes = layeredLayout(nodes, edges, SPACING);
    expect(Object.keys(boxes).sort()).toEqual(['a', 'b', 'c']);
    expect(middleX(boxes.a)).toBeLessThan(middleX(boxes.b));
    expect(middleX(boxes.b)).toBeLessThan(middleX(boxes.c));
    expectNoOverlap(boxes);
  });

  it('keeps a large tangled graph free of overlaps, with finite boxes, the same every time', () => {
    // Deterministic pseudo-random edges: shared messages and reply channels tie flows together.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const nodes = Array.from({ length: 600 }, (_, i) => node(`n${i}`, 160 + Math.floor(random() * 160), 44 + 18 * Math.floor(random() * 4)));
    const edges = Array.from({ length: 900 }, () => edge(`n${Math.floor(random() * 600)}`, `n${Math.floor(random() * 600)}`));
    const boxes = layeredLayout(nodes, edges, SPACING);
    expect(Object.keys(boxes)).toHaveLength(600);
    for (const box of Object.values(boxes)) expect(Number.isFinite(box.x) && Number.isFinite(box.y)).toBe(true);
    expectNoOverlap(boxes);
    expect(layeredLayout(nodes, edges, SPACING)).toEqual(boxes);
  });

  it('places 1,200 nodes (300 flows) without overlaps', () => {
    const { nodes, edges } = flows(300);
    const boxes = layeredLayout(nodes, edges, SPACING);
    expect(Object.keys(boxes)).toHaveLength(1200);
    expectNoOverlap(boxes);
  });
});
