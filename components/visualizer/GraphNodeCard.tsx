'use client';

import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { KIND_TITLES } from '@/lib/graph/edgeStyle';
import type { GraphFlowNode } from './flowElements';

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

/** One element of the document: its kind, name and key facts. */
function GraphNodeCardImpl({ data, selected }: NodeProps<GraphFlowNode>) {
  const { node, highlighted } = data;
  const classes = ['graph-node', `graph-node-${node.kind}`];
  if (highlighted) classes.push('is-highlighted');
  if (selected) classes.push('is-selected');
  return (
    <div className={classes.join(' ')} data-testid="graph-node" data-kind={node.kind} data-node-id={node.id} data-highlighted={highlighted || undefined} title={node.label}>
      {HANDLES}
      <div className="graph-node-kind">{KIND_TITLES[node.kind]}</div>
      <div className="graph-node-label">{node.label}</div>
      {node.facts.map((fact) => (
        <div className="graph-node-fact" key={fact.label} title={`${fact.label}: ${fact.value}`}>
          <span className="graph-node-fact-label">{fact.label}</span> {fact.value}
        </div>
      ))}
    </div>
  );
}

export const GraphNodeCard = memo(GraphNodeCardImpl);
