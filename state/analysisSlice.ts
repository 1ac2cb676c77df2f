import type { StateCreator } from 'zustand';
import type { AnalysisOutcome } from '@/lib/analysis/analyzeDocument';
import type { DerivedViews } from '@/lib/analysis/derivedViews';
import type { SyntaxResponse, SyntaxSummary } from '@/workers/protocol';
import type { AnalysisFailure, AnalysisResult } from '@/workers/analysisClient';
import type { StudioState } from './studioState';

export interface LastValid {
  version: number;
  specVersion?: string;
  views: DerivedViews;
}

/** Where a workspace document's analysis came from: the files it reached, and what each path held then. */
export interface AnalysisInputs {
  /** Workspace paths the document's $refs reach (sorted, the document excluded). */
  dependencies: string[];
  remoteRefs: string[];
  /** Per dependency path (and ORIGINS_INPUT), the stamp of what the request held there (workers/analysisClient). */
  inputs: Record<string, string>;
}

/** What the workers last said about one file; each part names the file version it is for. */
export interface FileAnalysis {
  syntax: { version: number; summary: SyntaxSummary } | null;
  analysis: { version: number; outcome: AnalysisOutcome; elapsedMs: number; workspace?: AnalysisInputs } | null;
  /** The newest version that parsed without errors, and the panel data built from it. */
  lastValid: LastValid | null;
  failure: AnalysisFailure | null;
}

export const NO_ANALYSIS: FileAnalysis = { syntax: null, analysis: null, lastValid: null, failure: null };

export interface AnalysisSlice {
  /** Per file id; a file switched away from keeps its analysis, so switching back shows it at once. */
  analyses: Record<string, FileAnalysis>;
  receiveSyntax: (response: SyntaxResponse) => void;
  receiveAnalysis: (response: AnalysisResult) => void;
  receiveFailure: (failure: AnalysisFailure) => void;
}

export const createAnalysisSlice: StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], AnalysisSlice> = (
  set,
  get,
) => {
  /** Results for any version but the file's current one are stale: they describe text the user no longer has. */
  const update = (fileId: string, version: number, change: (current: FileAnalysis) => Partial<FileAnalysis>) => {
    if (get().files[fileId]?.version !== version) return;
    set((s) => {
      const current = s.analyses[fileId] ?? NO_ANALYSIS;
      return { analyses: { ...s.analyses, [fileId]: { ...current, ...change(current) } } };
    });
  };
  return {
    analyses: {},
    receiveSyntax: (response) => update(response.fileId, response.version, () => ({ syntax: { version: response.version, summary: response.result } })),
    receiveAnalysis: (response) =>
      update(response.fileId, response.version, (current) => {
        const { result } = response;
        const facts = response.workspace;
        const workspace = facts ? { dependencies: facts.dependencies, remoteRefs: facts.remoteRefs, inputs: response.inputs ?? {} } : undefined;
        const analysis = { version: response.version, outcome: result, elapsedMs: response.elapsedMs, ...(workspace ? { workspace } : {}) };
        if (!result.valid) return { analysis, failure: null };
        // Views not asked for this time (closed panels) are kept from the previous valid version.
        const views = { ...current.lastValid?.views, ...result.views };
        return { analysis, failure: null, lastValid: { version: response.version, specVersion: result.specVersion, views } };
      }),
    receiveFailure: (failure) => update(failure.fileId, failure.version, () => ({ failure })),
  };
};
