import type { AnalysisSlice } from './analysisSlice';
import type { DialogSlice } from './dialogSlice';
import type { FilesSlice } from './filesSlice';
import type { JobsSlice } from './jobsSlice';
import type { SettingsSlice } from './settingsSlice';
import type { UiSlice } from './uiSlice';
import type { VisualEditSlice } from './visualEditSlice';

/** The whole studio state: one store made of typed slices. */
export type StudioState = FilesSlice & AnalysisSlice & JobsSlice & SettingsSlice & UiSlice & DialogSlice & VisualEditSlice;
