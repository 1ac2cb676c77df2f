// A linear-time layered layout for large graphs. dagre (network-simplex ranking, crossing-minimising
// sweeps over the whole graph, Brandes–Köpf positioning) takes ~0.6 s on 300 channels, most of the time
// to first picture; the topology graph is mostly many small flows (send → channel → receive, message),
// which this places in milliseconds: ranks by longest path, one band per connected flow.

export interface LayeredNode {
  id: string;
  width: number;
  height: number;
}

export interface LayeredEdge {
  source: string;
  target: string;
}

export interface LayeredSpacing {
  /** Between nodes of one rank. */
  nodeSep: number;
  /** Between ranks (columns). */
  rankSep: number;
  /** Between the bands of two unconnected flows. */
  bandSep: number;
}

export interface LayeredBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Successor lists without duplicates or self loops, by node index. */
function adjacency(nodes: ReadonlyArray<LayeredNode>, edges: ReadonlyArray<LayeredEdge>): number[][] {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const succ: number[][] = nodes.map(() => []);
  const seen = new Set<number>();
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t || seen.has(s * nodes.length + t)) continue;
    seen.add(s * nodes.length + t);
    succ[s]!.push(t);
  }
  return succ;
}

/**
 * Edges of a DFS that point back to a node still on the stack close a cycle; turning them around
 * leaves an acyclic graph. Returns the acyclic successor lists and a post-order (sinks first).
 */
function acyclic(succ: number[][]): { dag: number[][]; postOrder: number[] } {
  const n = succ.length;
  const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done
  const dag: number[][] = succ.map(() => []);
  const postOrder: number[] = [];
  const next = new Uint32Array(n);
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    const stack = [root];
    state[root] = 1;
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      const w = succ[v]![next[v]!++];
      if (w === undefined) {
        stack.pop();
        state[v] = 2;
        postOrder.push(v);
      } else if (state[w] === 1) {
        dag[w]!.push(v);
      } else {
        dag[v]!.push(w);
        if (state[w] === 0) {
          state[w] = 1;
          stack.push(w);
        }
      }
    }
  }
  return { dag, postOrder };
}

/** Ranks by longest path to a sink, so every sink (a message, a consumer) ends in the last column. */
function ranksOf(dag: number[][], postOrder: number[]): Int32Array {
  const rank = new Int32Array(dag.length);
  let min = 0;
  // A post-order of an acyclic graph lists every node after all its successors.
  for (const v of postOrder) {
    let r = 0;
    for (const w of dag[v]!) r = Math.min(r, rank[w]! - 1);
    rank[v] = r;
    min = Math.min(min, r);
  }
  for (let v = 0; v < rank.length; v++) rank[v]! -= min;
  return rank;
}

