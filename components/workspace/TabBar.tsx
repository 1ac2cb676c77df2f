'use client';

import { selectActiveId, selectCanReopen, selectReadOnly, selectTabs } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { DocumentTab } from './DocumentTab';
import './tabs.css';

/** The open documents as tabs, with new / reopen-closed, and the active document's read-only badge. */
export default function TabBar() {
  const store = useStudioStore();
  const tabs = useStudio(selectTabs);
  const activeId = useStudio(selectActiveId);
  const canReopen = useStudio(selectCanReopen);
  const readOnly = useStudio(selectReadOnly);
  return (
    <div className="tab-bar">
      <div className="tab-list" role="tablist" aria-label="Open documents">
        {tabs.map((id) => (
          <DocumentTab key={id} id={id} active={id === activeId} />
        ))}
      </div>
      <button type="button" data-testid="new-tab" className="tab-action" title="New document" aria-label="New document" onClick={() => store.getState().newDocument()}>
        +
      </button>
      <button
        type="button"
        data-testid="reopen-tab"
        className="tab-action"
        title="Reopen the last closed document"
        disabled={!canReopen}
        onClick={() => store.getState().reopenClosed()}
      >
        Reopen closed
      </button>
      {readOnly && (
        <span data-testid="read-only-badge" className="read-only-badge" title="This document was opened from a read-only link. Copy it to a new tab to edit it.">
          Read-only
        </span>
      )}
    </div>
  );
}
