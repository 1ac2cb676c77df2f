'use client';

import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { APPLICATION_ID } from '@/lib/graph/deriveGraph';
import type { FlowGraph } from '@/lib/graph/flowGraph';
import { fitViewport, graphNeighbourhood } from '@/lib/graph/fitViewport';
import type { NodeBox } from '@/lib/graph/nodeSize';

/**
 * Frames the graph when its structure changes (a card or edge came or went), never for label or fact edits or
 * a stack opening: the whole graph when it fits at a readable zoom, else the application and its
 * neighbourhood (lib/graph/fitViewport). When the canvas is resized (the inspector opening below it), the
 * point in the middle stays in the middle at the same zoom, so the card the user was looking at stays put.
 */
export function useReadableFit(fitKey: string | undefined, boxes: Readonly<Record<string, NodeBox>> | undefined, graph: FlowGraph): void {
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const fitted = useRef<string | undefined>(undefined);
  const size = useRef<{ width: number; height: number } | null>(null);

  useEffect(() => {
    if (!fitKey || !boxes || width === 0 || height === 0 || fitted.current === fitKey) return;
    const frame = requestAnimationFrame(() => {
      fitted.current = fitKey;
      size.current = { width, height };
      void flow.setViewport(fitViewport(boxes, { width, height }, APPLICATION_ID, graphNeighbourhood(graph, APPLICATION_ID)));
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, fitKey, boxes, graph, width, height]);

  useEffect(() => {
    const last = size.current;
    if (!last || width === 0 || height === 0 || (last.width === width && last.height === height)) return;
    size.current = { width, height };
    const { x, y, zoom } = flow.getViewport();
    void flow.setViewport({ x: x + (width - last.width) / 2, y: y + (height - last.height) / 2, zoom });
  }, [flow, width, height]);
}
