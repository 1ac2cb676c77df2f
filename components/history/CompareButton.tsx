'use client';

import { useStudioStore } from '@/state/useStudio';

/** Opens the comparison of the active document (with its previous revision, to begin with). */
export function CompareButton() {
  const store = useStudioStore();
  return (
    <button type="button" data-testid="compare-button" className="history-action history-compare" title="What changed: compare with a revision, another file, a file from disk or a URL" onClick={() => void store.getState().openComparison()}>
      Compare…
    </button>
  );
}
