import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import type { Locate } from '@/lib/analysis/sourceMap';
import { messageOf } from '@/lib/errors/messageOf';
import { deriveGraph } from './deriveGraph';
import { graphSignature } from './flowGraph';
import type { FlowGraph } from './flowGraph';

/**
 * The visualizer's data from the analysis worker: the graph only. Where each node goes is the layout
 * worker's job (workers/layout.worker.ts), so a slow layout never holds up or times out the analysis.
 */
export interface GraphView {
  graph: FlowGraph;
  /** `graphSignature(graph)`: the page keeps its viewport while this stays the same. */
  signature: string;
  /** Set when the graph could not be built; the graph is then empty. */
  error?: string;
}

/**
 * Builds graph views from parsed documents (cheap: one pass over the model, no layout).
 * @remarks Kept as a factory so the analysis worker's call site stays as it was.
 */
export function createGraphViewBuilder() {
  return (document: AsyncAPIDocumentInterface, locate?: Locate): GraphView => {
    let graph: FlowGraph;
    try {
      graph = deriveGraph(document, locate);
    } catch (error) {
      return { graph: { nodes: [], edges: [] }, signature: '', error: messageOf(error) };
    }
    return { graph, signature: graphSignature(graph) };
  };
}
