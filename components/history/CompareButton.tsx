'use client';

import { GitCompare } from 'lucide-react';
import { ToolbarButton } from '@/components/toolbar/ToolbarButton';
import { useStudioStore } from '@/state/useStudio';

const TITLE = 'What changed: compare with a revision, another file, a file from disk or a URL';

/** Opens the comparison of the active document (with its previous revision, to begin with): the toolbar's entry. */
export function CompareButton() {
  const store = useStudioStore();
  return (
    <ToolbarButton testId="compare-button" icon={GitCompare} label="Compare…" labelMode="optional" hint={TITLE} onClick={() => void store.getState().openComparison()} />
  );
}

/** The same, at the head of the History panel, where the revisions are. */
export function CompareLatestButton() {
  const store = useStudioStore();
  return (
    <button type="button" className="history-action history-compare" title={TITLE} onClick={() => void store.getState().openComparison()}>
      Compare…
    </button>
  );
}
