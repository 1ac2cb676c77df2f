import { useCallback } from 'react';
import type { EditOp } from '@/lib/edit/editOps';
import type { VisualEditResult } from '@/state/visualEditSlice';
import { useStudioStore } from '@/state/useStudio';

const NOTHING: VisualEditResult = { ok: true, notes: [] };

/** Applies a field's ops to the active document as one visual edit (one undo step); nothing for no ops. */
export function useApplyOps(): (ops: EditOp[], select?: string | null) => Promise<VisualEditResult> {
  const store = useStudioStore();
  return useCallback(
    (ops, select) => (ops.length === 0 ? Promise.resolve(NOTHING) : store.getState().runVisualAction({ kind: 'ops', ops }, select === undefined ? {} : { select })),
    [store],
  );
}
