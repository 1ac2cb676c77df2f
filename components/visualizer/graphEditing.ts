import { createContext, useContext } from 'react';
import type { FlowNodeKind } from '@/lib/graph/flowGraph';

/** The MIME type a dragged card carries (its graph node id): other drags (files, text) are not connections. */
export const NODE_DRAG_TYPE = 'application/x-asyncapi-graph-node';

/** What may be dropped on what: an operation on a channel (its channel), a message on a channel or an operation. */
export function canConnect(source: FlowNodeKind, target: FlowNodeKind): boolean {
  if (source === 'operation') return target === 'channel';
  if (source === 'message') return target === 'channel' || target === 'operation';
  return false;
}

export function isDragSource(kind: FlowNodeKind): boolean {
  return kind === 'operation' || kind === 'message';
}

export interface GraphEditing {
  /** Visual edits are possible (the document is not read-only). */
  enabled: boolean;
  /** The kind of card being dragged, so cards that accept it can say so. */
  dragging: FlowNodeKind | null;
  startDrag: (kind: FlowNodeKind) => void;
  endDrag: () => void;
  /** Connects the dragged card (by graph node id) to the card it was dropped on. */
  connect: (sourceId: string, targetId: string) => void;
}

const NONE: GraphEditing = { enabled: false, dragging: null, startDrag: () => {}, endDrag: () => {}, connect: () => {} };

export const GraphEditingContext = createContext<GraphEditing>(NONE);

export function useGraphEditing(): GraphEditing {
  return useContext(GraphEditingContext);
}
