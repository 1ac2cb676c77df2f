import type { AnalysisSlice } from './analysisSlice';
import type { DialogSlice } from './dialogSlice';
import type { DocumentSlice } from './documentSlice';
import type { UiSlice } from './uiSlice';
import type { WorkspaceSlice } from './workspaceSlice';

/** The whole studio state: one store made of typed slices. */
export type StudioState = DocumentSlice & AnalysisSlice & UiSlice & DialogSlice & WorkspaceSlice;
