'use client';

import { useViewport } from '@xyflow/react';

/** The current pan and zoom as data attributes, so tests can check an edit kept the user's viewport. */
export function ViewportProbe() {
  const { x, y, zoom } = useViewport();
  return <span hidden data-testid="graph-viewport" data-x={Math.round(x)} data-y={Math.round(y)} data-zoom={zoom.toFixed(3)} />;
}
