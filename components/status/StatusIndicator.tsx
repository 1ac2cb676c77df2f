'use client';

import { selectAnalysisElapsed, selectCursorLine, selectCursorColumn, selectGovernance, selectStatusState, selectStatusText, selectStorage } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import UpgradeHint from './UpgradeHint';

const STORAGE_TEXT = { loading: 'Restoring…', saved: 'Saved in this browser', pending: 'Saving…', failed: 'Not saved' } as const;

/** The analysis verdict and the autosave state, always in view. */
export default function StatusIndicator() {
  const state = useStudio(selectStatusState);
  const text = useStudio(selectStatusText);
  const elapsed = useStudio(selectAnalysisElapsed);
  const storage = useStudio(selectStorage);
  // Whether the rules pass has run on this very text (its warnings are in the text then).
  const rulesDone = useStudio((s) => selectGovernance(s) !== undefined);
  const line = useStudio(selectCursorLine);
  const column = useStudio(selectCursorColumn);
  return (
    <footer className="status-bar">
      <div
        data-testid="status"
        data-state={state}
        data-rules={rulesDone ? 'done' : 'pending'}
        role="status"
        aria-live="polite"
        className={`status status-${state}`}
        title={elapsed !== undefined ? `Analysed in ${Math.round(elapsed)} ms` : undefined}
      >
        <span className="status-dot" aria-hidden="true" />
        {text}
      </div>
      <div className="status-right">
        <UpgradeHint />
        <span data-testid="cursor-position" className="cursor-position">
          Ln {line}, Col {column}
        </span>
        <span data-testid="storage-status" data-state={storage.state} className={`storage storage-${storage.state}`} title={storage.message}>
          {STORAGE_TEXT[storage.state]}
        </span>
      </div>
    </footer>
  );
}
