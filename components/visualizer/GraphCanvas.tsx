'use client';

import { useCallback, useState } from 'react';
import { Background, Controls, MiniMap, Panel, ReactFlow } from '@xyflow/react';
import type { NodeMouseHandler } from '@xyflow/react';
import type { GraphView } from '@/lib/graph/graphView';
import { useStudioStore } from '@/state/useStudio';
import type { GraphFlowNode } from './flowElements';
import { GraphEdgeLine } from './GraphEdgeLine';
import { GraphNodeCard } from './GraphNodeCard';
import { useCursorNodeId } from './useCursorNodeId';
import { useFitOnStructureChange } from './useFitOnStructureChange';
import { useFlowElements } from './useFlowElements';
import { ViewportProbe } from './ViewportProbe';

// Module constants: React Flow re-creates its renderers when these objects change identity.
const NODE_TYPES = { graph: GraphNodeCard };
const EDGE_TYPES = { graph: GraphEdgeLine };
const PRO_OPTIONS = { hideAttribution: true };

function minimapColor(node: GraphFlowNode): string {
  return `var(--vis-kind-${node.data.node.kind})`;
}

/** The pannable, zoomable graph. Clicking a node takes the editor to its definition. */
export function GraphCanvas({ view }: { view: GraphView }) {
  const store = useStudioStore();
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const cursorNodeId = useCursorNodeId(view.graph.nodes);
  const { nodes, edges, hiddenHosts } = useFlowElements(view, cursorNodeId, selectedId);
  useFitOnStructureChange(view.signature, nodes);

  const onNodeClick = useCallback<NodeMouseHandler<GraphFlowNode>>(
    (_event, node) => {
      setSelectedId(node.id);
      const range = node.data.node.range;
      if (range) store.getState().goTo(range.startLine, range.startColumn);
    },
    [store],
  );

  return (
    <ReactFlow<GraphFlowNode>
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      onNodeClick={onNodeClick}
      onPaneClick={() => setSelectedId(undefined)}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      onlyRenderVisibleElements
      minZoom={0.02}
      maxZoom={2.5}
      colorMode="system"
      proOptions={PRO_OPTIONS}
      data-testid="graph-canvas"
    >
      <Background gap={24} size={1} />
      <ViewportProbe />
      {hiddenHosts > 0 ? (
        <Panel position="top-left" className="visualizer-note">
          {hiddenHosts} server → channel links hidden to keep the graph readable (the exports include them)
        </Panel>
      ) : null}
      <Controls showInteractive={false} />
      <MiniMap<GraphFlowNode> pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} ariaLabel="Graph overview" />
    </ReactFlow>
  );
}
