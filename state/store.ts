import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { createAnalysisSlice } from './analysisSlice';
import { createDialogSlice } from './dialogSlice';
import { createFilesSlice, initialWorkspaceOf } from './filesSlice';
import type { InitialWorkspace } from './filesSlice';
import { createJobsSlice } from './jobsSlice';
import type { StudioServices } from './services';
import type { StudioState } from './studioState';
import { createUiSlice } from './uiSlice';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';

export type StudioStore = ReturnType<typeof createStudioStore>;

/** Services that refuse every job: for stores that never run one (most unit tests). */
const NO_SERVICES: StudioServices = new Proxy({} as StudioServices, {
  get: (_target, name) => {
    throw new Error(`This store was created without services; "${String(name)}" cannot run. Pass services to createStudioStore.`);
  },
});

/**
 * A fresh studio store; the app makes one inside its provider (with browser workers as services),
 * and each test makes its own (with fakes where it runs jobs).
 */
export function createStudioStore(initial: string | InitialWorkspace = DEFAULT_DOCUMENT, services: StudioServices = NO_SERVICES) {
  const workspace = initialWorkspaceOf(initial);
  return createStore<StudioState>()(
    subscribeWithSelector((...a) => ({
      ...createFilesSlice(workspace)(...a),
      ...createAnalysisSlice(...a),
      ...createJobsSlice(services)(...a),
      ...createUiSlice(...a),
      ...createDialogSlice(...a),
    })),
  );
}
