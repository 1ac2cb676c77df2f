import type { FlowEdge } from './flowGraph';
import type { NodeBox } from './nodeSize';

export type Side = 'top' | 'right' | 'bottom' | 'left';

export interface EdgeSides {
  source: Side;
  target: Side;
}

/**
 * Which sides of the two boxes an edge leaves and enters: servers sit above their channels (bottom →
 * top); everything else flows sideways, towards wherever the target is.
 * @remarks Shared by the canvas (handle ids) and the SVG export, so both draw the same picture.
 */
export function edgeSides(edge: Pick<FlowEdge, 'kind'>, source: NodeBox, target: NodeBox): EdgeSides {
  const sourceBelow = source.y >= target.y + target.height;
  const targetBelow = target.y >= source.y + source.height;
  if (edge.kind === 'hosts' || (overlapX(source, target) && (sourceBelow || targetBelow))) {
    return targetBelow ? { source: 'bottom', target: 'top' } : { source: 'top', target: 'bottom' };
  }
  const forward = target.x + target.width / 2 >= source.x + source.width / 2;
  return forward ? { source: 'right', target: 'left' } : { source: 'left', target: 'right' };
}

function overlapX(a: NodeBox, b: NodeBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width;
}

/** The middle of one side of a box. */
export function sidePoint(box: NodeBox, side: Side): { x: number; y: number } {
  switch (side) {
    case 'top':
      return { x: box.x + box.width / 2, y: box.y };
    case 'bottom':
      return { x: box.x + box.width / 2, y: box.y + box.height };
    case 'left':
      return { x: box.x, y: box.y + box.height / 2 };
    case 'right':
      return { x: box.x + box.width, y: box.y + box.height / 2 };
  }
}
