'use client';

import { useCallback, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Background, Controls, MiniMap, Panel, ReactFlow, useStore } from '@xyflow/react';
import type { NodeMouseHandler } from '@xyflow/react';
import { nodeOfPointer, pointerOfNode } from '@/lib/edit/graphPointers';
import type { GraphView } from '@/lib/graph/graphView';
import { selectInspector, selectIsBeforeV3 } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import type { GraphFlowNode } from './flowElements';
import { GraphEdgeLine } from './GraphEdgeLine';
import { GraphEditingContext } from './graphEditing';
import { GraphNodeCard } from './GraphNodeCard';
import { useGraphEditingState } from './useGraphEditing';
import { useCursorNodeId } from './useCursorNodeId';
import { useFitOnResize, useFitOnStructureChange } from './useFitOnStructureChange';
import { useFlowElements } from './useFlowElements';
import { ViewportProbe } from './ViewportProbe';

// Module constants: React Flow re-creates its renderers when these objects change identity.
const NODE_TYPES = { graph: GraphNodeCard };
const EDGE_TYPES = { graph: GraphEdgeLine };
const PRO_OPTIONS = { hideAttribution: true };

// A canvas shorter or narrower than this (the inspector open below it) has no room for a 200×150 minimap
// over its corner: it would hide the cards it summarises.
const MINIMAP_MIN_HEIGHT = 380;
const MINIMAP_MIN_WIDTH = 560;

function minimapColor(node: GraphFlowNode): string {
  return `var(--vis-kind-${node.data.node.kind})`;
}

/** Delete and Backspace on a selected card ask to delete its object (the dialog lists what refers to it). */
function isDeleteKey(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement;
  return (event.key === 'Delete' || event.key === 'Backspace') && !target.closest('input, textarea, select, [contenteditable]');
}

/**
 * The pannable, zoomable graph. Clicking a node takes the editor to its definition and opens its form in
 * the inspector; cards can be dragged onto others to connect them.
 */
export function GraphCanvas({ view }: { view: GraphView }) {
  const store = useStudioStore();
  const beforeV3 = useStudio(selectIsBeforeV3);
  const inspected = useStudio(selectInspector)?.pointer ?? null;
  // The user's own choice in the graph, tied to the object the inspector showed when it was made; once the
  // inspector moves on (the outline, the editor, an add), its object is the graph's selection.
  const [choice, setChoice] = useState<{ id: string | undefined; inspected: string | null }>({ id: undefined, inspected: null });
  const selectedId = choice.inspected === inspected ? choice.id : ((inspected && nodeOfPointer(inspected, beforeV3)) ?? undefined);
  const cursorNodeId = useCursorNodeId(view.graph.nodes);
  const { nodes, edges, hiddenHosts } = useFlowElements(view, cursorNodeId, selectedId);
  const editing = useGraphEditingState();
  const roomForMinimap = useStore((s) => s.height >= MINIMAP_MIN_HEIGHT && s.width >= MINIMAP_MIN_WIDTH);
  useFitOnStructureChange(view.signature, nodes);
  useFitOnResize(nodes);

  const onNodeClick = useCallback<NodeMouseHandler<GraphFlowNode>>(
    (_event, node) => {
      const state = store.getState();
      const range = node.data.node.range;
      // The editor follows, but the keyboard stays on the selected card (Delete, arrows).
      if (range) state.goTo(range.startLine, range.startColumn, { keepFocus: true });
      const pointer = pointerOfNode(node.id, beforeV3);
      setChoice({ id: node.id, inspected: pointer ?? inspected });
      if (pointer) {
        state.showPanelBeside('inspector', 'visualizer');
        void state.inspect({ pointer });
      }
    },
    [store, beforeV3, inspected],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (!selectedId || !editing.enabled || !isDeleteKey(event)) return;
    const pointer = pointerOfNode(selectedId, beforeV3);
    if (!pointer || pointer === '/info') return;
    event.preventDefault();
    store.getState().askToDelete(pointer);
  };

  return (
    <GraphEditingContext.Provider value={editing}>
      <ReactFlow<GraphFlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodeClick={onNodeClick}
        onPaneClick={() => setChoice({ id: undefined, inspected })}
        onKeyDown={onKeyDown}
        deleteKeyCode={null}
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
        {roomForMinimap && <MiniMap<GraphFlowNode> pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} ariaLabel="Graph overview" />}
      </ReactFlow>
    </GraphEditingContext.Provider>
  );
}
