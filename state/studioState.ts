import type { AnalysisSlice } from './analysisSlice';
import type { CompareSlice } from './compareSlice';
import type { DialogSlice } from './dialogSlice';
import type { FilesSlice } from './filesSlice';
import type { GovernanceSlice } from './governanceSlice';
import type { ExamplesSlice } from './examplesSlice';
import type { FolderSlice } from './folderSlice';
import type { HistorySlice } from './historySlice';
import type { JobsSlice } from './jobsSlice';
import type { WorkspaceJobsSlice } from './workspaceJobsSlice';
import type { LayoutSlice } from './layoutSlice';
import type { LiveSlice } from './liveSlice';
import type { SettingsSlice } from './settingsSlice';
import type { UiSlice } from './uiSlice';
import type { VisualEditSlice } from './visualEditSlice';

/** The whole studio state: one store made of typed slices. */
export type StudioState = FilesSlice &
  FolderSlice &
  AnalysisSlice &
  GovernanceSlice &
  ExamplesSlice &
  JobsSlice &
  WorkspaceJobsSlice &
  SettingsSlice &
  UiSlice &
  DialogSlice &
  HistorySlice &
  CompareSlice &
  LiveSlice &
  VisualEditSlice &
  LayoutSlice;
