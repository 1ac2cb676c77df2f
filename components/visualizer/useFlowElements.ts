'use client';

import { useMemo } from 'react';
import { MarkerType } from '@xyflow/react';
import { edgeSides } from '@/lib/graph/edgeSides';
import type { GraphView } from '@/lib/graph/graphView';
import { cardHandles } from './cardHandles';
import type { GraphFlowEdge, GraphFlowNode } from './flowElements';

// Past this many server → channel links they merge into solid bands that hide everything else.
const MAX_HOSTS_EDGES = 40;

/**
 * React Flow's nodes and edges for a graph view. Node objects are built once per view; moving the
 * cursor or selecting replaces only the affected nodes, so the other cards keep their identity and
 * their memo'd components do not re-render.
 */
export function useFlowElements(
  view: GraphView | undefined,
  highlightedId: string | undefined,
  selectedId: string | undefined,
): { nodes: GraphFlowNode[]; edges: GraphFlowEdge[]; hiddenHosts: number } {
  const base = useMemo(() => {
    if (!view) return [];
    return view.graph.nodes.flatMap((node): GraphFlowNode[] => {
      const box = view.boxes[node.id];
      if (!box) return [];
      return [
        {
          id: node.id,
          type: 'graph',
          position: { x: box.x, y: box.y },
          width: box.width,
          height: box.height,
          // Known up front, so React Flow renders only the visible cards from the first frame.
          measured: { width: box.width, height: box.height },
          handles: cardHandles(box.width, box.height),
          data: { node, highlighted: false },
          selected: false,
          draggable: false,
          connectable: false,
        },
      ];
    });
  }, [view]);

  const nodes = useMemo(() => {
    if (highlightedId === undefined && selectedId === undefined) return base;
    return base.map((n) => {
      const highlighted = n.id === highlightedId;
      const selected = n.id === selectedId;
      return highlighted || selected ? { ...n, selected, data: { ...n.data, highlighted } } : n;
    });
  }, [base, highlightedId, selectedId]);

  const { edges, hiddenHosts } = useMemo(() => {
    if (!view) return { edges: [], hiddenHosts: 0 };
    const hosts = view.graph.edges.filter((e) => e.kind === 'hosts').length;
    const hideHosts = hosts > MAX_HOSTS_EDGES;
    const list = view.graph.edges.flatMap((edge): GraphFlowEdge[] => {
      if (hideHosts && edge.kind === 'hosts') return [];
      const source = view.boxes[edge.source];
      const target = view.boxes[edge.target];
      if (!source || !target) return [];
      const sides = edgeSides(edge, source, target);
      return [
        {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          sourceHandle: `s-${sides.source}`,
          targetHandle: `t-${sides.target}`,
          type: 'graph',
          data: edge.label ? { kind: edge.kind, label: edge.label } : { kind: edge.kind },
          markerEnd: { type: MarkerType.ArrowClosed, color: `var(--vis-edge-${edge.kind})`, width: 16, height: 16 },
          focusable: false,
        },
      ];
    });
    return { edges: list, hiddenHosts: hideHosts ? hosts : 0 };
  }, [view]);

  return { nodes, edges, hiddenHosts };
}
