import { describe, expect, it } from 'vitest';
import type { FlowGraph } from './flowGraph';
import { centreOn, fitViewport, graphNeighbourhood, READABLE_ZOOM } from './fitViewport';
import type { NodeBox } from './nodeSize';

const box = (x: number, y: number): NodeBox => ({ x, y, width: 200, height: 60 });
/** Where a box lands on screen under a viewport. */
const onScreen = (b: NodeBox, v: { x: number; y: number; zoom: number }) => ({ x: b.x * v.zoom + v.x, y: b.y * v.zoom + v.y, width: b.width * v.zoom, height: b.height * v.zoom });
const inside = (b: NodeBox, canvas: { width: number; height: number }) => b.x >= 0 && b.y >= 0 && b.x + b.width <= canvas.width && b.y + b.height <= canvas.height;

describe('fitViewport', () => {
  it('frames a small graph whole, centred', () => {
    const boxes = { a: box(0, 0), b: box(300, 100) };
    const canvas = { width: 800, height: 600 };
    const v = fitViewport(boxes, canvas, 'a');
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    for (const b of Object.values(boxes)) expect(inside(onScreen(b, v), canvas)).toBe(true);
  });

  it('never zooms out below the readable zoom: a large graph opens on the focus and the cards nearest to it', () => {
    const boxes: Record<string, NodeBox> = { application: box(0, 2000) };
    for (let i = 0; i < 300; i++) boxes[`n${i}`] = box(300 + (i % 3) * 300, i * 80);
    const canvas = { width: 700, height: 500 };
    const v = fitViewport(boxes, canvas, 'application');
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(inside(onScreen(boxes.application!, v), canvas)).toBe(true);
    const shown = Object.values(boxes).filter((b) => inside(onScreen(b, v), canvas));
    expect(shown.length).toBeGreaterThanOrEqual(3);
    // The nearest neighbour (the next column, just above) is in view; the far end is not.
    expect(inside(onScreen(boxes.n24!, v), canvas)).toBe(true);
    expect(inside(onScreen(boxes.n299!, v), canvas)).toBe(false);
  });

  it('prefers the focus\'s graph neighbours over cards that are merely close', () => {
    const boxes = { application: box(0, 0), server: box(0, -200), send: box(600, 200), channel: box(900, 200) };
    const canvas = { width: 760, height: 300 };
    const graph: FlowGraph = {
      nodes: [],
      edges: [
        { id: 'e1', source: 'application', target: 'send', kind: 'sends' },
        { id: 'e2', source: 'send', target: 'channel', kind: 'sends' },
      ],
    };
    expect(graphNeighbourhood(graph, 'application')).toEqual(['send', 'channel']);
    const v = fitViewport(boxes, canvas, 'application', graphNeighbourhood(graph, 'application'));
    expect(inside(onScreen(boxes.send, v), canvas)).toBe(true);
    expect(inside(onScreen(boxes.application, v), canvas)).toBe(true);
    // Without the neighbourhood, the nearer server wins the room.
    expect(inside(onScreen(boxes.send, fitViewport(boxes, canvas, 'application')), canvas)).toBe(false);
  });

  it('centres a card for a search, keeping a closer zoom', () => {
    const canvas = { width: 800, height: 600 };
    const target = box(5000, 3000);
    const v = centreOn(target, canvas, 1.2);
    const s = onScreen(target, v);
    expect(s.x + s.width / 2).toBeCloseTo(400);
    expect(s.y + s.height / 2).toBeCloseTo(300);
    expect(v.zoom).toBe(1.2);
    expect(centreOn(target, canvas, 0.1).zoom).toBe(READABLE_ZOOM);
  });
});
