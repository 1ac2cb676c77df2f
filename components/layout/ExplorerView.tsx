'use client';

import { memo } from 'react';
import { FileText, Lock } from 'lucide-react';
import { selectActiveId, selectFilePath, selectFileReadOnly, selectTabs } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import WorkspaceSidebar from '@/components/workspace/WorkspaceSidebar';

/** The workspace's files as a tree, then the open documents as a list. */
export default function ExplorerView() {
  const tabs = useStudio(selectTabs);
  const activeId = useStudio(selectActiveId);
  return (
    <>
      <WorkspaceSidebar />
    <nav className="explorer" aria-label="Open documents">
      <h3 className="sidebar-section-title">Open documents</h3>
      <ul className="explorer-list">
        {tabs.map((id) => (
          <ExplorerEntry key={id} id={id} active={id === activeId} />
        ))}
      </ul>
    </nav>
    </>
  );
}

const ExplorerEntry = memo(function ExplorerEntry({ id, active }: { id: string; active: boolean }) {
  const store = useStudioStore();
  const path = useStudio(selectFilePath(id)) ?? '';
  const readOnly = useStudio(selectFileReadOnly(id));
  return (
    <li>
      <button
        type="button"
        data-testid="explorer-document"
        className={`explorer-entry${active ? ' is-active' : ''}`}
        aria-current={active ? 'true' : undefined}
        title={path}
        onClick={() => store.getState().switchTo(id)}
      >
        <FileText size={14} aria-hidden="true" />
        <span className="explorer-name">{path}</span>
        {readOnly && <Lock size={12} aria-label="read-only" className="explorer-lock" />}
      </button>
    </li>
  );
});
