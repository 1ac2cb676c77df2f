'use client';

import { useState } from 'react';
import { Modal } from '@/components/dialogs/Modal';
import { SEVERITIES } from '@/components/problems/problemList';
import type { Settings, ThemeChoice } from '@/lib/settings/settings';
import { selectSettings } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import OriginSettings from './OriginSettings';
import RuleSettingsList from './RuleSettingsList';
import './settings.css';

const THEMES: ReadonlyArray<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The studio's preferences (kept in this browser) and the rule severities (kept with the workspace). */
export default function SettingsDialog() {
  const store = useStudioStore();
  const settings = useStudio(selectSettings);
  const update = (patch: Partial<Settings>) => store.getState().updateSettings(patch);
  return (
    <Modal title="Settings" testId="settings-dialog" size="large" onClose={() => store.getState().closeDialog()}>
      <div className="settings">
        <section className="settings-section" aria-labelledby="settings-look">
          <h3 id="settings-look">Appearance and editor</h3>
          <label className="settings-field">
            <span>Theme</span>
            <select data-testid="settings-theme" value={settings.theme} onChange={(e) => update({ theme: e.target.value as ThemeChoice })}>
              {THEMES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <NumberField label="Editor font size (px)" testId="settings-font-size" value={settings.editorFontSize} min={9} max={32} onCommit={(editorFontSize) => update({ editorFontSize })} />
          <label className="settings-check">
            <input type="checkbox" data-testid="settings-word-wrap" checked={settings.wordWrap} onChange={(e) => update({ wordWrap: e.target.checked })} />
            Wrap long lines in the editor
          </label>
        </section>

        <section className="settings-section" aria-labelledby="settings-analysis">
          <h3 id="settings-analysis">Analysis</h3>
          <NumberField
            label="Pause after typing before the full analysis (ms)"
            testId="settings-analysis-delay"
            value={settings.analysisDelayMs}
            min={50}
            max={5000}
            step={50}
            onCommit={(analysisDelayMs) => update({ analysisDelayMs })}
          />
          <fieldset className="settings-severities">
            <legend>Problems shown (list and editor)</legend>
            {SEVERITIES.map((severity) => (
              <label key={severity} className="settings-check">
                <input
                  type="checkbox"
                  data-testid={`settings-severity-${severity}`}
                  checked={settings.shownSeverities[severity]}
                  onChange={(e) => update({ shownSeverities: { ...settings.shownSeverities, [severity]: e.target.checked } })}
                />
                {severity[0]!.toUpperCase() + severity.slice(1)}
              </label>
            ))}
          </fieldset>
        </section>

        <OriginSettings />
        <RuleSettingsList />
      </div>
    </Modal>
  );
}

/** A number input that takes effect once what is typed is a number in range (the last good value stays meanwhile). */
function NumberField({ label, testId, value, min, max, step = 1, onCommit }: { label: string; testId: string; value: number; min: number; max: number; step?: number; onCommit: (value: number) => void }) {
  const [text, setText] = useState(String(value));
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(parsed) && parsed >= min && parsed <= max;
  return (
    <label className="settings-field">
      <span>{label}</span>
      <input
        type="number"
        data-testid={testId}
        min={min}
        max={max}
        step={step}
        value={text}
        aria-invalid={!valid}
        onChange={(e) => {
          setText(e.target.value);
          const next = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(next) && next >= min && next <= max) onCommit(Math.round(next));
        }}
        onBlur={() => setText(String(value))}
      />
      {!valid && <span className="settings-invalid">From {min} to {max}.</span>}
    </label>
  );
}
