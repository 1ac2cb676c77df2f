'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Background, Controls, MiniMap, ReactFlow, useReactFlow, useStore } from '@xyflow/react';
import type { NodeMouseHandler } from '@xyflow/react';
import { nodeOfPointer, pointerOfNode } from '@/lib/edit/graphPointers';
import { centreOn } from '@/lib/graph/fitViewport';
import type { GraphPicture } from '@/state/layoutSlice';
import { selectInspector, selectIsBeforeV3, selectThemeChoice } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import type { GraphFlowNode } from './flowElements';
import { GraphEdgeLine } from './GraphEdgeLine';
import { GraphEditingContext } from './graphEditing';
import { GraphNodeCard } from './GraphNodeCard';
import { useGraphEditingState } from './useGraphEditing';
import { useCursorNodeId } from './useCursorNodeId';
import { useElementWidth } from './useElementWidth';
import { useFlowElements } from './useFlowElements';
import { useReadableFit } from './useReadableFit';
import { ViewportProbe } from './ViewportProbe';

// Module constants: React Flow re-creates its renderers when these objects change identity.
const NODE_TYPES = { graph: GraphNodeCard };
const EDGE_TYPES = { graph: GraphEdgeLine };
const PRO_OPTIONS = { hideAttribution: true };

// The overview sits beside the canvas, never over it: only when the panel is wide enough to spare it, and
// only for graphs larger than a screen.
const OVERVIEW_MIN_WIDTH = 720;
const OVERVIEW_MIN_NODES = 16;
// Up to this many cards all are rendered (cheap), so every card can be found and reached; beyond, only those in view.
const RENDER_ALL_UP_TO = 300;

/** A card to centre (a search result, a stack's channel after it opened); `seq` tells two requests for one card apart. */
export interface FocusRequest {
  id: string;
  seq: number;
}

function minimapColor(node: GraphFlowNode): string {
  return `var(--vis-kind-${node.data.node.kind})`;
}

/** Focuses a card once the panes have settled (two frames: the arrangement, then the canvas in it). */
function refocus(id: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`[data-testid="visualizer"] .react-flow__node[data-id="${CSS.escape(id)}"]`);
      card?.focus({ preventScroll: true });
    }),
  );
}

/** Delete and Backspace on a selected card ask to delete its object (the dialog lists what refers to it). */
function isDeleteKey(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement;
  return (event.key === 'Delete' || event.key === 'Backspace') && !target.closest('input, textarea, select, [contenteditable]');
}

/**
 * The pannable, zoomable graph. Clicking a node takes the editor to its definition, opens its form in the
 * inspector and dims every card that is not its neighbour; clicking a message stack opens it. Cards can be
 * dragged onto others to connect them.
 */
export function GraphCanvas({ picture, focus, onFocus }: { picture: GraphPicture; focus: FocusRequest | null; onFocus: (id: string | null) => void }) {
  const store = useStudioStore();
  const flow = useReactFlow();
  const beforeV3 = useStudio(selectIsBeforeV3);
  // The studio's theme choice, not only the system's: a dark studio on a light system draws a dark canvas.
  const colorMode = useStudio(selectThemeChoice);
  const inspected = useStudio(selectInspector)?.pointer ?? null;
  // The user's own choice in the graph, tied to the object the inspector showed when it was made; once the
  // inspector moves on (the outline, the editor, an add), its object is the graph's selection.
  const [choice, setChoice] = useState<{ id: string | undefined; inspected: string | null }>({ id: undefined, inspected: null });
  const selectedId = choice.inspected === inspected ? choice.id : ((inspected && nodeOfPointer(inspected, beforeV3)) ?? undefined);
  const cursorNodeId = useCursorNodeId(picture.graph.nodes);
  const { nodes, edges } = useFlowElements(picture.graph, picture.layout, cursorNodeId, selectedId);
  const editing = useGraphEditingState();
  const row = useRef<HTMLDivElement>(null);
  const rowWidth = useElementWidth(row);
  const canvasWidth = useStore((s) => s.width);
  const canvasHeight = useStore((s) => s.height);
  const done = picture.status === 'done';
  // A provisional first picture is framed too, and ELK's picture framed again when it replaces it.
  const framed = done || picture.provisional === true;
  useReadableFit(framed ? `${picture.signature}${picture.provisional ? '#provisional' : ''}` : undefined, framed ? picture.layout?.boxes : undefined, picture.graph);

  // Centre a requested card once the layout has it (a stack being opened is laid out first).
  useEffect(() => {
    if (!focus || !done || canvasWidth === 0) return;
    const box = picture.layout?.boxes[focus.id];
    if (!box) return;
    // On the next frame, after the fit of a fresh layout (useReadableFit), which this overrides.
    const frame = requestAnimationFrame(() => {
      void flow.setViewport(centreOn(box, { width: canvasWidth, height: canvasHeight }, flow.getZoom()));
      setChoice({ id: focus.id, inspected });
      onFocus(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, done, picture.layout, flow, canvasWidth, canvasHeight, inspected, onFocus]);

  const onNodeClick = useCallback<NodeMouseHandler<GraphFlowNode>>(
    (_event, node) => {
      const state = store.getState();
      const stack = node.data.node.stack;
      if (stack) {
        state.openStack(node.id);
        onFocus(stack.channel);
        return;
      }
      const range = node.data.node.range;
      // The editor follows, but the keyboard stays on the selected card (Delete, arrows).
      if (range) state.goTo(range.startLine, range.startColumn, { keepFocus: true });
      const pointer = pointerOfNode(node.id, beforeV3);
      setChoice({ id: node.id, inspected: pointer ?? inspected });
      if (pointer) {
        state.showPanelBeside('inspector', 'visualizer');
        void state.inspect({ pointer });
        // Opening the inspector re-arranges the side panes: give the keyboard back to the card (Delete, Escape).
        refocus(node.id);
      }
    },
    [store, beforeV3, inspected, onFocus],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && selectedId) return setChoice({ id: undefined, inspected });
    if (!selectedId || !editing.enabled || !isDeleteKey(event)) return;
    const pointer = pointerOfNode(selectedId, beforeV3);
    if (!pointer || pointer === '/info') return;
    event.preventDefault();
    store.getState().askToDelete(pointer);
  };

  const showOverview = rowWidth >= OVERVIEW_MIN_WIDTH && nodes.length >= OVERVIEW_MIN_NODES;
  return (
    <GraphEditingContext.Provider value={editing}>
      <div className="visualizer-canvas-row" ref={row}>
        <div className="visualizer-canvas">
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
            onlyRenderVisibleElements={nodes.length > RENDER_ALL_UP_TO}
            minZoom={0.05}
            maxZoom={2.5}
            colorMode={colorMode}
            proOptions={PRO_OPTIONS}
            data-testid="graph-canvas"
          >
            <Background gap={24} size={1} />
            <ViewportProbe />
            {/* Horizontal, bottom right: the drawing starts top left, where the application is framed. */}
            <Controls showInteractive={false} orientation="horizontal" position="bottom-right" fitViewOptions={{ padding: 0.1, maxZoom: 1.25 }} />
          </ReactFlow>
        </div>
        {showOverview ? (
          <aside className="visualizer-overview" aria-label="Graph overview" data-testid="graph-overview">
            <MiniMap<GraphFlowNode> pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} ariaLabel="Graph overview" position="top-left" />
          </aside>
        ) : null}
      </div>
    </GraphEditingContext.Provider>
  );
}
