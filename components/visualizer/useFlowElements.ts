'use client';

import { useMemo } from 'react';
import { MarkerType } from '@xyflow/react';
import { EDGE_TITLES } from '@/lib/graph/edgeStyle';
import { edgeSides } from '@/lib/graph/edgeSides';
import type { FlowGraph } from '@/lib/graph/flowGraph';
import type { GraphLayout } from '@/lib/graph/elkLayout';
import { cardHandles } from './cardHandles';
import type { GraphFlowEdge, GraphFlowNode } from './flowElements';

/** Ids of a node and the nodes one edge away from it. */
function neighbourhood(graph: FlowGraph, id: string): Set<string> {
  const near = new Set([id]);
  for (const edge of graph.edges) {
    if (edge.source === id) near.add(edge.target);
    if (edge.target === id) near.add(edge.source);
  }
  return near;
}

/**
 * React Flow's nodes and edges for a laid-out graph. Node objects are built once per graph and layout; moving
 * the cursor or selecting replaces only the affected nodes (and, with a selection, dims the cards away from it),
 * so the other cards keep their identity and their memo'd components do not re-render.
 */
export function useFlowElements(
  graph: FlowGraph | undefined,
  layout: GraphLayout | undefined,
  highlightedId: string | undefined,
  selectedId: string | undefined,
): { nodes: GraphFlowNode[]; edges: GraphFlowEdge[] } {
  const labels = useMemo(() => new Map(graph?.nodes.map((n) => [n.id, n.label])), [graph]);

  const base = useMemo(() => {
    if (!graph || !layout) return [];
    return graph.nodes.flatMap((node): GraphFlowNode[] => {
      const box = layout.boxes[node.id];
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
  }, [graph, layout]);

  const near = useMemo(() => (graph && selectedId ? neighbourhood(graph, selectedId) : null), [graph, selectedId]);

  const nodes = useMemo(() => {
    if (highlightedId === undefined && near === null) return base;
    return base.map((n) => {
      const highlighted = n.id === highlightedId;
      const selected = n.id === selectedId;
      const dimmed = near !== null && !near.has(n.id);
      return highlighted || selected || dimmed ? { ...n, selected, data: { ...n.data, highlighted, dimmed } } : n;
    });
  }, [base, highlightedId, selectedId, near]);

  const routed = useMemo(() => {
    if (!graph || !layout) return [];
    // Only edges the layout routed are drawn: it leaves out hub links that would bury the picture.
    return graph.edges.flatMap((edge): GraphFlowEdge[] => {
      const points = layout.routes[edge.id];
      const source = layout.boxes[edge.source];
      const target = layout.boxes[edge.target];
      if (!points || !source || !target) return [];
      const sides = edgeSides(edge, source, target);
      const name = `${labels.get(edge.source) ?? edge.source} ${EDGE_TITLES[edge.kind]} ${labels.get(edge.target) ?? edge.target}`;
      return [
        {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          sourceHandle: `s-${sides.source}`,
          targetHandle: `t-${sides.target}`,
          type: 'graph',
          data: { kind: edge.kind, name, points, ...(edge.label ? { label: edge.label } : {}) },
          markerEnd: { type: MarkerType.ArrowClosed, color: `var(--vis-edge-${edge.kind})`, width: 16, height: 16 },
          focusable: false,
        },
      ];
    });
  }, [graph, layout, labels]);

  const edges = useMemo(() => {
    if (!selectedId) return routed;
    return routed.map((e) => (e.source === selectedId || e.target === selectedId ? e : { ...e, data: { ...e.data!, dimmed: true } }));
  }, [routed, selectedId]);

  return { nodes, edges };
}
