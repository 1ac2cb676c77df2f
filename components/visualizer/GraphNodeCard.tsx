'use client';

import { memo, useState } from 'react';
import type { DragEvent } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { KIND_TITLES } from '@/lib/graph/edgeStyle';
import { useStudioStore } from '@/state/useStudio';
import type { GraphFlowNode } from './flowElements';
import { canConnect, isDragSource, NODE_DRAG_TYPE, useGraphEditing } from './graphEditing';

const SIDES = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
] as const;

// Every side has a source and a target handle: the edge picks its sides from the layout (edgeSides).
const HANDLES = SIDES.flatMap(([side, position]) => [
  <Handle key={`s-${side}`} id={`s-${side}`} type="source" position={position} isConnectable={false} className="graph-handle" />,
  <Handle key={`t-${side}`} id={`t-${side}`} type="target" position={position} isConnectable={false} className="graph-handle" />,
]);

/**
 * One element of the document: its kind, name and key facts. Operations and messages can be dragged
 * onto the cards that accept them (an operation onto a channel, a message onto a channel or an operation).
 */
function GraphNodeCardImpl({ data, selected }: NodeProps<GraphFlowNode>) {
  const { node, highlighted, dimmed } = data;
  const store = useStudioStore();
  const editing = useGraphEditing();
  const [over, setOver] = useState(false);
  const source = editing.enabled && isDragSource(node.kind);
  const accepts = editing.dragging !== null && canConnect(editing.dragging, node.kind);
  const classes = ['graph-node', `graph-node-${node.kind}`];
  if (highlighted) classes.push('is-highlighted');
  if (selected) classes.push('is-selected');
  if (dimmed) classes.push('is-dimmed');
  if (node.stack) classes.push('graph-node-stack');
  // `nopan`: pressing on a draggable card starts a drag, not a pan of the canvas.
  if (source) classes.push('is-draggable', 'nopan');
  if (accepts) classes.push('accepts-drop');
  if (accepts && over) classes.push('is-drop-target');

  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(NODE_DRAG_TYPE, node.id);
    event.dataTransfer.effectAllowed = 'link';
    editing.startDrag(node.kind);
  };
  const onDragOver = (event: DragEvent) => {
    if (!accepts || !event.dataTransfer.types.includes(NODE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'link';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    const dragged = event.dataTransfer.getData(NODE_DRAG_TYPE);
    setOver(false);
    if (!dragged || !accepts) return;
    event.preventDefault();
    editing.connect(dragged, node.id);
  };

  return (
    <div
      className={classes.join(' ')}
      data-testid="graph-node"
      data-kind={node.kind}
      data-node-id={node.id}
      data-highlighted={highlighted || undefined}
      data-dimmed={dimmed || undefined}
      data-accepts-drop={accepts || undefined}
      title={
        node.stack
          ? `${node.label} of one channel, folded: click to show them all`
          : source
            ? `${node.label} — drag onto a ${node.kind === 'operation' ? 'channel' : 'channel or an operation'} to connect`
            : node.label
      }
      draggable={source || undefined}
      onDragStart={source ? onDragStart : undefined}
      onDragEnd={source ? editing.endDrag : undefined}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {HANDLES}
      <div className="graph-node-kind">{node.stack ? 'Messages' : KIND_TITLES[node.kind]}</div>
      <div className="graph-node-label">{node.label}</div>
      {node.facts.map((fact) => (
        <div className="graph-node-fact" key={fact.label} title={`${fact.label}: ${fact.value}`}>
          <span className="graph-node-fact-label">{fact.label}</span> {fact.value}
        </div>
      ))}
      {node.folds?.expanded ? (
        <button
          type="button"
          className="graph-node-fold nodrag nopan"
          data-testid="graph-fold"
          onClick={(event) => {
            // The card's own click would select the channel; this button only folds.
            event.stopPropagation();
            store.getState().toggleStack(node.folds!.stack);
          }}
        >
          Fold its {node.folds.count} messages
        </button>
      ) : null}
    </div>
  );
}

export const GraphNodeCard = memo(GraphNodeCardImpl);
