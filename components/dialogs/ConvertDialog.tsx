'use client';

import { useState } from 'react';
import { DiffView } from '@/components/editor/DiffView';
import { keepSavedFileFor } from '@/components/actions/fileSaving';
import { useSystemTheme } from '@/components/editor/useSystemTheme';
import { perspectiveExplanations, perspectives } from '@/lib/convert/perspectives';
import type { Perspective } from '@/lib/convert/perspectives';
import { conversionTargets, defaultConversionTarget, perspectiveMatters } from '@/lib/convert/versions';
import { selectFormat, selectSpecVersion } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { ConvertedProblems } from './ConvertedProblems';
import { Modal } from './Modal';
import { useConversionPreview } from './useConversionPreview';
import type { ConversionPreview } from './useConversionPreview';

/** Offered when the version cannot be read yet, so the converter itself can say what is wrong. */
const UNKNOWN_VERSION_TARGETS = ['3.0.0', '3.1.0'];

const DIFF_OPTIONS = {
  readOnly: true,
  originalEditable: false,
  renderSideBySide: true,
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 12,
  renderOverviewRuler: false,
} as const;

/** Upgrade to another AsyncAPI version: choose, look at the difference, then apply as one undoable edit. */
export default function ConvertDialog() {
  const store = useStudioStore();
  const specVersion = useStudio(selectSpecVersion);
  const format = useStudio(selectFormat);
  const theme = useSystemTheme();
  const targets = specVersion ? conversionTargets(specVersion) : UNKNOWN_VERSION_TARGETS;
  const [target, setTarget] = useState(() => (specVersion ? defaultConversionTarget(specVersion) : UNKNOWN_VERSION_TARGETS.at(-1)));
  const [perspective, setPerspective] = useState<Perspective>('application');
  const [swapFormat, setSwapFormat] = useState(false);
  const otherFormat = format === 'json' ? 'yaml' : 'json';
  const outputFormat = swapFormat ? otherFormat : format;
  const preview = useConversionPreview({ target, perspective, outputFormat });
  const close = () => store.getState().closeDialog();
  const showPerspective = target !== undefined && (!specVersion || perspectiveMatters(specVersion, target));

  const apply = () => {
    if (preview.state !== 'ready' || !target) return;
    if (preview.format === format) keepSavedFileFor(preview.text);
    if (store.getState().applyConversion(preview, target)) store.getState().closeDialog();
  };

  const footer = (
    <>
      <span className="convert-note">Comments in the source are not kept: the document is rewritten from its data.</span>
      <span className="spacer" />
      <button type="button" className="button" onClick={close}>
        Cancel
      </button>
      <button type="button" data-testid="convert-apply" className="button button-primary" disabled={preview.state !== 'ready'} onClick={apply}>
        Apply conversion
      </button>
    </>
  );

  return (
    <Modal title="Convert to another AsyncAPI version" testId="convert-dialog" onClose={close} footer={footer} size="large">
      {specVersion && targets.length === 0 ? (
        <p data-testid="convert-error" className="convert-error">
          This document is at AsyncAPI {specVersion}: there is no newer version the converter can upgrade it to.
        </p>
      ) : (
        <>
          <div className="convert-options">
            <fieldset>
              <legend>From {specVersion ?? 'an unknown version'} to</legend>
              <select data-testid="convert-target" value={target} onChange={(event) => setTarget(event.currentTarget.value)} aria-label="Target version">
                {targets.map((version) => (
                  <option key={version} value={version}>
                    AsyncAPI {version}
                  </option>
                ))}
              </select>
              <label className="check">
                <input type="checkbox" data-testid="convert-swap-format" checked={swapFormat} onChange={(event) => setSwapFormat(event.currentTarget.checked)} />
                Also write it as {otherFormat.toUpperCase()}
              </label>
            </fieldset>
            {showPerspective && (
              <fieldset data-testid="convert-perspective">
                <legend>Point of view (2.x publish/subscribe become 3.x send/receive)</legend>
                {perspectives.map((option) => (
                  <label key={option} className="choice">
                    <input type="radio" name="perspective" value={option} checked={perspective === option} onChange={() => setPerspective(option)} />
                    <span className="choice-label">{perspectiveExplanations[option].label}</span>
                    <span className="choice-description">{perspectiveExplanations[option].description}</span>
                  </label>
                ))}
              </fieldset>
            )}
          </div>
          <ConversionResult preview={preview} theme={theme} format={format} target={target} />
        </>
      )}
    </Modal>
  );
}

function ConversionResult({ preview, theme, format, target }: { preview: ConversionPreview; theme: 'dark' | 'light'; format: string; target?: string }) {
  if (preview.state === 'failed') {
    return (
      <p data-testid="convert-error" role="alert" className="convert-error">
        The document was not converted. {preview.message}
      </p>
    );
  }
  return (
    <>
      {/* Above the diff, so it is seen before Apply whatever the window's height. */}
      {preview.state === 'ready' && preview.check && target && <ConvertedProblems check={preview.check} target={target} />}
      <div className="convert-diff-labels" aria-hidden="true">
        <span>Current text</span>
        <span>After conversion</span>
      </div>
      <div data-testid="convert-diff" data-state={preview.state} className="convert-diff">
        {preview.state === 'ready' ? (
          <DiffView
            original={preview.original}
            modified={preview.text}
            originalLanguage={format}
            modifiedLanguage={preview.format}
            theme={theme === 'dark' ? 'vs-dark' : 'vs'}
            options={DIFF_OPTIONS}
            loading={<div className="convert-state">Loading the comparison…</div>}
          />
        ) : (
          <div className="convert-state" role="status">
            Converting…
          </div>
        )}
      </div>
      {preview.state === 'ready' && preview.warnings.length > 0 && (
        <div data-testid="convert-warnings" className="convert-warnings" role="note">
          <strong>The converter could not carry everything over:</strong>
          <ul>
            {preview.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
