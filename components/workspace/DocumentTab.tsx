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
      title={editing ? undefined : `${doc.name} (double-click to rename)`}
      onClick={() => store.getState().switchTo(doc.id)}
      onDoubleClick={() => setEditing(true)}
      onKeyDown={(event) => {
        if (event.key === 'F2') setEditing(true);
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
      <button
        type="button"
        data-testid="close-tab"
        className="document-tab-close"
        aria-label={`Close ${doc.name}`}
        title="Close"
        onClick={(event) => {
          event.stopPropagation();
          store.getState().closeDocument(doc.id);
        }}
      >
        <CloseIcon />
      </button>
    </div>
  );
});
