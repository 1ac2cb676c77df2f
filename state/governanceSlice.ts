import type { StateCreator } from 'zustand';
import type { GovernanceOutcome } from '@/lib/governance/runGovernance';
import type { StudioState } from './studioState';

/** The rules pass over one file's text at one version, with the ruleset that applied to it. */
export interface GovernanceResult {
  version: number;
  /** Workspace path of the ruleset file used, if any (its problems are shown in that file). */
  rulesetPath?: string;
  outcome: GovernanceOutcome;
}

export interface GovernanceSlice {
  /** Per file id: the catalogue and the workspace's ruleset, run after the parser (never instead of it). */
  governance: Record<string, GovernanceResult>;
  receiveGovernance: (fileId: string, result: GovernanceResult) => void;
}

export const createGovernanceSlice: StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], GovernanceSlice> = (set, get) => ({
  governance: {},
  receiveGovernance: (fileId, result) => {
    // An answer for text the file no longer has describes nothing the user sees.
    if (get().files[fileId]?.version !== result.version) return;
    set((s) => ({ governance: { ...s.governance, [fileId]: result } }));
  },
});
