'use client';

import { memo } from 'react';
import { BaseEdge, getBezierPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import type { GraphFlowEdge } from './flowElements';

/** A directed link between two elements, styled by its kind (see visualizer.css). */
function GraphEdgeLineImpl(props: EdgeProps<GraphFlowEdge>) {
  const [path, labelX, labelY] = getBezierPath(props);
  const kind = props.data?.kind ?? 'sends';
  return (
    <g className={`graph-edge graph-edge-${kind}`} data-testid="graph-edge" data-edge-kind={kind} data-source={props.source} data-target={props.target}>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        label={props.data?.label}
        labelX={labelX}
        labelY={labelY}
        labelShowBg
        labelBgPadding={[4, 2]}
        labelBgBorderRadius={3}
      />
    </g>
  );
}

export const GraphEdgeLine = memo(GraphEdgeLineImpl);
