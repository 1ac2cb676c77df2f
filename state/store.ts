import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { createAnalysisSlice } from './analysisSlice';
import { createDialogSlice } from './dialogSlice';
import { createDocumentSlice } from './documentSlice';
import type { StudioState } from './studioState';
import { createUiSlice } from './uiSlice';
import { createWorkspaceSlice, initialWorkspaceOf } from './workspaceSlice';
import type { InitialWorkspace } from './workspaceSlice';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';

export type StudioStore = ReturnType<typeof createStudioStore>;

/** A fresh studio store; the app makes one inside its provider, and each test makes its own. */
export function createStudioStore(initial: string | InitialWorkspace = DEFAULT_DOCUMENT) {
  const workspace = initialWorkspaceOf(initial);
  const active = workspace.documents.find((d) => d.id === workspace.activeId) ?? workspace.documents[0]!;
  return createStore<StudioState>()(
    subscribeWithSelector((...a) => {
      const state = {
        ...createDocumentSlice(active.text)(...a),
        ...createAnalysisSlice(...a),
        ...createUiSlice(...a),
        ...createWorkspaceSlice(workspace)(...a),
        ...createDialogSlice(...a),
      };
      return { ...state, activeId: active.id, readOnly: active.readOnly, cursor: active.cursor };
    }),
  );
}
