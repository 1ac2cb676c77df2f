'use client';

import { useEffect, useState } from 'react';
import { selectIsBlank, selectText, selectVersion } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

/** Asking the worker whether a long document is "empty" costs a parse for nothing: only short ones are. */
const GUIDE_OFFER_LIMIT = 20_000;

/**
 * Whether the active document has nothing but (at most) its info: then the new API guide is offered.
 * A blank text is known at once; a short one is asked of the edit worker (the guide's own progress).
 */
function useDocumentIsEmpty(): boolean {
  const store = useStudioStore();
  const version = useStudio(selectVersion);
  const blank = useStudio(selectIsBlank);
  const [empty, setEmpty] = useState<{ version: number; empty: boolean } | null>(null);
  useEffect(() => {
    if (blank || selectText(store.getState()).length > GUIDE_OFFER_LIMIT) return;
    let current = true;
    void store.getState().loadGuide().then((guide) => {
      if (current && guide) setEmpty({ version, empty: !guide.done.includes('channel') && !guide.done.includes('operation') });
    });
    return () => {
      current = false;
    };
  }, [blank, store, version]);
  return blank || (empty?.version === version && empty.empty);
}

/** What the inspector shows with nothing selected: how to select, the document's info, and the guide for an empty document. */
export function InspectorOverview() {
  const store = useStudioStore();
  const empty = useDocumentIsEmpty();
  return (
    <div className="inspector-overview">
      <p className="inspector-hint">Select a node in the graph or an entry of the outline, or place the cursor in the editor, to edit that object here.</p>
      {empty && (
        <div className="inspector-guide-offer">
          <p>This document is empty. Build it step by step — servers, channels, messages with their payload, operations — without writing YAML.</p>
          <button type="button" className="button button-primary" data-testid="inspector-start-guide" onClick={() => store.getState().openDialog('guide')}>
            Start the new API guide
          </button>
        </div>
      )}
      {!empty && (
        <button type="button" className="button" data-testid="inspector-info" onClick={() => void store.getState().inspect({ pointer: '/info' })}>
          Edit the document’s info
        </button>
      )}
    </div>
  );
}
