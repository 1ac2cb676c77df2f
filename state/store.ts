import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { createAnalysisSlice } from './analysisSlice';
import { createDialogSlice } from './dialogSlice';
import { createDocumentSlice } from './documentSlice';
import type { StudioState } from './studioState';
import { createUiSlice } from './uiSlice';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';

export type StudioStore = ReturnType<typeof createStudioStore>;

/** A fresh studio store; the app makes one inside its provider, and each test makes its own. */
export function createStudioStore(initialText: string = DEFAULT_DOCUMENT) {
  return createStore<StudioState>()(
    subscribeWithSelector((...a) => ({
      ...createDocumentSlice(initialText)(...a),
      ...createAnalysisSlice(...a),
      ...createUiSlice(...a),
      ...createDialogSlice(...a),
    })),
  );
}
