import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import type { LayoutInput } from './elkLayout';
import { layoutInputOf } from './elkLayout';
import { graphOfText } from './graphTestKit';
import type { NodeBox } from './nodeSize';
import { quickLayout } from './quickLayout';

function overlaps(a: NodeBox, b: NodeBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const node = (id: string) => ({ id, kind: 'channel' as const, width: 100, height: 40 });
const edge = (source: string, target: string) => ({ id: `${source}>${target}`, source, target, kind: 'sends' as const });

describe('quickLayout', () => {
  it('places every card of a real graph without overlap, and routes every edge from its source to its target', async () => {
    const { graph } = await graphOfText(DEFAULT_DOCUMENT);
    const { input } = layoutInputOf(graph);
    const { boxes, routes } = quickLayout(input);
    const placed = input.nodes.map((n) => boxes[n.id]!);
    expect(placed.every(Boolean)).toBe(true);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
    for (const e of input.edges) {
      const route = routes[e.id]!;
      const [from, to] = [boxes[e.source]!, boxes[e.target]!];
      expect(route[0]).toEqual({ x: from.x + from.width, y: from.y + from.height / 2 });
      expect(route.at(-1)).toEqual({ x: to.x, y: to.y + to.height / 2 });
    }
  });

  it('puts a card one layer right of its deepest source, and orders a layer by its sources', () => {
    const input: LayoutInput = {
      nodes: ['b2', 'a', 'b', 'c', 'a2'].map(node),
      edges: [edge('a', 'b'), edge('b', 'c'), edge('a', 'c'), edge('a2', 'b2')],
    };
    const { boxes } = quickLayout(input);
    expect(boxes.a!.x).toBe(boxes.a2!.x);
    expect(boxes.b!.x).toBeGreaterThan(boxes.a!.x);
    expect(boxes.c!.x).toBeGreaterThan(boxes.b!.x);
    // b2 comes first in the input but its source a2 sits below a: b2 goes below b.
    expect(boxes.a!.y).toBeLessThan(boxes.a2!.y);
    expect(boxes.b!.y).toBeLessThan(boxes.b2!.y);
  });

  it('places the cards of a cycle and of self-links, and ends', () => {
    const input: LayoutInput = { nodes: ['x', 'y', 'z'].map(node), edges: [edge('x', 'y'), edge('y', 'z'), edge('z', 'x'), edge('y', 'y')] };
    const { boxes, routes } = quickLayout(input);
    expect(Object.keys(boxes).sort()).toEqual(['x', 'y', 'z']);
    expect(boxes.y!.x).toBeGreaterThan(boxes.x!.x);
    expect(routes['y>y']).toBeUndefined();
    expect(routes['z>x']).toHaveLength(2);
  });

  it('lays out 1,200 cards at once', () => {
    const nodes = Array.from({ length: 1200 }, (_, i) => node(`n${i}`));
    const edges = nodes.slice(1).map((n, i) => edge(`n${Math.floor(i / 3)}`, n.id));
    const { boxes } = quickLayout({ nodes, edges });
    expect(Object.keys(boxes)).toHaveLength(1200);
  });
});
