import type { StateCreator } from 'zustand';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import type { StudioState } from './studioState';

/** The example check of one file's text at one version: its rows, or the one row saying why it did not finish. */
export interface ExamplesResult {
  version: number;
  diagnostics: Diagnostic[];
}

export interface ExamplesSlice {
  /** Per file id: the example check, run after the parser in its own worker (its rows join the problems). */
  examples: Record<string, ExamplesResult>;
  receiveExamples: (fileId: string, result: ExamplesResult) => void;
}

export const createExamplesSlice: StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], ExamplesSlice> = (set, get) => ({
  examples: {},
  receiveExamples: (fileId, result) => {
    // An answer for text the file no longer has describes nothing the user sees.
    if (get().files[fileId]?.version !== result.version) return;
    set((s) => ({ examples: { ...s.examples, [fileId]: result } }));
  },
});
