'use client';

import { memo, useState } from 'react';
import { Lock } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { selectFilePath, selectFileReadOnly } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

function CloseIcon() {
  return (
    <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <path d="M1 1l8 8M9 1l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

/** One document's tab: click to show it, double-click to rename, × to close. Subscribes to its own file only. */
export const DocumentTab = memo(function DocumentTab({ id, active }: { id: string; active: boolean }) {
  const store = useStudioStore();
  const path = useStudio(selectFilePath(id)) ?? '';
  const readOnly = useStudio(selectFileReadOnly(id));
  const [editing, setEditing] = useState(false);
  const doc = { id, name: path, readOnly };

  const commit = (value: string) => {
    setEditing(false);
    store.getState().renameDocument(doc.id, value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit(event.currentTarget.value);
    else if (event.key === 'Escape') setEditing(false);
  };

  return (
    <div
      data-testid="document-tab"
      data-active={active ? 'true' : 'false'}
      role="tab"
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      className={`document-tab${active ? ' is-active' : ''}`}
      title={editing ? undefined : `${doc.name} (double-click or F2 to rename, Delete to close)`}
      onClick={() => store.getState().switchTo(doc.id)}
      onDoubleClick={() => setEditing(true)}
      onKeyDown={(event) => {
        if (editing) return;
        if (event.key === 'F2') setEditing(true);
        else if (event.key === 'Delete') store.getState().closeDocument(doc.id);
        else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
          // Tabs follow the arrow keys (the tablist pattern): the neighbour is shown and takes the focus.
          const sibling = event.key === 'ArrowLeft' ? event.currentTarget.previousElementSibling : event.currentTarget.nextElementSibling;
          if (sibling instanceof HTMLElement) {
            sibling.click();
            sibling.focus();
          }
        }
      }}
    >
      {editing ? (
        <input
          data-testid="rename-tab-input"
          className="document-tab-input"
          aria-label="Document name"
          defaultValue={doc.name}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onClick={(event) => event.stopPropagation()}
          onKeyDown={onKeyDown}
          onBlur={(event) => commit(event.currentTarget.value)}
        />
      ) : (
        <span className="document-tab-name">{doc.name}</span>
      )}
      {doc.readOnly && (
        <span className="document-tab-lock" title="Read-only">
          <Lock size={12} aria-label="read-only" />
        </span>
      )}
      {/* The mouse's close target; a control inside a tab would be a nested one, so keyboards use Delete. */}
      <span
        data-testid="close-tab"
        className="document-tab-close"
        aria-hidden="true"
        title={`Close ${doc.name}`}
        onClick={(event) => {
          event.stopPropagation();
          store.getState().closeDocument(doc.id);
        }}
      >
        <CloseIcon />
      </span>
    </div>
  );
});
