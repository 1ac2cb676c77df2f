import type { SourceRange } from '@/lib/analysis/sourceMap';

// Plain data only: a FlowGraph is built in a worker and crosses postMessage.

export type FlowNodeKind = 'application' | 'server' | 'channel' | 'operation' | 'message';

export type FlowEdgeKind = 'sends' | 'receives' | 'carries' | 'hosts' | 'reply';

export interface FlowFact {
  label: string;
  value: string;
}

export interface FlowNode {
  /** Derived from document keys (e.g. `channel:userSignedUp`), so it survives unrelated edits. */
  id: string;
  kind: FlowNodeKind;
  label: string;
  facts: FlowFact[];
  /** Where the element is defined in the text, when it is in this text. */
  range?: SourceRange;
  /** A stack card standing for many messages of one channel (lib/graph/foldGraph). */
  stack?: { channel: string; count: number };
  /** A channel whose messages fold into a stack: the stack's id, their number, whether it is open. */
  folds?: { stack: string; count: number; expanded: boolean };
}

export interface FlowEdge {
  /** `${kind}:${source}->${target}`, unique within a graph. */
  id: string;
  source: string;
  target: string;
  kind: FlowEdgeKind;
  label?: string;
}

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/**
 * A cheap fingerprint of the graph's structure (node and edge ids, not labels or facts).
 * @remarks Equal signatures mean the layout can be kept; compare it before re-running layout.
 */
export function graphSignature(graph: FlowGraph): string {
  const nodes = graph.nodes.map((n) => n.id).sort();
  const edges = graph.edges.map((e) => e.id).sort();
  return `${nodes.join('\n')}\n--\n${edges.join('\n')}`;
}
