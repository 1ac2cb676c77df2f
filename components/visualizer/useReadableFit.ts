'use client';

import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { APPLICATION_ID } from '@/lib/graph/deriveGraph';
import { fitViewport } from '@/lib/graph/fitViewport';
import type { NodeBox } from '@/lib/graph/nodeSize';

/** A panel opening or closing beside the graph changes its size this much (a quarter): the old framing no longer fits. */
const RESIZE_REFIT = 0.25;

/**
 * Frames the graph when its layout changes (a card or edge came or went, a stack opened), never for label or
 * fact edits, and again when the canvas is resized a lot: the whole graph when it fits at a readable zoom,
 * else the application and its neighbourhood (lib/graph/fitViewport). The user's own pan and zoom stay otherwise.
 */
export function useReadableFit(layoutKey: string | undefined, boxes: Readonly<Record<string, NodeBox>> | undefined): void {
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const fitted = useRef<{ key: string; width: number; height: number } | null>(null);
  useEffect(() => {
    if (!layoutKey || !boxes || width === 0 || height === 0) return;
    const last = fitted.current;
    if (last && last.key === layoutKey) {
      const change = Math.max(Math.abs(width - last.width) / last.width, Math.abs(height - last.height) / last.height);
      if (change < RESIZE_REFIT) return;
    }
    const frame = requestAnimationFrame(() => {
      fitted.current = { key: layoutKey, width, height };
      void flow.setViewport(fitViewport(boxes, { width, height }, APPLICATION_ID));
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, layoutKey, boxes, width, height]);
}