/** Connected components (edges taken both ways), each listed in node order, in order of their first node. */
function componentsOf(succ: number[][]): number[][] {
  const n = succ.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]!]!;
      v = parent[v]!;
    }
    return v;
  };
  succ.forEach((targets, v) => {
    for (const w of targets) {
      const a = find(v);
      const b = find(w);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  const byRoot = new Map<number, number[]>();
  for (let v = 0; v < n; v++) {
    const root = find(v);
    const list = byRoot.get(root);
    if (list) list.push(v);
    else byRoot.set(root, [v]);
  }
  return [...byRoot.values()];
}

interface Band {
  /** Node indexes per rank, top to bottom. */
  ranks: Map<number, number[]>;
}

/** Orders each rank of one component: start from node order, then two barycenter sweeps each way. */
function orderBand(members: number[], rank: Int32Array, neighbours: number[][]): Band {
  const ranks = new Map<number, number[]>();
  for (const v of members) {
    const list = ranks.get(rank[v]!);
    if (list) list.push(v);
    else ranks.set(rank[v]!, [v]);
  }
  if (members.length <= 2) return { ranks };
  const position = new Map<number, number>();
  for (const list of ranks.values()) list.forEach((v, i) => position.set(v, i));
  const keys = [...ranks.keys()].sort((a, b) => a - b);
  const sweep = (order: number[], towards: number) => {
    for (const r of order) {
      const list = ranks.get(r)!;
      const weight = new Map<number, number>();
      for (const v of list) {
        const near = neighbours[v]!.filter((w) => rank[w] === r + towards);
        weight.set(v, near.length ? near.reduce((s, w) => s + position.get(w)!, 0) / near.length : position.get(v)!);
      }
      list.sort((a, b) => weight.get(a)! - weight.get(b)! || position.get(a)! - position.get(b)!);
      list.forEach((v, i) => position.set(v, i));
    }
  };
  for (let i = 0; i < 2; i++) {
    sweep(keys, -1);
    sweep([...keys].reverse(), 1);
  }
  return { ranks };
}

/**
 * Vertical places within one band: the tallest rank is stacked first; every other rank, outwards from
 * it, puts each node level with the middle of its already placed neighbours, keeping the rank's order
 * and `nodeSep`. Returns node tops relative to the band (smallest top is 0) and the band's height.
 */
function placeBand(band: Band, nodes: ReadonlyArray<LayeredNode>, neighbours: number[][], nodeSep: number): { top: Map<number, number>; height: number } {
  const top = new Map<number, number>();
  const stackHeight = (list: number[]) => list.reduce((s, v) => s + nodes[v]!.height, 0) + nodeSep * (list.length - 1);
  const keys = [...band.ranks.keys()].sort((a, b) => a - b);
  const anchor = keys.reduce((best, r) => (stackHeight(band.ranks.get(r)!) > stackHeight(band.ranks.get(best)!) ? r : best), keys[0]!);
  const order = [anchor, ...keys.filter((r) => r > anchor), ...keys.filter((r) => r < anchor).reverse()];
  for (const r of order) {
    const list = band.ranks.get(r)!;
    const wanted = list.map((v) => {
      const placed = neighbours[v]!.filter((w) => top.has(w));
      if (placed.length === 0) return undefined;
      const middle = placed.reduce((s, w) => s + top.get(w)! + nodes[w]!.height / 2, 0) / placed.length;
      return middle - nodes[v]!.height / 2;
    });
    // A node with no placed neighbour starts just above the first node that has one (or at 0).
    const firstKnown = wanted.findIndex((y) => y !== undefined);
    let bottom = firstKnown < 0 ? -nodeSep : wanted[firstKnown]! - nodeSep;
    for (let i = 0; i < Math.max(firstKnown, 0); i++) bottom -= nodes[list[i]!]!.height + nodeSep;
    const tops = list.map((v, i) => {
      const y = Math.max(wanted[i] ?? bottom + nodeSep, bottom + nodeSep);
      bottom = y + nodes[v]!.height;
      return y;
    });
    // The pass above only pushes down; lift the rank back so it sits level with its neighbours on average.
    const pushed = tops.map((y, i) => (wanted[i] === undefined ? undefined : y - wanted[i]!)).filter((d): d is number => d !== undefined);
    const lift = pushed.length ? pushed.reduce((s, d) => s + d, 0) / pushed.length : 0;
    list.forEach((v, i) => top.set(v, tops[i]! - lift));
  }
  let min = Infinity;
  let max = -Infinity;
  for (const [v, y] of top) {
    min = Math.min(min, y);
    max = Math.max(max, y + nodes[v]!.height);
  }
  for (const [v, y] of top) top.set(v, y - min);
  return { top, height: max - min };
}

/**
 * Lays nodes out left to right in ranks (each edge points right unless it closes a cycle), with
 * every connected flow in its own horizontal band, bands stacked top to bottom in node order.
 * Columns are shared by all bands and as wide as their widest node. No two boxes overlap.
 * @remarks Linear in the graph's size (sorting aside). It does less crossing reduction than dagre on
 * a large tangled flow: use dagre where it is fast enough.
 */
export function layeredLayout(
  nodes: ReadonlyArray<LayeredNode>,
  edges: ReadonlyArray<LayeredEdge>,
  spacing: LayeredSpacing,
): Record<string, LayeredBox> {
  const succ = adjacency(nodes, edges);
  const { dag, postOrder } = acyclic(succ);
  const rank = ranksOf(dag, postOrder);
  const neighbours: number[][] = nodes.map(() => []);
  succ.forEach((targets, v) => {
    for (const w of targets) {
      neighbours[v]!.push(w);
      neighbours[w]!.push(v);
    }
  });

  const columnWidth: number[] = [];
  nodes.forEach((node, v) => {
    columnWidth[rank[v]!] = Math.max(columnWidth[rank[v]!] ?? 0, node.width);
  });
  const columnX: number[] = [];
  let x = 0;
  for (let r = 0; r < columnWidth.length; r++) {
    columnX[r] = x;
    x += (columnWidth[r] ?? 0) + spacing.rankSep;
  }

  const boxes: Record<string, LayeredBox> = {};
  let bandTop = 0;
  for (const members of componentsOf(succ)) {
    const band = orderBand(members, rank, neighbours);
    const { top, height } = placeBand(band, nodes, neighbours, spacing.nodeSep);
    for (const v of members) {
      const node = nodes[v]!;
      const r = rank[v]!;
      boxes[node.id] = {
        x: columnX[r]! + ((columnWidth[r] ?? 0) - node.width) / 2,
        y: bandTop + top.get(v)!,
        width: node.width,
        height: node.height,
      };
    }
    bandTop += height + spacing.bandSep;
  }
  return boxes;
}
