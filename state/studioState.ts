import type { AnalysisSlice } from './analysisSlice';
import type { DialogSlice } from './dialogSlice';
import type { FilesSlice } from './filesSlice';
import type { JobsSlice } from './jobsSlice';
import type { LiveSlice } from './liveSlice';
import type { SettingsSlice } from './settingsSlice';
import type { UiSlice } from './uiSlice';

/** The whole studio state: one store made of typed slices. */
export type StudioState = FilesSlice & AnalysisSlice & JobsSlice & SettingsSlice & UiSlice & DialogSlice & LiveSlice;
