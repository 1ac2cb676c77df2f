'use client';

import { useMemo } from 'react';
import type { FlowNode } from '@/lib/graph/flowGraph';
import { nodeAtLine } from '@/lib/graph/nodeAtLine';
import { selectCursorLine } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';

/**
 * The id of the innermost node the editor's cursor is in. The editor reports the cursor at most once
 * per animation frame, so this recomputes at most once per frame too, and only when the line changes.
 */
export function useCursorNodeId(nodes: ReadonlyArray<FlowNode>): string | undefined {
  const line = useStudio(selectCursorLine);
  return useMemo(() => nodeAtLine(nodes, line)?.id, [nodes, line]);
}
