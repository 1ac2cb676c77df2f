import type { StateCreator } from 'zustand';
import type { RuleSeverity } from '@/lib/governance/types';
import type { RuleSettings } from '@/lib/governance/effectiveRules';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import type { Settings } from '@/lib/settings/settings';
import type { StudioState } from './studioState';

export interface SettingsSlice {
  /** This browser's preferences (persisted in localStorage by the effects). */
  settings: Settings;
  /** Per-rule severity or 'off' for this workspace (saved with the workspace). */
  ruleSettings: RuleSettings;
  updateSettings: (patch: Partial<Settings>) => void;
  /** Sets a rule's severity for this workspace; null goes back to the rule's default. */
  setRuleSeverity: (ruleId: string, severity: RuleSeverity | null) => void;
}

export interface InitialSettings {
  settings?: Settings;
  ruleSettings?: RuleSettings;
}

export const createSettingsSlice =
  (initial: InitialSettings = {}): StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], SettingsSlice> =>
  (set) => ({
    settings: initial.settings ?? DEFAULT_SETTINGS,
    ruleSettings: initial.ruleSettings ?? {},
    updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
    setRuleSeverity: (ruleId, severity) =>
      set((s) => {
        const next = { ...s.ruleSettings };
        if (severity === null) delete next[ruleId];
        else next[ruleId] = severity;
        return { ruleSettings: next };
      }),
  });
