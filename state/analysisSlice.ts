import type { StateCreator } from 'zustand';
import type { AnalysisOutcome } from '@/lib/analysis/analyzeDocument';
import type { DerivedViews } from '@/lib/analysis/derivedViews';
import type { AnalyzeResponse, SyntaxResponse, SyntaxSummary } from '@/workers/protocol';
import type { JobFailure } from '@/workers/latestJobRunner';
import type { StudioState } from './studioState';

export interface LastValid {
  version: number;
  specVersion?: string;
  views: DerivedViews;
}

export interface AnalysisSlice {
  syntax: { version: number; summary: SyntaxSummary } | null;
  analysis: { version: number; outcome: AnalysisOutcome; elapsedMs: number } | null;
  /** The newest version that parsed without errors, and the panel data built from it. */
  lastValid: LastValid | null;
  failure: (JobFailure & { stage: 'syntax' | 'analysis' }) | null;
  receiveSyntax: (response: SyntaxResponse) => void;
  receiveAnalysis: (response: AnalyzeResponse) => void;
  receiveFailure: (failure: JobFailure & { stage: 'syntax' | 'analysis' }) => void;
}

export const createAnalysisSlice: StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], AnalysisSlice> = (
  set,
  get,
) => ({
  syntax: null,
  analysis: null,
  lastValid: null,
  failure: null,
  // Results for any version but the current one are stale: they describe text the user no longer has.
  receiveSyntax: (response) => {
    if (response.version !== get().version) return;
    set({ syntax: { version: response.version, summary: response.result } });
  },
  receiveAnalysis: (response) => {
    if (response.version !== get().version) return;
    const { result } = response;
    const analysis = { version: response.version, outcome: result, elapsedMs: response.elapsedMs };
    if (!result.valid) {
      set({ analysis, failure: null });
      return;
    }
    // Views not asked for this time (closed panels) are kept from the previous valid version.
    const previous = get().lastValid?.views ?? {};
    set({
      analysis,
      failure: null,
      lastValid: { version: response.version, specVersion: result.specVersion, views: { ...previous, ...result.views } },
    });
  },
  receiveFailure: (failure) => {
    if (failure.version !== get().version) return;
    set({ failure });
  },
});
