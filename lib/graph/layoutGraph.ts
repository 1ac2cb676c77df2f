import { Graph, layout } from '@dagrejs/dagre';
import { APPLICATION_ID } from './deriveGraph';
import type { FlowGraph, FlowNode } from './flowGraph';
import { layeredLayout } from './layeredLayout';
import type { LayeredEdge, LayeredNode } from './layeredLayout';

export interface NodeSize {
  width: number;
  height: number;
}

/** A node's box, top-left corner first (React Flow's `position`), in graph pixels. */
export interface NodeBox extends NodeSize {
  x: number;
  y: number;
}

export type NodeSizes = Record<string, NodeSize>;

// Rough text metrics of the node card (12px UI font); the UI may pass measured sizes instead.
const LABEL_CHAR = 8;
const FACT_CHAR = 6.5;
const PADDING_X = 32;
const HEADER = 36;
const FACT_LINE = 18;
const MIN_WIDTH = 160;
const MAX_WIDTH = 320;

const NODE_SEP = 24;
const RANK_SEP = 72;
const MARGIN = 16;
// Flows are told apart by their edges; a wider gap only makes a long graph longer.
const BAND_SEP = NODE_SEP;

/**
 * Past this many nodes (operations, channels, messages) dagre's cost grows past a few hundred ms
 * (~0.6 s at 1,200), so the linear layered layout takes over; below it dagre's crossing reduction wins.
 */
export const LARGE_GRAPH_NODES = 400;

/** Estimates a node card's size from its text; long lines are expected to be ellipsized at MAX_WIDTH. */
export function estimateNodeSize(node: FlowNode): NodeSize {
  const factWidth = Math.max(0, ...node.facts.map((f) => (f.label.length + f.value.length + 2) * FACT_CHAR));
  const text = Math.max(node.label.length * LABEL_CHAR, factWidth) + PADDING_X;
  return {
    width: Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, text))),
    height: HEADER + node.facts.length * FACT_LINE + 8,
  };
}

/** Nodes placed around the core layout rather than in it: they connect to nearly everything. */
function isFrameNode(node: FlowNode): boolean {
  return node.kind === 'application' || node.kind === 'server';
}

interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function boundsOf(boxes: NodeBox[]): Bounds {
  if (boxes.length === 0) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  return {
    minX: Math.min(...boxes.map((b) => b.x)),
    minY: Math.min(...boxes.map((b) => b.y)),
    maxX: Math.max(...boxes.map((b) => b.x + b.width)),
    maxY: Math.max(...boxes.map((b) => b.y + b.height)),
  };
}

/** dagre on operations, channels and messages; returns top-left boxes. */
function dagreLayout(nodes: LayeredNode[], edges: LayeredEdge[]): Record<string, NodeBox> {
  const g = new Graph();
  g.setGraph({ rankdir: 'LR', nodesep: NODE_SEP, ranksep: RANK_SEP });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) g.setNode(node.id, { width: node.width, height: node.height });
  for (const edge of edges) g.setEdge(edge.source, edge.target);
  layout(g);
  const boxes: Record<string, NodeBox> = {};
  for (const { id } of nodes) {
    const placed = g.node(id) as { x?: number; y?: number; width: number; height: number };
    const x = (placed.x ?? 0) - placed.width / 2;
    const y = (placed.y ?? 0) - placed.height / 2;
    boxes[id] = { x, y, width: placed.width, height: placed.height };
  }
  return boxes;
}

/** Operations, channels and messages, by dagre or (for large graphs) the layered layout. */
function layoutCore(graph: FlowGraph, sizeOf: (node: FlowNode) => NodeSize): Record<string, NodeBox> {
  const nodes = graph.nodes.filter((n) => !isFrameNode(n)).map((n) => ({ id: n.id, ...sizeOf(n) }));
  const inCore = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => inCore.has(e.source) && inCore.has(e.target));
  if (nodes.length <= LARGE_GRAPH_NODES) return dagreLayout(nodes, edges);
  return layeredLayout(nodes, edges, { nodeSep: NODE_SEP, rankSep: RANK_SEP, bandSep: BAND_SEP });
}

/**
 * Places every node left to right (producers → channels → consumers): dagre (the layered layout on
 * large graphs) places operations, channels and messages; the application goes left of them (right
 * when it only receives) and the servers in a row above the channels they host.
 * @remarks Pure and DOM-free: run it in the worker. `sizes` overrides the estimate per node id.
 * The application and the servers are kept out of dagre because they are hubs (an edge to every
 * operation or channel), which makes dagre's ranking take minutes on a few hundred channels.
 */
export function layoutGraph(graph: FlowGraph, sizes?: NodeSizes): Record<string, NodeBox> {
  const sizeOf = (node: FlowNode): NodeSize => sizes?.[node.id] ?? estimateNodeSize(node);
  const boxes = layoutCore(graph, sizeOf);
  const core = boundsOf(Object.values(boxes));

  const servers = graph.nodes.filter((n) => n.kind === 'server');
  if (servers.length > 0) {
    const hosted = graph.edges.filter((e) => e.kind === 'hosts').map((e) => boxes[e.target]);
    const channelBoxes = hosted.filter((b): b is NodeBox => b !== undefined);
    const centerX = channelBoxes.length
      ? channelBoxes.reduce((sum, b) => sum + b.x + b.width / 2, 0) / channelBoxes.length
      : (core.minX + core.maxX) / 2;
    const serverSizes = servers.map(sizeOf);
    const rowWidth = serverSizes.reduce((sum, s) => sum + s.width, 0) + NODE_SEP * (servers.length - 1);
    let x = centerX - rowWidth / 2;
    servers.forEach((server, i) => {
      const size = serverSizes[i]!;
      boxes[server.id] = { x, y: core.minY - RANK_SEP - size.height, ...size };
      x += size.width + NODE_SEP;
    });
  }

  const app = graph.nodes.find((n) => n.id === APPLICATION_ID);
  if (app) {
    const size = sizeOf(app);
    const onlyReceives =
      !graph.edges.some((e) => e.source === APPLICATION_ID) && graph.edges.some((e) => e.target === APPLICATION_ID);
    const x = onlyReceives ? core.maxX + RANK_SEP : core.minX - RANK_SEP - size.width;
    // Centred beside the core but never above its top, where the server row sits.
    const y = core.minY + Math.max(0, (core.maxY - core.minY - size.height) / 2);
    boxes[app.id] = { x, y, ...size };
  }

  // Shift everything so the drawing starts at the margin.
  const all = boundsOf(Object.values(boxes));
  for (const box of Object.values(boxes)) {
    box.x += MARGIN - all.minX;
    box.y += MARGIN - all.minY;
  }
  return boxes;
}
