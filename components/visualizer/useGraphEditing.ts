'use client';

import { useCallback, useMemo, useState } from 'react';
import type { FlowNodeKind } from '@/lib/graph/flowGraph';
import { pointerOfNode } from '@/lib/edit/graphPointers';
import { selectIsBeforeV3, selectReadOnly } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import type { GraphEditing } from './graphEditing';

/**
 * The graph's editing: dragging operations and messages onto channels and operations becomes the
 * visual action that connects them (one undo step in the editor).
 */
export function useGraphEditingState(): GraphEditing {
  const store = useStudioStore();
  const readOnly = useStudio(selectReadOnly);
  const beforeV3 = useStudio(selectIsBeforeV3);
  const [dragging, setDragging] = useState<FlowNodeKind | null>(null);

  const connect = useCallback(
    (sourceId: string, targetId: string) => {
      setDragging(null);
      const source = pointerOfNode(sourceId, beforeV3);
      const target = pointerOfNode(targetId, beforeV3);
      if (!source || !target || source === target) return;
      const state = store.getState();
      const action = sourceId.startsWith('operation:')
        ? ({ kind: 'set-operation-channel', operation: source, channel: target } as const)
        : ({ kind: 'attach-message', message: source, target } as const);
      void state.runVisualAction(action, { select: source });
    },
    [beforeV3, store],
  );

  return useMemo(
    () => ({ enabled: !readOnly, dragging, startDrag: setDragging, endDrag: () => setDragging(null), connect }),
    [readOnly, dragging, connect],
  );
}
