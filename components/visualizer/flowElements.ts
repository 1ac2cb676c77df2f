import type { Edge, Node } from '@xyflow/react';
import type { FlowEdgeKind, FlowNode } from '@/lib/graph/flowGraph';
import type { Point } from '@/lib/graph/nodeSize';

/**
 * What a node card draws: the graph node, whether the editor's cursor is inside it, and whether another card
 * is selected that it is not next to (then it is dimmed).
 */
export type GraphNodeData = { node: FlowNode; highlighted: boolean; dimmed?: boolean };
export type GraphFlowNode = Node<GraphNodeData, 'graph'>;

/** An edge's kind, its route from the layout worker, and its accessible name ("a sends to b"). */
export type GraphEdgeData = { kind: FlowEdgeKind; name: string; label?: string; points?: Point[]; dimmed?: boolean };
export type GraphFlowEdge = Edge<GraphEdgeData, 'graph'>;
