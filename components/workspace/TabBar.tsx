'use client';

import { FilePen, Lock, Plus, Undo2 } from 'lucide-react';
import { selectActiveFile, selectActiveId, selectCanReopen, selectReadOnly, selectTabs } from '@/state/selectors';
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
      <button type="button" data-testid="new-tab" className="tab-action is-icon" title="New document" aria-label="New document" onClick={() => store.getState().newDocument()}>
        <Plus size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        data-testid="reopen-tab"
        className="tab-action"
        title="Reopen the last closed document"
        disabled={!canReopen}
        onClick={() => store.getState().reopenClosed()}
      >
        <Undo2 size={14} aria-hidden="true" />
        <span className="tab-action-label">Reopen closed</span>
      </button>
      {readOnly && (
        <span className="read-only">
          <Lock size={13} aria-hidden="true" />
          <span data-testid="read-only-badge" className="read-only-badge" title="This document was opened from a read-only link: it cannot be typed into.">
            Read-only
          </span>
          <button
            type="button"
            data-testid="edit-copy"
            className="read-only-copy"
            title="Open this text as a new document you can edit"
            onClick={() => {
              const { path, text } = selectActiveFile(store.getState());
              store.getState().newDocument(text, `Copy of ${path}`);
            }}
          >
            <FilePen size={13} aria-hidden="true" />
            Edit a copy
          </button>
        </span>
      )}
    </div>
  );
}
