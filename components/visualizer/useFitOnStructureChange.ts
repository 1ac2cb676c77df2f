'use client';

import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
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

/** A panel opening or closing beside the graph changes its size this much (a quarter): the old framing no longer fits. */
const RESIZE_REFIT = 0.25;

/**
 * Fits the view again when the canvas is resized a lot (the inspector opening below it halves its height),
 * so the cards stay in view; small resizes keep the user's pan and zoom.
 */
export function useFitOnResize(nodes: ReadonlyArray<GraphFlowNode>): void {
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const fittedSize = useRef<{ width: number; height: number } | null>(null);
  useEffect(() => {
    if (width === 0 || height === 0 || nodes.length === 0) return;
    const last = fittedSize.current;
    if (!last) {
      fittedSize.current = { width, height };
      return;
    }
    const change = Math.max(Math.abs(width - last.width) / last.width, Math.abs(height - last.height) / last.height);
    if (change < RESIZE_REFIT) return;
    const frame = requestAnimationFrame(() => {
      fittedSize.current = { width, height };
      void flow.fitView({ padding: 0.1, maxZoom: 1.25, minZoom: 0.02, nodes: framedNodes(nodes) });
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, width, height, nodes]);
}
