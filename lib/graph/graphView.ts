import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import type { Locate } from '@/lib/analysis/sourceMap';
import { deriveGraph } from './deriveGraph';
import { graphSignature } from './flowGraph';
import type { FlowGraph, FlowNode } from './flowGraph';
import { estimateNodeSize, layoutGraph } from './layoutGraph';
import type { NodeBox } from './layoutGraph';
import { messageOf } from '@/lib/errors/messageOf';

/** The visualizer's data: the graph and where each node goes. Plain data, built in the analysis worker. */
export interface GraphView {
  graph: FlowGraph;
  /** `graphSignature(graph)`: the page keeps its viewport while this stays the same. */
  signature: string;
  /** Top-left boxes by node id; every node has one and no two overlap. */
  boxes: Record<string, NodeBox>;
  /** Set when the graph could not be built; the graph is then empty. */
  error?: string;
}

interface Cached {
  signature: string;
  boxes: Record<string, NodeBox>;
}

/** A node still fits its old box when its text did not grow past it. */
function fitsIn(node: FlowNode, box: NodeBox | undefined): boolean {
  if (!box) return false;
  const size = estimateNodeSize(node);
  return size.width <= box.width && size.height === box.height;
}

/**
 * Builds graph views, laying out again only when the structure changed (or a node outgrew its box):
 * most edits change labels or facts only, and the picture should not move under the user.
 * @remarks One builder per worker; it remembers the last layout.
 */
export function createGraphViewBuilder(layout: typeof layoutGraph = layoutGraph) {
  let cached: Cached | null = null;
  return (document: AsyncAPIDocumentInterface, locate?: Locate): GraphView => {
    let graph: FlowGraph;
    try {
      graph = deriveGraph(document, locate);
    } catch (error) {
      const message = messageOf(error);
      return { graph: { nodes: [], edges: [] }, signature: '', boxes: {}, error: message };
    }
    const signature = graphSignature(graph);
    const reusable =
      cached !== null && cached.signature === signature && graph.nodes.every((n) => fitsIn(n, cached?.boxes[n.id]));
    if (!reusable || !cached) cached = { signature, boxes: layout(graph) };
    return { graph, signature, boxes: cached.boxes };
  };
}
