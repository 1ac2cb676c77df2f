import type { GraphLayout, LayoutInput } from './elkLayout';
import type { NodeBox, Point } from './nodeSize';

// A first picture of a large graph in milliseconds, drawn while ELK works on the real one (seconds on a
// thousand cards): cards in layers left to right, in the order of their sources, edges as simple elbows.

const GAP_BETWEEN_LAYERS = 72;
const GAP_BETWEEN_CARDS = 28;
const PADDING = 16;

function pushTo(lists: Map<string, string[]>, key: string, value: string): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** Each node's layer: one past its deepest source; a cycle is entered at its first node in input order. */
function layersOf(input: LayoutInput): Map<string, number> {
  const waiting = new Map<string, number>(input.nodes.map((n) => [n.id, 0]));
  const outgoing = new Map<string, string[]>();
  for (const e of input.edges) {
    if (!waiting.has(e.source) || !waiting.has(e.target) || e.source === e.target) continue;
    waiting.set(e.target, (waiting.get(e.target) ?? 0) + 1);
    pushTo(outgoing, e.source, e.target);
  }
  const depth = new Map<string, number>();
  const layer = new Map<string, number>();
  const queue: string[] = [];
  const place = (id: string) => {
    layer.set(id, depth.get(id) ?? 0);
    queue.push(id);
  };
  for (const n of input.nodes) if (waiting.get(n.id) === 0) place(n.id);
  let head = 0;
  let entry = 0;
  for (;;) {
    for (let id = queue[head]; id !== undefined; id = queue[++head]) {
      const below = (layer.get(id) ?? 0) + 1;
      for (const target of outgoing.get(id) ?? []) {
        if (layer.has(target)) continue;
        depth.set(target, Math.max(below, depth.get(target) ?? 0));
        const left = (waiting.get(target) ?? 1) - 1;
        waiting.set(target, left);
        if (left === 0) place(target);
      }
    }
    let unplaced = input.nodes[entry];
    while (unplaced && layer.has(unplaced.id)) unplaced = input.nodes[++entry];
    if (!unplaced) return layer;
    place(unplaced.id);
  }
}

/**
 * A layered placement with no crossing reduction beyond ordering each layer by its sources' positions.
 * Every node gets a box and every edge between two placed nodes a route, as ELK's layout does.
 */
export function quickLayout(input: LayoutInput): GraphLayout {
  const layer = layersOf(input);
  const columns: string[][] = [];
  for (const n of input.nodes) (columns[layer.get(n.id) ?? 0] ??= []).push(n.id);
  const sources = new Map<string, string[]>();
  for (const e of input.edges) pushTo(sources, e.target, e.source);
  const size = new Map(input.nodes.map((n) => [n.id, n]));
  const rank = new Map<string, number>();
  const boxes: Record<string, NodeBox> = {};
  let x = PADDING;
  for (const column of columns) {
    if (!column) continue;
    // Below the cards their sources sit beside, in the same order, so flows read as bands.
    const order = column.map((id, i) => {
      const ranks = (sources.get(id) ?? []).map((s) => rank.get(s)).filter((r): r is number => r !== undefined);
      return { id, key: ranks.length ? ranks.reduce((a, b) => a + b, 0) / ranks.length : Number.MAX_SAFE_INTEGER, i };
    });
    order.sort((a, b) => a.key - b.key || a.i - b.i);
    let y = PADDING;
    let widest = 0;
    order.forEach(({ id }, i) => {
      const { width, height } = size.get(id) ?? { width: 0, height: 0 };
      boxes[id] = { x, y, width, height };
      rank.set(id, i);
      y += height + GAP_BETWEEN_CARDS;
      widest = Math.max(widest, width);
    });
    x += widest + GAP_BETWEEN_LAYERS;
  }
  const routes: Record<string, Point[]> = {};
  for (const e of input.edges) {
    const from = boxes[e.source];
    const to = boxes[e.target];
    if (!from || !to || e.source === e.target) continue;
    const start = { x: from.x + from.width, y: from.y + from.height / 2 };
    const end = { x: to.x, y: to.y + to.height / 2 };
    const middle = start.x < end.x ? (start.x + end.x) / 2 : undefined;
    routes[e.id] = middle === undefined ? [start, end] : [start, { x: middle, y: start.y }, { x: middle, y: end.y }, end];
  }
  return { boxes, routes };
}
