import type ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import { APPLICATION_ID } from './deriveGraph';
import type { FlowEdgeKind, FlowGraph, FlowNodeKind } from './flowGraph';
import { estimateNodeSize } from './nodeSize';
import type { NodeBox, Point } from './nodeSize';

// The graph's layout, run in the layout worker (workers/layout.worker.ts): ELK's layered algorithm places
// the cards left to right and routes every edge orthogonally around them.

export interface LayoutNodeInput {
  id: string;
  kind: FlowNodeKind;
  width: number;
  height: number;
}

export interface LayoutEdgeInput {
  id: string;
  source: string;
  target: string;
  kind: FlowEdgeKind;
}

/** What the layout worker needs: ids, sizes and the edges to route. Plain data. */
export interface LayoutInput {
  nodes: LayoutNodeInput[];
  edges: LayoutEdgeInput[];
}

/** Where each card goes and the bends of each edge drawn (start, bends, end), in graph pixels. */
export interface GraphLayout {
  boxes: Record<string, NodeBox>;
  routes: Record<string, Point[]>;
}

/** A graph with its layout: what the canvas and the exports draw. */
export interface LaidOutGraph extends GraphLayout {
  graph: FlowGraph;
}

/** Edges left out of the picture because they would bury it, by what they link. */
export interface HiddenEdges {
  /** Application → operation → application links: the operation cards say whether they send or receive. */
  application: number;
  /** Server → channel links. */
  hosts: number;
}

/**
 * Past this many links a hub (the application, the servers) turns the picture into bands of parallel lines,
 * and its back edges make ELK route around the whole graph: leave them out, and say so.
 */
export const MAX_HUB_EDGES = 40;

/**
 * Past this many cards ELK's thorough options cost seconds (300 channels, 1,200 cards: 12 s keeping the
 * document's order, 0.3–0.5 s without it, measured in Node): one crossing-reduction pass, no model order, the
 * faster node placement. Bands of small flows read as well either way.
 */
const THOROUGH_UP_TO = 300;

const LARGE_GRAPH_OPTIONS: LayoutOptions = {
  'elk.layered.thoroughness': '1',
  'elk.layered.considerModelOrder.strategy': 'NONE',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

/** The layout worker's input for a (folded) graph: estimated card sizes, and the edges that will be drawn. */
export function layoutInputOf(graph: FlowGraph): { input: LayoutInput; hidden: HiddenEdges } {
  const touchesApp = (e: { source: string; target: string }) => e.source === APPLICATION_ID || e.target === APPLICATION_ID;
  const appEdges = graph.edges.filter(touchesApp).length;
  const hostEdges = graph.edges.filter((e) => e.kind === 'hosts').length;
  const hidden: HiddenEdges = { application: appEdges > MAX_HUB_EDGES ? appEdges : 0, hosts: hostEdges > MAX_HUB_EDGES ? hostEdges : 0 };
  const edges = graph.edges
    .filter((e) => !(hidden.application && touchesApp(e)) && !(hidden.hosts && e.kind === 'hosts'))
    .map(({ id, source, target, kind }) => ({ id, source, target, kind }));
  const nodes = graph.nodes.map((n) => ({ id: n.id, kind: n.kind, ...estimateNodeSize(n) }));
  return { input: { nodes, edges }, hidden };
}

/** A string that changes exactly when the layout would: ids, sizes, edges. Equal keys, same picture. */
export function layoutKey(input: LayoutInput): string {
  const nodes = input.nodes.map((n) => `${n.id}|${n.width}|${n.height}`);
  const edges = input.edges.map((e) => e.id);
  return `${nodes.join('\n')}\n--\n${edges.join('\n')}`;
}

const BASE_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '72',
  'elk.spacing.edgeNode': '16',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.spacing.edgeEdge': '10',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
  // One layered drawing, flows stacked in bands, rather than components packed in a grid (and faster).
  'elk.separateConnectedComponents': 'false',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
};

/** The application opens the flow (left) unless it only receives, then it closes it (right). */
function applicationLayer(input: LayoutInput): string | undefined {
  const sends = input.edges.some((e) => e.source === APPLICATION_ID);
  const receives = input.edges.some((e) => e.target === APPLICATION_ID);
  if (!sends && !receives) return undefined;
  return sends ? 'FIRST' : 'LAST';
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays the graph out with ELK (layered, left to right, orthogonal edge routing). Every node gets a box;
 * every edge in the input gets a route that leaves its source's border and ends on its target's.
 * @remarks Seconds on a thousand cards: run it in the layout worker, never on the page.
 */
export async function elkLayout(input: LayoutInput, elk: InstanceType<typeof ELK>): Promise<GraphLayout> {
  if (input.nodes.length === 0) return { boxes: {}, routes: {} };
  const known = new Set(input.nodes.map((n) => n.id));
  const appLayer = applicationLayer(input);
  const children: ElkNode[] = input.nodes.map((n) => ({
    id: n.id,
    width: n.width,
    height: n.height,
    ...(n.id === APPLICATION_ID && appLayer ? { layoutOptions: { 'elk.layered.layering.layerConstraint': appLayer } } : {}),
  }));
  const edges: ElkExtendedEdge[] = input.edges
    .filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target)
    .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  const layoutOptions = { ...BASE_OPTIONS, ...(input.nodes.length > THOROUGH_UP_TO ? LARGE_GRAPH_OPTIONS : { 'elk.layered.thoroughness': '7' }) };
  const laid = await elk.layout({ id: 'root', layoutOptions, children, edges });

  const boxes: Record<string, NodeBox> = {};
  for (const child of laid.children ?? []) {
    boxes[child.id] = { x: round(child.x ?? 0), y: round(child.y ?? 0), width: child.width ?? 0, height: child.height ?? 0 };
  }
  const routes: Record<string, Point[]> = {};
  for (const edge of (laid.edges ?? []) as ElkExtendedEdge[]) {
    const points = (edge.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
    if (points.length >= 2) routes[edge.id] = points.map((p) => ({ x: round(p.x), y: round(p.y) }));
  }
  return { boxes, routes };
}
