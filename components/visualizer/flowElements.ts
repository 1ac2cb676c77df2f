import type { Edge, Node } from '@xyflow/react';
import type { FlowEdgeKind, FlowNode } from '@/lib/graph/flowGraph';

/** What a node card draws: the graph node and whether the editor's cursor is inside it. */
export type GraphNodeData = { node: FlowNode; highlighted: boolean };
export type GraphFlowNode = Node<GraphNodeData, 'graph'>;

export type GraphEdgeData = { kind: FlowEdgeKind; label?: string };
export type GraphFlowEdge = Edge<GraphEdgeData, 'graph'>;
