import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { createAnalysisSlice } from './analysisSlice';
import { createCompareSlice } from './compareSlice';
import type { CompareDeps } from './compareSlice';
import { createDialogSlice } from './dialogSlice';
import { createFilesSlice, initialWorkspaceOf } from './filesSlice';
import { createGovernanceSlice } from './governanceSlice';
import { createExamplesSlice } from './examplesSlice';
import { createFolderSlice } from './folderSlice';
import type { InitialWorkspace } from './filesSlice';
import { createHistorySlice } from './historySlice';
import type { HistoryDeps } from './historySlice';
import { createJobsSlice } from './jobsSlice';
import { createWorkspaceJobsSlice } from './workspaceJobsSlice';
import { createLayoutSlice } from './layoutSlice';
import { createLiveSlice } from './liveSlice';
import type { LiveOptions } from './liveSlice';
import type { StudioServices } from './services';
import { createSettingsSlice } from './settingsSlice';
import type { InitialSettings } from './settingsSlice';
import type { StudioState } from './studioState';
import { createUiSlice } from './uiSlice';
import { createVisualEditSlice } from './visualEditSlice';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';

export type StudioStore = ReturnType<typeof createStudioStore>;

/** Services that refuse every job: for stores that never run one (most unit tests). */
const NO_SERVICES: StudioServices = new Proxy({} as StudioServices, {
  get: (_target, name) => {
    throw new Error(`This store was created without services; "${String(name)}" cannot run. Pass services to createStudioStore.`);
  },
});

export interface StoreOptions extends InitialSettings {
  services?: StudioServices;
  /** Where local history is kept; absent, no history (tests that are not about it). */
  history?: HistoryDeps;
  compare?: CompareDeps;
  /** The Try panel's connections (unit tests give Node's WebSocket and EventSource here). */
  live?: LiveOptions;
}

/**
 * A fresh studio store; the app makes one inside its provider (with browser workers as services),
 * and each test makes its own (with fakes where it runs jobs).
 */
export function createStudioStore(initial: string | InitialWorkspace = DEFAULT_DOCUMENT, options: StoreOptions = {}) {
  const { services = NO_SERVICES, history, compare, live, ...settings } = options;
  const workspace = initialWorkspaceOf(initial);
  return createStore<StudioState>()(
    subscribeWithSelector((...a) => ({
      ...createFilesSlice(workspace)(...a),
      ...createFolderSlice(workspace.folder)(...a),
      ...createAnalysisSlice(...a),
      ...createGovernanceSlice(...a),
      ...createExamplesSlice(...a),
      ...createJobsSlice(services)(...a),
      ...createWorkspaceJobsSlice(services)(...a),
      ...createSettingsSlice(settings)(...a),
      ...createUiSlice(...a),
      ...createDialogSlice(...a),
      ...createHistorySlice(history)(...a),
      ...createCompareSlice(services, compare)(...a),
      ...createLiveSlice(services, live)(...a),
      ...createVisualEditSlice(services)(...a),
      ...createLayoutSlice(...a),
    })),
  );
}
