import type { FlowGraph } from './flowGraph';
import type { NodeBox } from './nodeSize';

/**
 * The smallest zoom a fit may choose: the card's 13 px name stays at least 11 px high on screen. The user can
 * still zoom out further by hand.
 */
export const READABLE_ZOOM = 0.85;
const MAX_FIT_ZOOM = 1.25;
const PADDING = 24;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

interface Rect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const union = (r: Rect, b: NodeBox): Rect => ({
  minX: Math.min(r.minX, b.x),
  minY: Math.min(r.minY, b.y),
  maxX: Math.max(r.maxX, b.x + b.width),
  maxY: Math.max(r.maxY, b.y + b.height),
});

/** Ids of the nodes linked to `id`, nearest first (breadth-first, edges taken both ways), at most `limit`. */
export function graphNeighbourhood(graph: FlowGraph, id: string, limit = 200): string[] {
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = links.get(a);
    if (list) list.push(b);
    else links.set(a, [b]);
  };
  for (const e of graph.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const seen = new Set([id]);
  const order: string[] = [];
  for (let i = -1, queue = [id]; i < queue.length - 1 && order.length < limit; ) {
    const next = queue[++i]!;
    for (const n of links.get(next) ?? []) {
      if (seen.has(n)) continue;
      seen.add(n);
      order.push(n);
      queue.push(n);
    }
  }
  return order.slice(0, limit);
}

/**
 * Where to look first: the whole graph when it fits at a readable zoom; otherwise `focus` (the application)
 * and its neighbourhood: the cards in `preferred` (its graph neighbours, nearest first), then the cards nearest
 * to it on screen, as many as fit at READABLE_ZOOM. Never zooms out below READABLE_ZOOM.
 * @remarks Pure: the canvas calls it with its size; a search centres a card with `centreOn` instead.
 */
export function fitViewport(
  boxes: Readonly<Record<string, NodeBox>>,
  canvas: { width: number; height: number },
  focus?: string,
  preferred: ReadonlyArray<string> = [],
): Viewport {
  const all = Object.values(boxes);
  if (all.length === 0 || canvas.width <= 0 || canvas.height <= 0) return { x: 0, y: 0, zoom: 1 };
  const roomW = Math.max(1, canvas.width - 2 * PADDING);
  const roomH = Math.max(1, canvas.height - 2 * PADDING);
  const fits = (r: Rect) => (r.maxX - r.minX) * READABLE_ZOOM <= roomW && (r.maxY - r.minY) * READABLE_ZOOM <= roomH;
  const start = (focus && boxes[focus]) || all.reduce((a, b) => (b.x + b.y < a.x + a.y ? b : a));
  let frame: Rect = union({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity }, start);
  const whole = all.reduce(union, frame);
  if (fits(whole)) frame = whole;
  else {
    const cx = start.x + start.width / 2;
    const cy = start.y + start.height / 2;
    const first = preferred.map((id) => boxes[id]).filter((b): b is NodeBox => b !== undefined && b !== start);
    const rest = all
      .filter((b) => b !== start)
      .map((b) => ({ b, d: Math.hypot(b.x + b.width / 2 - cx, b.y + b.height / 2 - cy) }))
      .sort((p, q) => p.d - q.d)
      .map(({ b }) => b);
    for (const b of [...first, ...rest]) {
      const grown = union(frame, b);
      if (fits(grown)) frame = grown;
    }
  }
  const w = frame.maxX - frame.minX;
  const h = frame.maxY - frame.minY;
  const partial = frame !== whole;
  // Part of a larger graph: no closer than 100 %, and aligned left, so the flow that follows runs on to the right.
  const zoom = Math.min(partial ? 1 : MAX_FIT_ZOOM, Math.max(READABLE_ZOOM, Math.min(roomW / w, roomH / h)));
  const x = !partial && w * zoom <= roomW ? canvas.width / 2 - (frame.minX + w / 2) * zoom : PADDING - frame.minX * zoom;
  // A frame taller than the canvas even at the readable zoom (one huge card): show its top.
  const y = h * zoom <= roomH ? canvas.height / 2 - (frame.minY + h / 2) * zoom : PADDING - frame.minY * zoom;
  return { x, y, zoom };
}

/** The viewport that puts a card's centre in the middle of the canvas, at least at the readable zoom. */
export function centreOn(box: NodeBox, canvas: { width: number; height: number }, zoom: number): Viewport {
  const z = Math.max(READABLE_ZOOM, zoom);
  return { x: canvas.width / 2 - (box.x + box.width / 2) * z, y: canvas.height / 2 - (box.y + box.height / 2) * z, zoom: z };
}
