'use client';

import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { GraphFlowNode } from './flowElements';

// Past this many nodes a whole-graph fit makes every card unreadably small: fit the top rows instead.
const LARGE = 120;
const FIRST_ROWS = 24;

/** The nodes a fit should frame: all of them, or the topmost ones of a large graph. */
function framedNodes(nodes: ReadonlyArray<GraphFlowNode>): { id: string }[] | undefined {
  if (nodes.length <= LARGE) return undefined;
  return [...nodes]
    .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
    .slice(0, FIRST_ROWS)
    .map((n) => ({ id: n.id }));
}

/**
 * Fits the view when the graph's structure changes (a node or edge came or went), never for label
 * or fact edits: the user's pan and zoom stay where they put them.
 */
export function useFitOnStructureChange(signature: string | undefined, nodes: ReadonlyArray<GraphFlowNode>): void {
  const flow = useReactFlow();
  const fitted = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (signature === undefined || signature === fitted.current || nodes.length === 0) return;
    const frame = requestAnimationFrame(() => {
      fitted.current = signature;
      void flow.fitView({ padding: 0.1, maxZoom: 1.25, minZoom: 0.02, nodes: framedNodes(nodes) });
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, signature, nodes]);
}
