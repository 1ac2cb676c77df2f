'use client';

import { memo } from 'react';
import { BaseEdge, getBezierPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { routePath } from '@/lib/graph/routePath';
import type { GraphFlowEdge } from './flowElements';

/** A directed link between two elements along its orthogonal route, styled by its kind (see visualizer.css). */
function GraphEdgeLineImpl(props: EdgeProps<GraphFlowEdge>) {
  const points = props.data?.points;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (points && points.length >= 2) {
    const route = routePath(points);
    path = route.d;
    labelX = route.mid.x;
    labelY = route.mid.y;
  } else {
    [path, labelX, labelY] = getBezierPath(props);
  }
  const kind = props.data?.kind ?? 'sends';
  const classes = `graph-edge graph-edge-${kind}${props.data?.dimmed ? ' is-dimmed' : ''}`;
  return (
    <g className={classes} data-testid="graph-edge" data-edge-kind={kind} data-source={props.source} data-target={props.target} role="img" aria-label={props.data?.name}>
      <title>{props.data?.name}</title>
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
